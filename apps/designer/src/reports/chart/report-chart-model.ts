import type { ReportColumn, ReportResult } from '../reports.operations';

/** A clicked cell as `drillDown` takes it: dimension keys and their raw values. */
export type DrillCell = Record<string, unknown>;

/** One line of bars (or one line, one pie): a measure, at one column-dimension tuple for pivoted reports. */
export interface ChartSeries {
  name: string;
  measureKey: string;
  /** The column dimensions' values this series stands for (pivoted reports), part of each of its cells. */
  column: DrillCell;
  values: (number | null)[];
}

/** A report result as categories × series, with the cell each point stands for. */
export interface ChartModel {
  categories: string[];
  /** The row dimensions' values of each category, in the same order. */
  categoryCells: DrillCell[];
  series: ChartSeries[];
}

const numberOf = (value: unknown): number | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
};

/** Shows a dimension value: its label when the result has one, a date without its time, `empty` for null. */
function valueLabeller(result: ReportResult, empty: string): (column: ReportColumn, value: unknown) => string {
  const labels = new Map<string, string>();
  for (const column of result.columns) {
    if (!column.labelKey) continue;
    for (const row of result.rows) {
      const label = row[column.labelKey];
      if (label !== null && label !== undefined) labels.set(`${column.key}\u0000${String(row[column.key])}`, String(label));
    }
  }
  return (column, value) => {
    if (value === null || value === undefined) return empty;
    const label = labels.get(`${column.key}\u0000${String(value)}`);
    if (label !== undefined) return label;
    if ((column.type === 'date' || column.type === 'datetime') && typeof value === 'string') return value.slice(0, 10);
    return String(value);
  };
}

const columnsOf = (result: ReportResult, keys: readonly string[]): ReportColumn[] =>
  keys.map((key) => result.columns.find((c) => c.key === key) ?? { key, label: key, type: 'text', role: 'dimension', format: null, labelKey: null });

const cellOf = (keys: readonly string[], values: readonly unknown[]): DrillCell =>
  Object.fromEntries(keys.map((key, i) => [key, values[i] ?? null]));

/**
 * Categories and series of a report result: one category per row (its dimensions' labels joined), one series per
 * measure; a pivoted result (column dimensions) has one series per column tuple and measure instead.
 */
export function chartModelOf(result: ReportResult, options: { empty: string }): ChartModel {
  const label = valueLabeller(result, options.empty);
  const measures = result.columns.filter((c) => c.role === 'measure');
  const pivot = result.pivot;
  if (pivot && pivot.columnKeys.length > 0) {
    const rowColumns = columnsOf(result, pivot.rowKeys);
    const columnColumns = columnsOf(result, pivot.columnKeys);
    const measureColumns = columnsOf(result, pivot.measureKeys);
    const series: ChartSeries[] = [];
    pivot.columnValues.forEach((tuple, c) => {
      const columnName = tuple.map((value, i) => label(columnColumns[i]!, value)).join(' · ');
      measureColumns.forEach((measure, m) => {
        series.push({
          name: measureColumns.length > 1 ? `${columnName} · ${measure.label}` : columnName,
          measureKey: measure.key,
          column: cellOf(pivot.columnKeys, tuple),
          values: pivot.cells.map((line) => numberOf(line[c * measureColumns.length + m])),
        });
      });
    });
    return {
      categories: pivot.rowValues.map((tuple) => tuple.map((value, i) => label(rowColumns[i]!, value)).join(' · ')),
      categoryCells: pivot.rowValues.map((tuple) => cellOf(pivot.rowKeys, tuple)),
      series,
    };
  }
  const dimensions = result.columns.filter((c) => c.role === 'dimension');
  return {
    categories: result.rows.map((row) => dimensions.map((d) => label(d, row[d.key])).join(' · ')),
    categoryCells: result.rows.map((row) => drillCellOfRow(result, row)),
    series: measures.map((measure) => ({
      name: measure.label,
      measureKey: measure.key,
      column: {},
      values: result.rows.map((row) => numberOf(row[measure.key])),
    })),
  };
}

/** Where a chart was clicked: a point of a series, or (no `seriesIndex`) a category's band of the axis. */
export interface ChartPoint {
  seriesIndex?: number;
  dataIndex: number;
}

/**
 * The cell behind a clicked point (ECharts' `seriesIndex` and `dataIndex`): the category's row dimensions, and the
 * series' column dimensions for pivoted reports. A click on a category's band (no series) is the whole category.
 */
export function drillCellOf(model: ChartModel, point: ChartPoint): DrillCell | null {
  const row = model.categoryCells[point.dataIndex];
  if (!row) return null;
  if (point.seriesIndex === undefined) return { ...row };
  const series = model.series[point.seriesIndex];
  return series ? { ...row, ...series.column } : null;
}

/** The cell behind a clicked table row: every dimension of the result with the row's raw value. */
export function drillCellOfRow(result: ReportResult, row: Record<string, unknown>): DrillCell {
  const keys = result.columns.filter((c) => c.role === 'dimension').map((c) => c.key);
  return cellOf(keys, keys.map((key) => row[key]));
}
