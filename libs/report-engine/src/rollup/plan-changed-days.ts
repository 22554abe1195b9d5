import type { Dataset } from '../model/dataset.type';
import type { PlanExpr, QueryPlan } from '../model/query-plan.type';
import { indexDataset, parseColumnRef } from '../dataset/dataset-index';
import { coerceValue } from '../params/coerce-value';
import { baseTarget } from '../plan/base-target';
import { EngineInvariantError } from '../problems/engine-invariant.error';
import { valueNode } from '../filter/filter-context';
import { pruneJoins } from '../plan/prune-joins';

/**
 * The local days (key `day`) of a rollup's time field among the dataset's rows changed at or after `since` (the
 * `updatedAt` column): the days the worker rebuilds with `planRollupBuild`. Throws an `EngineInvariantError` for an
 * unknown rollup, a dataset without `updatedAt` or a `since` that is not an ISO instant (bugs of the caller).
 */
export function planChangedDays(dataset: Dataset, rollupKey: string, since: string): QueryPlan {
  const rollup = (dataset.rollups ?? []).find((r) => r.key === rollupKey);
  const index = indexDataset(dataset);
  const time = rollup && index.field(rollup.timeField);
  const at = coerceValue(since, 'datetime', index.zone);
  if (!time || dataset.updatedAt === undefined || !at.ok) {
    throw new EngineInvariantError(`Cannot list the changed days of ${dataset.key}/${rollupKey} since ${since}.`);
  }
  const base = baseTarget(index, new Date(0));
  const updatedAt: PlanExpr = { kind: 'column', ref: parseColumnRef(dataset.updatedAt) };
  return pruneJoins(
    {
      source: base.source,
      joins: base.joins,
      select: [{ key: 'day', expr: base.dimension(time, 'day') as PlanExpr, type: 'date' }],
      where: [{ kind: 'compare', op: '>=', left: updatedAt, right: valueNode(at.value, 'datetime') }],
      groupBy: ['day'],
      orderBy: [{ key: 'day', direction: 'asc' }],
    },
    dataset,
  );
}
