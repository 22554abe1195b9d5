import { indexDataset, type DatasetIndex } from '../dataset/dataset-index';
import type { Dataset } from '../model/dataset.type';
import type { ReportEnv, ReportParams, ReportScope } from '../model/report-api.type';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportDefinition } from '../model/report.type';
import type { PlanPredicate } from '../model/query-plan.type';
import { compileFilter } from '../filter/compile-filter';
import { resolveParams } from '../params/resolve-params';
import { EngineInvariantError } from '../problems/engine-invariant.error';
import { rollupTargets } from '../rollup/rollup-target';
import { baseTarget } from './base-target';
import { buildReportPlan } from './build-report-plan';
import type { PlannedReport } from './planned-report.type';

export type PlanResult =
  | { readonly ok: true; readonly planned: PlannedReport }
  | { readonly ok: false; readonly problems: readonly ReportProblem[] };

/** The report's filter with the viewer's parameters, over the dataset's columns (shared with drill-downs). */
export function viewerFilter(
  report: ReportDefinition,
  index: DatasetIndex,
  params: ReportParams,
  env: ReportEnv,
): { filter?: PlanPredicate; problems: ReportProblem[] } {
  const parameters = report.parameters ?? [];
  const resolved = resolveParams(parameters, params, index.zone);
  if (resolved.problems.length > 0) return { problems: resolved.problems };
  const compiled = compileFilter(report.filter, '/filter', {
    index,
    parameters,
    params: resolved.values,
    now: env.now,
  });
  // A checked report's filter fails here only on parameter values (an `inLast` count out of range).
  if (compiled.problems.length > 0) return { problems: compiled.problems };
  return { ...(compiled.predicate ? { filter: compiled.predicate } : {}), problems: [] };
}

/**
 * Plans a checked report for a viewer: parameters validated and coerced (problems name `params.<key>`, nothing
 * thrown), the filter and the caller's scope in `where`, dimensions (bucketed in the dataset's zone, with label
 * columns) grouped, measures as aggregates, sorted, limited to the top N and the row cap + 1. Answered from a ready
 * rollup when one covers the query (`fromRollup`), else from the dataset's rows.
 */
export function planReport(
  report: ReportDefinition,
  dataset: Dataset,
  params: ReportParams,
  scope: ReportScope,
  env: ReportEnv,
): PlanResult {
  const index = indexDataset(dataset);
  const { filter, problems } = viewerFilter(report, index, params, env);
  if (problems.length > 0) return { ok: false, problems };
  const input = { report, index, filter, scope, env };
  for (const target of rollupTargets(index, env)) {
    const planned = buildReportPlan({ ...input, target });
    if (planned) return { ok: true, planned };
  }
  const planned = buildReportPlan({ ...input, target: baseTarget(index, env.now) });
  if (!planned) throw EngineInvariantError.unchecked('the report on its own dataset');
  return { ok: true, planned };
}
