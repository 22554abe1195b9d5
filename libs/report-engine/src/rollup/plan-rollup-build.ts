import { DateTime } from 'luxon';
import type { Dataset } from '../model/dataset.type';
import type { PlanColumn, PlanExpr, PlanPredicate, QueryPlan } from '../model/query-plan.type';
import { indexDataset, parseColumnRef, type DatasetIndex } from '../dataset/dataset-index';
import { compileFilter } from '../filter/compile-filter';
import { fieldExpr, valueNode } from '../filter/filter-context';
import { baseTarget } from '../plan/base-target';
import { measureInput } from '../plan/measure-expr';
import { EngineInvariantError } from '../problems/engine-invariant.error';
import { rollupLayout } from './rollup-layout';
import type { RollupInput, RollupLayout, RollupValue } from './rollup-layout.type';
import { pruneJoins } from '../plan/prune-joins';

const EPOCH = new Date(0);
const ONE: PlanExpr = valueNode(1, 'integer');

function inputExpr(input: RollupInput, index: DatasetIndex): PlanExpr {
  switch (input.kind) {
    case 'rows':
      return ONE;
    case 'field':
      return measureInput({ key: input.field, label: '', aggregate: 'sum', field: input.field }, index) as PlanExpr;
    case 'duration':
      return measureInput(
        { key: 'duration', label: '', aggregate: 'sum', duration: input.duration },
        index,
      ) as PlanExpr;
  }
}

function valueColumns(value: RollupValue, index: DatasetIndex): PlanColumn[] {
  const compiled = compileFilter(value.filter, '', { index, parameters: [], now: EPOCH });
  const filter = compiled.predicate ? { filter: compiled.predicate } : {};
  const expr = inputExpr(value.input, index);
  const i = value.index;
  return [
    { key: `sum_${i}`, expr: { kind: 'aggregate', fn: 'sum', expr, ...filter }, type: 'number' },
    {
      key: `count_${i}`,
      expr: { kind: 'aggregate', fn: 'count', ...(value.input.kind === 'rows' ? {} : { expr }), ...filter },
      type: 'integer',
    },
    { key: `min_${i}`, expr: { kind: 'aggregate', fn: 'min', expr, ...filter }, type: 'number' },
    { key: `max_${i}`, expr: { kind: 'aggregate', fn: 'max', expr, ...filter }, type: 'number' },
  ];
}

function dimColumns(layout: RollupLayout, index: DatasetIndex): PlanColumn[] {
  return layout.dims.map((dim) => {
    const field = index.field(dim.field);
    if (!field) throw EngineInvariantError.unchecked(`rollup dimension ${dim.field}`);
    const ref = dim.kind === 'value' ? field.column : (field.labelColumn as string);
    return { key: `d${dim.index}`, expr: { kind: 'column', ref: parseColumnRef(ref) }, type: dim.type };
  });
}

function dayRange(layout: RollupLayout, index: DatasetIndex, days: { from: string; to: string }): PlanPredicate[] {
  const time = index.field(layout.timeField);
  const from = DateTime.fromISO(days.from, { zone: index.zone });
  const to = DateTime.fromISO(days.to, { zone: index.zone });
  const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (!time || !isDay(days.from) || !isDay(days.to) || !from.isValid || !to.isValid || to < from) {
    throw new EngineInvariantError(`A rollup build needs ISO days with from <= to, not ${days.from}..${days.to}.`);
  }
  const expr = fieldExpr(time);
  if (time.type === 'date') {
    return [
      { kind: 'compare', op: '>=', left: expr, right: valueNode(days.from, 'date') },
      { kind: 'compare', op: '<=', left: expr, right: valueNode(days.to, 'date') },
    ];
  }
  const end = to.plus({ days: 1 }).toUTC().toISO();
  return [
    { kind: 'compare', op: '>=', left: expr, right: valueNode(from.toUTC().toISO(), 'datetime') },
    { kind: 'compare', op: '<', left: expr, right: valueNode(end, 'datetime') },
  ];
}

/**
 * The query that computes a rollup's rows for the local days `from`..`to` (inclusive) from the dataset's rows, for
 * the API to wrap in `INSERT INTO report_rollup … SELECT` (after deleting those days). Keys: `day` (the local date
 * of the time field), `d1`…`dn` (the `dims` in layout order, to be cast to text), `row_count`, and per value slot
 * `sum_i`, `count_i`, `min_i`, `max_i`. Throws an `EngineInvariantError` for an unknown rollup or bad days (a bug
 * of the caller, never viewer input).
 */
export function planRollupBuild(dataset: Dataset, rollupKey: string, days: { from: string; to: string }): QueryPlan {
  const layout = rollupLayout(dataset, rollupKey);
  if (!layout) throw new EngineInvariantError(`The dataset ${dataset.key} has no rollup ${rollupKey}.`);
  const index = indexDataset(dataset);
  const base = baseTarget(index, EPOCH);
  const time = index.field(layout.timeField);
  if (!time) throw EngineInvariantError.unchecked(`rollup time field ${layout.timeField}`);
  const day: PlanColumn = { key: 'day', expr: base.dimension(time, 'day') as PlanExpr, type: 'date' };
  const dims = dimColumns(layout, index);
  return pruneJoins(
    {
      source: base.source,
      joins: base.joins,
      select: [
        day,
        ...dims,
        { key: 'row_count', expr: { kind: 'aggregate', fn: 'count' }, type: 'integer' },
        ...layout.values.flatMap((v) => valueColumns(v, index)),
      ],
      where: dayRange(layout, index, days),
      groupBy: [day.key, ...dims.map((d) => d.key)],
      orderBy: [],
    },
    dataset,
  );
}
