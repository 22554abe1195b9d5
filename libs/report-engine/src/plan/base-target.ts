import { parseColumnRef, type DatasetIndex } from '../dataset/dataset-index';
import type { PlanExpr, PlanJoin } from '../model/query-plan.type';
import { fieldExpr } from '../filter/filter-context';
import { measureExpr } from './measure-expr';
import type { PlanTarget } from './plan-target';

/** The dataset's joins as plan joins (left unless told). */
export function planJoins(index: DatasetIndex): PlanJoin[] {
  return (index.dataset.joins ?? []).map((join) => ({
    table: join.table,
    alias: join.alias,
    type: join.type ?? 'left',
    on: join.on.map(([left, right]) => [parseColumnRef(left), parseColumnRef(right)] as const),
  }));
}

/** Reading the dataset's own rows: fields are their columns, time buckets are taken in the dataset's zone. */
export function baseTarget(index: DatasetIndex, now: Date): PlanTarget {
  return {
    source: { ...index.dataset.source },
    joins: planJoins(index),
    where: [],
    dimension: (field, bucket) => {
      const expr = fieldExpr(field);
      if (bucket === undefined) return expr;
      // A date is already local; a date-time is bucketed in the dataset's zone.
      return { kind: 'bucket', unit: bucket, expr, ...(field.type === 'datetime' ? { timeZone: index.zone } : {}) };
    },
    label: (field) =>
      field.labelColumn === undefined ? null : { kind: 'column', ref: parseColumnRef(field.labelColumn) },
    measure: (measure) => measureExpr(measure, index, now),
    predicate: (predicate) => predicate,
    scopeColumn: (ref): PlanExpr => ({ kind: 'column', ref: parseColumnRef(ref) }),
  };
}
