import { indexDataset, parseColumnRef } from '../dataset/dataset-index';
import type { Dataset } from '../model/dataset.type';
import type { QueryPlan } from '../model/query-plan.type';
import type { ReportCell, ReportEnv, ReportParams, ReportScope } from '../model/report-api.type';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportDefinition } from '../model/report.type';
import { planJoins } from '../plan/base-target';
import { viewerFilter } from '../plan/plan-report';
import { scopePredicate } from '../plan/scope-predicate';
import { reportProblem } from '../problems/report-problem.util';
import { cellPredicates } from './cell-predicate';
import { pruneJoins } from '../plan/prune-joins';

/** The key of the drill-down's only column. */
export const DRILL_KEY = 'drill_key';

/** A drill-down: a page of distinct drill keys (ticket ids) and, as for reports, a plan whose row count is the total. */
export interface PlannedDrill {
  readonly plan: QueryPlan;
  readonly countPlan: QueryPlan;
}

export type DrillResult =
  | { readonly ok: true; readonly planned: PlannedDrill }
  | { readonly ok: false; readonly problems: readonly ReportProblem[] };

function pageProblems(page: { offset: number; limit: number }, env: ReportEnv): ReportProblem[] {
  const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  if (whole(page.offset, 0, Number.MAX_SAFE_INTEGER) && whole(page.limit, 1, env.rowCap)) return [];
  return [reportProblem('INVALID_PAGE', 'page', `A page has an offset ≥ 0 and a limit from 1 to ${env.rowCap}.`)];
}

/**
 * Plans the rows behind a clicked cell of a report: the report's filter with the viewer's parameters, the caller's
 * scope and the cell's values, selecting the dataset's `drillKey` as `drill_key` (grouped: distinct), ordered by it,
 * one page. Always reads the dataset's rows. Bad parameters, cells or pages are problems, never thrown.
 */
// Positional, as planReport's, so the API calls both alike (the brief's signature).
export function planDrillDown(
  report: ReportDefinition,
  dataset: Dataset,
  params: ReportParams,
  clicked: ReportCell,
  scope: ReportScope,
  env: ReportEnv,
  page: { offset: number; limit: number },
): DrillResult {
  const index = indexDataset(dataset);
  const { filter, problems } = viewerFilter(report, index, params, env);
  const cell = cellPredicates(report, index, clicked);
  const all = [...problems, ...cell.problems, ...pageProblems(page, env)];
  if (all.length > 0) return { ok: false, problems: all };
  const visible = scopePredicate(scope, dataset, (ref) => ({ kind: 'column', ref: parseColumnRef(ref) }));
  const type = dataset.fields.find((f) => f.column === dataset.drillKey)?.type ?? 'id';
  const countPlan: QueryPlan = pruneJoins(
    {
      source: { ...dataset.source },
      joins: planJoins(index),
      select: [{ key: DRILL_KEY, expr: { kind: 'column', ref: parseColumnRef(dataset.drillKey) }, type }],
      where: [...(visible?.predicate ? [visible.predicate] : []), ...(filter ? [filter] : []), ...cell.predicates],
      groupBy: [DRILL_KEY],
      orderBy: [],
    },
    dataset,
  );
  const plan = { ...countPlan, orderBy: [{ key: DRILL_KEY, direction: 'asc' as const }], ...page };
  return { ok: true, planned: { plan, countPlan } };
}
