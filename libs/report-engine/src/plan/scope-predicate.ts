import type { Dataset, DatasetScope, FieldType } from '../model/dataset.type';
import type { PlanExpr, PlanPredicate } from '../model/query-plan.type';
import type { ReportScope } from '../model/report-api.type';
import { valueNode } from '../filter/filter-context';

/** One restriction of a caller's scope that applies to a dataset: its column and the values it admits. */
export interface ScopeRestriction {
  readonly kind: keyof DatasetScope;
  readonly column: string;
  readonly values: readonly string[];
}

const DEFAULT_TYPES: Readonly<Record<keyof DatasetScope, FieldType>> = {
  project: 'id',
  unit: 'id',
  team: 'text',
  assignee: 'text',
  initiator: 'text',
};

/**
 * The restrictions that apply: those the scope lists (non-empty) AND the dataset declares a column for.
 * `undefined` for a scope that sees everything.
 */
export function scopeRestrictions(scope: ReportScope, dataset: Dataset): ScopeRestriction[] | undefined {
  if (scope.all === true) return undefined;
  const listed: [keyof DatasetScope, readonly string[] | undefined][] = [
    ['project', scope.projects],
    ['unit', scope.units],
    ['team', scope.teams],
    ['assignee', scope.userId === undefined ? undefined : [scope.userId]],
    ['initiator', scope.userId === undefined ? undefined : [scope.userId]],
  ];
  return listed.flatMap(([kind, values]) => {
    const column = dataset.scope[kind];
    return column !== undefined && values !== undefined && values.length > 0 ? [{ kind, column, values }] : [];
  });
}

/** The type of a scope column's values: the type of a field on that column, else the kind's usual type. */
export function scopeValueType(restriction: ScopeRestriction, dataset: Dataset): FieldType {
  return dataset.fields.find((f) => f.column === restriction.column)?.type ?? DEFAULT_TYPES[restriction.kind];
}

/**
 * The caller's scope as a predicate: nothing for `all`; otherwise the OR of the applicable restrictions (`in` for
 * lists, `=` for the user), and `false` when none applies: a caller without any applicable scope sees nothing.
 * `undefined` inside the result means `column` could not be expressed (a rollup without that dimension).
 */
export function scopePredicate(
  scope: ReportScope,
  dataset: Dataset,
  column: (ref: string) => PlanExpr | undefined,
): { predicate?: PlanPredicate } | undefined {
  const restrictions = scopeRestrictions(scope, dataset);
  if (restrictions === undefined) return {};
  if (restrictions.length === 0) return { predicate: { kind: 'false' } };
  const items: PlanPredicate[] = [];
  for (const restriction of restrictions) {
    const expr = column(restriction.column);
    if (expr === undefined) return undefined;
    const type = scopeValueType(restriction, dataset);
    const values = restriction.values.map((v) => valueNode(v, type));
    items.push(
      values.length === 1
        ? { kind: 'compare', op: '=', left: expr, right: values[0] as PlanExpr }
        : { kind: 'in', expr, values },
    );
  }
  return { predicate: items.length === 1 ? items[0] : { kind: 'or', items } };
}
