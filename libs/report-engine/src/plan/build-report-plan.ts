import type { DatasetIndex } from '../dataset/dataset-index';
import type { PlanColumn, PlanPredicate, QueryPlan } from '../model/query-plan.type';
import type { ReportEnv, ReportScope } from '../model/report-api.type';
import type { ReportDefinition, ReportDimension } from '../model/report.type';
import { EngineInvariantError } from '../problems/engine-invariant.error';
import { dimensionKey, labelKey, measureOf } from '../report/report-keys';
import { measureFormat, measureType } from './measure-expr';
import type { PlannedColumn, PlannedReport } from './planned-report.type';
import type { PlanTarget } from './plan-target';
import { scopePredicate } from './scope-predicate';
import { pruneJoins } from './prune-joins';

export interface BuildInput {
  readonly report: ReportDefinition;
  readonly index: DatasetIndex;
  readonly target: PlanTarget;
  /** The report's filter with parameters applied, over the dataset's columns. */
  readonly filter?: PlanPredicate;
  readonly scope: ReportScope;
  readonly env: ReportEnv;
}

interface Parts {
  readonly select: PlanColumn[];
  readonly columns: PlannedColumn[];
  readonly groupBy: string[];
}

function addDimension(parts: Parts, input: BuildInput, dimension: ReportDimension, axis: 'row' | 'column'): boolean {
  const field = input.index.field(dimension.field);
  if (!field) throw EngineInvariantError.unchecked(`dimension ${dimension.field}`);
  const expr = input.target.dimension(field, dimension.bucket);
  const label = input.target.label(field);
  if (expr === undefined || label === undefined) return false;
  const key = dimensionKey(dimension);
  const type = dimension.bucket ? 'date' : field.type;
  const shown = label !== null || field.dictionary !== undefined ? labelKey(key) : undefined;
  parts.select.push({ key, expr, type });
  parts.groupBy.push(key);
  parts.columns.push({
    key,
    label: dimension.label ?? field.label,
    type,
    role: 'dimension',
    axis,
    ...(shown ? { labelKey: shown } : {}),
    ...(field.dictionary && label === null ? { dictionary: field.dictionary } : {}),
  });
  if (label !== null) {
    parts.select.push({ key: labelKey(key), expr: label, type: 'text' });
    parts.groupBy.push(labelKey(key));
  }
  if (shown)
    parts.columns.push({ key: shown, label: dimension.label ?? field.label, type: 'text', role: 'label', axis });
  return true;
}

function addMeasures(parts: Parts, input: BuildInput): boolean {
  for (const m of input.report.measures) {
    const { measure: key, label } = measureOf(m);
    const measure = input.index.measure(key);
    if (!measure) throw EngineInvariantError.unchecked(`measure ${key}`);
    const expr = input.target.measure(measure);
    if (expr === undefined) return false;
    const type = measureType(measure);
    parts.select.push({ key, expr, type });
    parts.columns.push({ key, label: label ?? measure.label, type, role: 'measure', ...measureFormat(measure) });
  }
  return true;
}

function whereOf(input: BuildInput): PlanPredicate[] | undefined {
  const scope = scopePredicate(input.scope, input.index.dataset, (ref) => input.target.scopeColumn(ref));
  const filter = input.filter === undefined ? undefined : input.target.predicate(input.filter);
  if (scope === undefined || (input.filter !== undefined && filter === undefined)) return undefined;
  return [...input.target.where, ...(scope.predicate ? [scope.predicate] : []), ...(filter ? [filter] : [])];
}

/**
 * Builds the query and count plans of a report on a target; `undefined` when the target cannot answer it (a rollup
 * that does not cover a dimension, measure, filter or the scope).
 */
export function buildReportPlan(input: BuildInput): PlannedReport | undefined {
  const parts: Parts = { select: [], columns: [], groupBy: [] };
  const dims = [
    ...input.report.dimensions.map((d) => [d, 'row'] as const),
    ...(input.report.columns ?? []).map((d) => [d, 'column'] as const),
  ];
  if (!dims.every(([d, axis]) => addDimension(parts, input, d, axis))) return undefined;
  const grouped = [...parts.select];
  if (!addMeasures(parts, input)) return undefined;
  const where = whereOf(input);
  if (where === undefined) return undefined;
  const { target, report, env } = input;
  const base = {
    source: target.source,
    joins: target.joins,
    where,
    groupBy: parts.groupBy,
    ...(target.rollup ? { rollup: target.rollup } : {}),
  };
  const dimensionKeys = dims.map(([d]) => dimensionKey(d));
  // The report's sort, then the dimensions not sorted yet: ties in a top N are cut the same way every time.
  const sorted = (report.sort ?? []).map((s) => ({ key: s.by, direction: s.direction ?? ('asc' as const) }));
  const orderBy = [
    ...sorted,
    ...dimensionKeys
      .filter((key) => !sorted.some((s) => s.key === key))
      .map((key) => ({ key, direction: 'asc' as const })),
  ];
  const dataset = input.index.dataset;
  const plan: QueryPlan = pruneJoins(
    { ...base, select: parts.select, orderBy, limit: Math.min(report.limit ?? Infinity, env.rowCap + 1) },
    dataset,
  );
  const countSelect: PlanColumn[] =
    grouped.length > 0 ? grouped : [{ key: 'rows', expr: { kind: 'aggregate', fn: 'count' }, type: 'integer' }];
  const countPlan: QueryPlan = pruneJoins({ ...base, select: countSelect, orderBy: [] }, dataset);
  return {
    plan,
    countPlan,
    columns: parts.columns,
    chart: report.chart.type,
    rowCap: env.rowCap,
    fromRollup: target.rollup !== undefined,
  };
}
