import type { Dataset } from '../model/dataset.type';
import type { PlanExpr, PlanPredicate, QueryPlan } from '../model/query-plan.type';

function exprAliases(expr: PlanExpr, into: Set<string>): void {
  switch (expr.kind) {
    case 'column':
    case 'element':
      into.add(expr.ref.alias);
      return;
    case 'value':
      return;
    case 'bucket':
      return exprAliases(expr.expr, into);
    case 'aggregate':
      if (expr.expr) exprAliases(expr.expr, into);
      if (expr.filter) predicateAliases(expr.filter, into);
      return;
    case 'arith':
      exprAliases(expr.left, into);
      return exprAliases(expr.right, into);
    case 'duration':
      exprAliases(expr.from, into);
      return exprAliases(expr.to, into);
  }
}

function predicateAliases(predicate: PlanPredicate, into: Set<string>): void {
  switch (predicate.kind) {
    case 'compare':
      exprAliases(predicate.left, into);
      return exprAliases(predicate.right, into);
    case 'in':
      exprAliases(predicate.expr, into);
      for (const value of predicate.values) exprAliases(value, into);
      return;
    case 'isNull':
      return exprAliases(predicate.expr, into);
    case 'contains':
      exprAliases(predicate.expr, into);
      return exprAliases(predicate.value, into);
    case 'and':
    case 'or':
      for (const item of predicate.items) predicateAliases(item, into);
      return;
    case 'not':
      return predicateAliases(predicate.item, into);
    case 'true':
    case 'false':
      return;
  }
}

/**
 * Drops the left joins a plan does not read when the dataset declares them `toOne` (at most one joined row per row,
 * e.g. a ticket's project): such a join neither adds nor removes rows, so leaving it out changes no answer and spares
 * PostgreSQL a join it cannot always remove itself (a join on a non-unique or cast column). A join another kept
 * join links through is kept.
 */
export function pruneJoins(plan: QueryPlan, dataset: Dataset): QueryPlan {
  const toOne = new Set((dataset.joins ?? []).filter((j) => j.toOne === true).map((j) => j.alias));
  if (toOne.size === 0 || plan.joins.length === 0) return plan;
  const used = new Set<string>();
  for (const column of plan.select) exprAliases(column.expr, used);
  for (const predicate of plan.where) predicateAliases(predicate, used);
  // Walk the joins from the last: a kept join keeps the aliases its condition reads.
  const kept = new Set<string>();
  for (const join of [...plan.joins].reverse()) {
    const removable = join.type === 'left' && toOne.has(join.alias) && !used.has(join.alias);
    if (removable) continue;
    kept.add(join.alias);
    for (const [left, right] of join.on) used.add(left.alias).add(right.alias);
  }
  if (kept.size === plan.joins.length) return plan;
  return { ...plan, joins: plan.joins.filter((join) => kept.has(join.alias)) };
}
