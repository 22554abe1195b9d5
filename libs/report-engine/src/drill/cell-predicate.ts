import type { JsonValue } from '@anxin/rules';
import type { DatasetIndex } from '../dataset/dataset-index';
import type { PlanPredicate } from '../model/query-plan.type';
import type { ReportCell } from '../model/report-api.type';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportDefinition, ReportDimension } from '../model/report.type';
import { fieldExpr, valueNode } from '../filter/filter-context';
import { bucketRange, rangePredicate } from '../filter/relative-dates';
import { coerceValue } from '../params/coerce-value';
import { reportProblem } from '../problems/report-problem.util';
import { dimensionKey, LABEL_SUFFIX, measureOf } from '../report/report-keys';
import { EngineInvariantError } from '../problems/engine-invariant.error';

function bucketPredicate(dimension: ReportDimension, value: JsonValue, index: DatasetIndex): PlanPredicate | undefined {
  const field = index.field(dimension.field);
  const range =
    typeof value === 'string' && dimension.bucket ? bucketRange(value, dimension.bucket, index.zone) : undefined;
  if (!field || !range) return undefined;
  return rangePredicate(field, { ...range, toIncluded: false });
}

function onePredicate(dimension: ReportDimension, value: JsonValue, index: DatasetIndex): PlanPredicate | string {
  const field = index.field(dimension.field);
  if (!field) throw EngineInvariantError.unchecked(`dimension ${dimension.field}`);
  if (value === null) return { kind: 'isNull', expr: fieldExpr(field) };
  if (dimension.bucket) {
    return bucketPredicate(dimension, value, index) ?? `must be the first day of a ${dimension.bucket} (YYYY-MM-DD)`;
  }
  const coerced = coerceValue(value, field.type, index.zone);
  if (!coerced.ok) return `must be ${coerced.why}`;
  return { kind: 'compare', op: '=', left: fieldExpr(field), right: valueNode(coerced.value, field.type) };
}

/**
 * The rows behind a clicked cell: each dimension key equal to its value (a bucket's first day → the bucket's
 * `[start, next start)` in the dataset's zone; null → is null). Label (`<key>__label`) and measure keys are ignored,
 * so the UI may send the whole result row; any other key is a problem at `cell.<key>`.
 */
export function cellPredicates(
  report: ReportDefinition,
  index: DatasetIndex,
  cell: ReportCell,
): { predicates: PlanPredicate[]; problems: ReportProblem[] } {
  const dimensions = new Map([...report.dimensions, ...(report.columns ?? [])].map((d) => [dimensionKey(d), d]));
  const measures = new Set(report.measures.map((m) => measureOf(m).measure));
  const predicates: PlanPredicate[] = [];
  const problems: ReportProblem[] = [];
  for (const [key, value] of Object.entries(cell)) {
    const dimension = dimensions.get(key);
    if (!dimension) {
      if (!key.endsWith(LABEL_SUFFIX) && !measures.has(key)) {
        problems.push(reportProblem('UNKNOWN_CELL_KEY', `cell.${key}`, `"${key}" is not a dimension of the report.`));
      }
      continue;
    }
    const predicate = onePredicate(dimension, value, index);
    if (typeof predicate === 'string')
      problems.push(reportProblem('INVALID_CELL', `cell.${key}`, `"${key}" ${predicate}.`));
    else predicates.push(predicate);
  }
  return { predicates, problems };
}
