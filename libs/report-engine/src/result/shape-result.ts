import type { JsonValue } from '@anxin/rules';
import type { LabelLookup, ReportColumn, ReportRow, ShapedReport } from '../model/report-api.type';
import type { PlannedColumn, PlannedReport } from '../plan/planned-report.type';
import { localize, type ReportLocale } from './localize';
import { pivotOf } from './pivot';
import { resultValue, roundMeasure } from './result-value';

export interface ShapeOptions {
  readonly labels: LabelLookup;
  readonly locale: ReportLocale;
  /** Rows before the cap / top N: the row count of `countPlan` (default: the rows given). */
  readonly total?: number;
}

const codeText = (code: JsonValue): string => (typeof code === 'string' ? code : JSON.stringify(code));

function shapeRow(
  row: Readonly<Record<string, unknown>>,
  columns: readonly PlannedColumn[],
  labels: LabelLookup,
): ReportRow {
  const shaped: Record<string, JsonValue> = {};
  for (const column of columns) {
    if (column.role === 'measure') shaped[column.key] = roundMeasure(row[column.key], column.format, column.decimals);
    else if (column.role === 'dimension') shaped[column.key] = resultValue(row[column.key], column.type);
  }
  for (const column of columns) {
    if (column.role !== 'dimension' || column.labelKey === undefined) continue;
    const code = shaped[column.key] ?? null;
    shaped[column.labelKey] =
      column.dictionary === undefined
        ? resultValue(row[column.labelKey], 'text')
        : code === null
          ? null
          : (labels.dictionaryLabel(column.dictionary, codeText(code)) ?? codeText(code));
  }
  return shaped;
}

function reportColumn(column: PlannedColumn, locale: ReportLocale): ReportColumn {
  return {
    key: column.key,
    label: localize(column.label, locale),
    type: column.type,
    role: column.role === 'measure' ? 'measure' : 'dimension',
    ...(column.format ? { format: column.format } : {}),
    ...(column.decimals === undefined ? {} : { decimals: column.decimals }),
    ...(column.labelKey ? { labelKey: column.labelKey } : {}),
  };
}

/**
 * Shapes the rows the API fetched for a planned report: cut to the row cap (`truncated`), numbers from numeric and
 * bigint text made numbers and rounded to their decimals, dictionary codes labelled in `<key>__label`, column labels
 * localized, and the pivot matrix when the report has column dimensions.
 */
export function shapeResult(
  planned: PlannedReport,
  rows: readonly Readonly<Record<string, unknown>>[],
  options: ShapeOptions,
): ShapedReport {
  const kept = rows.slice(0, planned.rowCap).map((row) => shapeRow(row, planned.columns, options.labels));
  const dimensions = planned.columns.filter((c) => c.role === 'dimension');
  const columnKeys = dimensions.filter((c) => c.axis === 'column').map((c) => c.key);
  const shaped: ShapedReport = {
    columns: planned.columns.filter((c) => c.role !== 'label').map((c) => reportColumn(c, options.locale)),
    rows: kept,
    total: options.total ?? rows.length,
    truncated: rows.length > planned.rowCap,
    chart: planned.chart,
    fromRollup: planned.fromRollup,
  };
  if (columnKeys.length === 0) return shaped;
  const rowKeys = dimensions.filter((c) => c.axis === 'row').map((c) => c.key);
  const measureKeys = planned.columns.filter((c) => c.role === 'measure').map((c) => c.key);
  return { ...shaped, pivot: pivotOf(kept, rowKeys, columnKeys, measureKeys) };
}
