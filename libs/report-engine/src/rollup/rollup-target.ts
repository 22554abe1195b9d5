import type { DatasetIndex } from '../dataset/dataset-index';
import type { DatasetRollup } from '../model/dataset.type';
import type { PlanColumnRef, PlanExpr } from '../model/query-plan.type';
import type { ReportEnv } from '../model/report-api.type';
import type { PlanTarget } from '../plan/plan-target';
import { formulaExpr, formulaOf } from '../plan/measure-expr';
import { valueNode } from '../filter/filter-context';
import { rollupLayout } from './rollup-layout';
import { ROLLUP_TABLE, type RollupLayout, type RollupMeasureRead } from './rollup-layout.type';
import { rollupPredicate, type RollupColumns } from './rollup-predicate';

const column = (name: string): PlanColumnRef => ({ alias: ROLLUP_TABLE.alias, column: name });
const rowCount: PlanExpr = { kind: 'aggregate', fn: 'sum', expr: { kind: 'column', ref: column('row_count') } };

function part(array: 'sums' | 'counts' | 'mins' | 'maxs', index: number): PlanExpr {
  const fn = array === 'mins' ? 'min' : array === 'maxs' ? 'max' : 'sum';
  const type = array === 'counts' ? 'integer' : 'number';
  return { kind: 'aggregate', fn, expr: { kind: 'element', ref: column(array), index, type } };
}

function readBack(
  read: RollupMeasureRead,
  key: string,
  layout: RollupLayout,
  index: DatasetIndex,
): PlanExpr | undefined {
  switch (read.kind) {
    case 'rows':
      return rowCount;
    case 'count':
      return part('counts', read.value);
    case 'sum':
      return part('sums', read.value);
    case 'avg':
      return { kind: 'arith', op: '/', left: part('sums', read.value), right: part('counts', read.value) };
    case 'min':
      return part('mins', read.value);
    case 'max':
      return part('maxs', read.value);
    case 'share':
      return { kind: 'arith', op: '/', left: part('counts', read.value), right: rowCount };
    case 'formula': {
      const measure = index.measure(key);
      return measure && formulaExpr(formulaOf(measure), (ref) => measureFromRollup(ref, layout, index));
    }
  }
}

function measureFromRollup(key: string, layout: RollupLayout, index: DatasetIndex): PlanExpr | undefined {
  const read = Object.hasOwn(layout.measures, key) ? layout.measures[key] : undefined;
  return read && readBack(read, key, layout, index);
}

function columnsOf(layout: RollupLayout, index: DatasetIndex, env: ReportEnv): RollupColumns | undefined {
  const time = index.field(layout.timeField);
  if (!time) return undefined;
  const elements = new Map<string, PlanExpr>();
  for (const dim of layout.dims) {
    const field = index.field(dim.field);
    if (dim.kind !== 'value' || !field || elements.has(field.column)) continue;
    elements.set(field.column, { kind: 'element', ref: column('dims'), index: dim.index, type: dim.type });
  }
  const day: PlanExpr = { kind: 'column', ref: column('day') };
  return { elements, time: { column: time.column, type: time.type }, day, zone: index.zone, now: env.now };
}

function rollupTarget(rollup: DatasetRollup, index: DatasetIndex, env: ReportEnv): PlanTarget | undefined {
  const layout = rollupLayout(index.dataset, rollup.key);
  const columns = layout && columnsOf(layout, index, env);
  if (!layout || !columns) return undefined;
  const dim = (field: string, kind: 'value' | 'label'): PlanExpr | undefined => {
    const found = layout.dims.find((d) => d.field === field && d.kind === kind);
    return found && { kind: 'element', ref: column('dims'), index: found.index, type: found.type };
  };
  return {
    source: { ...ROLLUP_TABLE },
    joins: [],
    where: [
      {
        kind: 'compare',
        op: '=',
        left: { kind: 'column', ref: column('dataset_key') },
        right: valueNode(layout.dataset, 'text'),
      },
      {
        kind: 'compare',
        op: '=',
        left: { kind: 'column', ref: column('rollup_key') },
        right: valueNode(layout.rollup, 'text'),
      },
    ],
    rollup: { dataset: layout.dataset, key: layout.rollup },
    dimension: (field, bucket) => {
      if (field.key !== layout.timeField) return bucket === undefined ? dim(field.key, 'value') : undefined;
      return bucket && { kind: 'bucket', unit: bucket, expr: columns.day };
    },
    label: (field) => (field.labelColumn === undefined ? null : dim(field.key, 'label')),
    measure: (measure) => measureFromRollup(measure.key, layout, index),
    predicate: (predicate) => rollupPredicate(predicate, columns),
    scopeColumn: (ref) => columns.elements.get(ref),
  };
}

/**
 * Targets over the dataset's rollups that the API reports ready (`env.readyRollups` has `dataset/rollup`), in
 * declaration order: the first that covers a query answers it.
 */
export function rollupTargets(index: DatasetIndex, env: ReportEnv): PlanTarget[] {
  const ready = new Set(env.readyRollups ?? []);
  // The coarsest covering rollup (fewest dimensions, so fewest rows) answers; ties in declaration order.
  return [...(index.dataset.rollups ?? [])]
    .sort((a, b) => a.dimensions.length - b.dimensions.length)
    .filter((r) => ready.has(`${index.dataset.key}/${r.key}`))
    .flatMap((r) => rollupTarget(r, index, env) ?? []);
}
