import { DateTime } from 'luxon';
import type { FieldType } from '../model/dataset.type';
import type { PlanExpr, PlanPredicate } from '../model/query-plan.type';
import { valueNode } from '../filter/filter-context';

/** How the dataset's columns appear in a rollup: dimension columns as `dims` elements, the time column as `day`. */
export interface RollupColumns {
  /** `alias.column` → the element of `dims` holding it. */
  readonly elements: ReadonlyMap<string, PlanExpr>;
  /** `alias.column` of the rollup's time field, and its type. */
  readonly time: { readonly column: string; readonly type: FieldType };
  readonly day: PlanExpr;
  readonly zone: string;
  readonly now: Date;
}

type Out = PlanPredicate | undefined;

const refOf = (expr: PlanExpr): string | undefined =>
  expr.kind === 'column' ? `${expr.ref.alias}.${expr.ref.column}` : undefined;

/**
 * A bound on a date-time time field as a bound on the local day: `>= midnight` → `day >=`, `< midnight` →
 * `day <`, and `<= now` (the end of `inLast`) → `day <= today`, as the time field is a creation time, never in the
 * future. Any other bound cuts a day and is not covered.
 */
function dayBound(op: string, right: PlanExpr, columns: RollupColumns): Out {
  if (right.kind !== 'value' || typeof right.value !== 'string') return undefined;
  const local = DateTime.fromISO(right.value, { zone: columns.zone });
  const day = valueNode(local.toISODate(), 'date');
  const midnight = local.startOf('day').equals(local);
  if ((op === '>=' || op === '<') && midnight) return { kind: 'compare', op, left: columns.day, right: day };
  if (op === '<=' && local.toMillis() === columns.now.getTime())
    return { kind: 'compare', op, left: columns.day, right: day };
  return undefined;
}

function onTime(predicate: PlanPredicate, columns: RollupColumns): Out {
  if (predicate.kind === 'isNull') return { ...predicate, expr: columns.day };
  if (columns.time.type === 'date') {
    if (predicate.kind === 'compare') return { ...predicate, left: columns.day };
    if (predicate.kind === 'in') return { ...predicate, expr: columns.day };
    return undefined;
  }
  return predicate.kind === 'compare' ? dayBound(predicate.op, predicate.right, columns) : undefined;
}

function mapped(expr: PlanExpr, columns: RollupColumns): PlanExpr | undefined {
  const ref = refOf(expr);
  return ref === undefined ? undefined : columns.elements.get(ref);
}

/**
 * Re-expresses a predicate compiled over the dataset's columns over a rollup's `dims` and `day`; undefined when a
 * column is not stored in the rollup or a time bound does not fall on a day boundary.
 */
export function rollupPredicate(predicate: PlanPredicate, columns: RollupColumns): Out {
  switch (predicate.kind) {
    case 'true':
    case 'false':
      return predicate;
    case 'and':
    case 'or': {
      const items = predicate.items.map((p) => rollupPredicate(p, columns));
      return items.every((i) => i !== undefined) ? { kind: predicate.kind, items: items } : undefined;
    }
    case 'not': {
      const item = rollupPredicate(predicate.item, columns);
      return item && { kind: 'not', item };
    }
    case 'compare':
    case 'in':
    case 'isNull':
    case 'contains': {
      const subject = predicate.kind === 'compare' ? predicate.left : predicate.expr;
      if (refOf(subject) === columns.time.column) return onTime(predicate, columns);
      const expr = mapped(subject, columns);
      if (!expr) return undefined;
      return predicate.kind === 'compare' ? { ...predicate, left: expr } : { ...predicate, expr };
    }
  }
}
