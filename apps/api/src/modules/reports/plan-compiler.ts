import type { Knex } from '@mikro-orm/postgresql';
import type { PlanColumnRef, PlanJoin, PlanPredicate, QueryPlan } from '@anxin/report-engine';
import { compileExpr, compilePredicate } from './plan-expression.compiler';
import { fragment, identifier, joinFragments, sqlOf, UnsafePlanError, wholeNumber, type SqlFragment } from './sql-fragment.util';

/** SQL with `$1`, `$2`… placeholders and the values to bind to them. */
export interface CompiledQuery {
  readonly sql: string;
  readonly bindings: readonly unknown[];
}

/** The table a plan answered from a rollup reads (`DatasetRollup`; one row per tenant, rollup, day and dimensions). */
export const ROLLUP_TABLE = 'report_rollup';

/**
 * A query plan as ONE parameterised SELECT, node by node: identifiers only from the plan, quoted by knex (`??`);
 * values only as bound parameters with a cast per type; fixed SQL text for everything else. Group and order by
 * name result columns by position. Pure: the same plan always gives the same SQL.
 */
export function compilePlan(knex: Knex, plan: QueryPlan): CompiledQuery {
  return native(knex, planQuery(plan));
}

/** How many rows `plan` has: `select count(*) as total from (<plan>) q`. */
export function compileCount(knex: Knex, plan: QueryPlan): CompiledQuery {
  return native(knex, sqlOf`select count(*) as total from (${planQuery(plan)}) as q`);
}

/** Knex fills in the quoted identifiers and numbers the value placeholders `$1`, `$2`…. */
function native(knex: Knex, query: SqlFragment): CompiledQuery {
  const compiled = knex.raw(query.sql, [...query.bindings] as Knex.RawBinding[]).toSQL().toNative();
  return { sql: compiled.sql, bindings: compiled.bindings };
}

function planQuery(plan: QueryPlan): SqlFragment {
  if (plan.select.length === 0) throw new UnsafePlanError('a query plan selects nothing');
  const select = joinFragments(
    plan.select.map((column) => sqlOf`${compileExpr(column.expr)} as ${identifier(column.key)}`),
    ', ',
  );
  const parts: SqlFragment[] = [
    sqlOf`select ${select} from ${identifier(plan.source.table)} as ${identifier(plan.source.alias)}`,
    ...plan.joins.map(compileJoin),
  ];
  const where = [...plan.where, ...rollupCondition(plan)];
  if (where.length > 0) parts.push(sqlOf`where ${joinFragments(where.map((p) => sqlOf`(${compilePredicate(p)})`), ' and ')}`);
  if (plan.groupBy.length > 0) parts.push(sqlOf`group by ${joinFragments(plan.groupBy.map((key) => position(plan, key)), ', ')}`);
  if (plan.orderBy.length > 0) {
    const order = plan.orderBy.map((o) => sqlOf`${position(plan, o.key)} ${fragment(o.direction === 'desc' ? 'desc nulls last' : 'asc nulls last')}`);
    parts.push(sqlOf`order by ${joinFragments(order, ', ')}`);
  }
  if (plan.limit !== undefined) parts.push(sqlOf`limit ${wholeNumber(plan.limit, 0, 'a limit')}`);
  if (plan.offset !== undefined) parts.push(sqlOf`offset ${wholeNumber(plan.offset, 0, 'an offset')}`);
  return joinFragments(parts, ' ');
}

function compileJoin(join: PlanJoin): SqlFragment {
  if (join.on.length === 0) throw new UnsafePlanError(`join ${join.alias} has no condition`);
  const side = (ref: PlanJoin['on'][number][number]) =>
    join.compareAsText ? sqlOf`${columnRef(ref)}::text` : columnRef(ref);
  const on = joinFragments(join.on.map(([left, right]) => sqlOf`${side(left)} = ${side(right)}`), ' and ');
  const kind = fragment(join.type === 'inner' ? 'inner join' : 'left join');
  return sqlOf`${kind} ${identifier(join.table)} as ${identifier(join.alias)} on ${on}`;
}

const columnRef = (ref: PlanColumnRef): SqlFragment => sqlOf`${identifier(ref.alias)}.${identifier(ref.column)}`;

/** The 1-based position of a result column, for GROUP BY / ORDER BY (an alias could clash with a source column). */
function position(plan: QueryPlan, key: string): SqlFragment {
  const index = plan.select.findIndex((column) => column.key === key);
  if (index < 0) throw new UnsafePlanError(`group or order by ${JSON.stringify(key)}, which is not selected`);
  return fragment(String(index + 1));
}

/** A plan answered from a rollup reads that rollup's rows only (the tenant is row-level security's). */
function rollupCondition(plan: QueryPlan): PlanPredicate[] {
  if (!plan.rollup) return [];
  if (plan.source.table !== ROLLUP_TABLE) throw new UnsafePlanError(`a rollup plan must read ${ROLLUP_TABLE}`);
  const column = (name: string) => ({ kind: 'column' as const, ref: { alias: plan.source.alias, column: name } });
  const text = (value: string) => ({ kind: 'value' as const, value, type: 'text' as const });
  return [
    { kind: 'compare', op: '=', left: column('dataset_key'), right: text(plan.rollup.dataset) },
    { kind: 'compare', op: '=', left: column('rollup_key'), right: text(plan.rollup.key) },
  ];
}
