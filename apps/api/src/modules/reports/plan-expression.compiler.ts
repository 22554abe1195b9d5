import type { FieldType, PlanAggregate, PlanExpr, PlanPredicate, TimeBucket } from '@anxin/report-engine';
import { fragment, identifier, joinFragments, sqlOf, UnsafePlanError, wholeNumber, type SqlFragment } from './sql-fragment.util';

/** The cast of each field type: every bound value is typed, so PostgreSQL never guesses. */
export const SQL_TYPE: Readonly<Record<FieldType, string>> = {
  text: 'text',
  number: 'numeric',
  integer: 'bigint',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamptz',
  id: 'uuid',
};

/** `date_trunc` units: the only texts a bucket puts into SQL, from this table, never from input. */
const TRUNC_UNIT: Readonly<Record<TimeBucket, string>> = {
  day: `'day'`,
  week: `'week'`,
  month: `'month'`,
  quarter: `'quarter'`,
  year: `'year'`,
};

const COMPARE_OPS = new Set(['=', '<>', '<', '<=', '>', '>=']);

/** A value expression of a plan as SQL. */
export function compileExpr(expr: PlanExpr): SqlFragment {
  switch (expr.kind) {
    case 'column':
      return sqlOf`${identifier(expr.ref.alias)}.${identifier(expr.ref.column)}`;
    case 'element':
      return sqlOf`((${identifier(expr.ref.alias)}.${identifier(expr.ref.column)})[${wholeNumber(expr.index, 1, 'an element index')}])::${fragment(SQL_TYPE[expr.type])}`;
    case 'value':
      return fragment(`?::${SQL_TYPE[expr.type]}`, [expr.value]);
    case 'bucket':
      return compileBucket(expr.unit, expr.expr, expr.timeZone);
    case 'aggregate':
      return compileAggregate(expr.fn, expr.expr, expr.filter);
    case 'arith':
      return compileArith(expr.op, expr.left, expr.right);
    case 'duration':
      return compileDuration(expr);
  }
}

function compileBucket(unit: TimeBucket, expr: PlanExpr, timeZone: string | undefined): SqlFragment {
  const inner = compileExpr(expr);
  // With a zone: the local date of an instant. Without: already a local date (a rollup's day), kept off the session zone.
  const local = timeZone === undefined ? sqlOf`(${inner})::timestamp` : sqlOf`(${inner}) at time zone ${fragment('?::text', [timeZone])}`;
  return sqlOf`date_trunc(${fragment(TRUNC_UNIT[unit])}, ${local})::date`;
}

function compileAggregate(fn: PlanAggregate, expr: PlanExpr | undefined, filter: PlanPredicate | undefined): SqlFragment {
  const call = aggregateCall(fn, expr);
  return filter ? sqlOf`${call} filter (where ${compilePredicate(filter)})` : call;
}

function aggregateCall(fn: PlanAggregate, expr: PlanExpr | undefined): SqlFragment {
  if (fn === 'count' && expr === undefined) return fragment('count(*)');
  if (expr === undefined) throw new UnsafePlanError(`aggregate ${fn} needs an expression`);
  const value = compileExpr(expr);
  switch (fn) {
    case 'count':
      return sqlOf`count(${value})`;
    case 'countDistinct':
      return sqlOf`count(distinct ${value})`;
    case 'sum':
      return sqlOf`sum(${value})`;
    case 'avg':
      return sqlOf`avg(${value})`;
    case 'min':
      return sqlOf`min(${value})`;
    case 'max':
      return sqlOf`max(${value})`;
    case 'median':
      return sqlOf`percentile_cont(0.5) within group (order by (${value})::double precision)`;
    case 'p90':
      return sqlOf`percentile_cont(0.9) within group (order by (${value})::double precision)`;
  }
}

function compileArith(op: '+' | '-' | '*' | '/', left: PlanExpr, right: PlanExpr): SqlFragment {
  const l = compileExpr(left);
  const r = compileExpr(right);
  switch (op) {
    case '+':
      return sqlOf`((${l})::numeric + (${r})::numeric)`;
    case '-':
      return sqlOf`((${l})::numeric - (${r})::numeric)`;
    case '*':
      return sqlOf`((${l})::numeric * (${r})::numeric)`;
    case '/':
      // numeric: counts are bigints, whose division would truncate; a zero divisor gives null, not an error.
      return sqlOf`((${l})::numeric / nullif((${r})::numeric, 0))`;
  }
}

function compileDuration(expr: Extract<PlanExpr, { kind: 'duration' }>): SqlFragment {
  const from = compileExpr(expr.from);
  const to = compileExpr(expr.to);
  switch (expr.unit) {
    case 'hours':
      return sqlOf`(extract(epoch from ((${to}) - (${from}))) / 3600)`;
    case 'workingHours':
      if (!expr.calendar) throw new UnsafePlanError('a working-hours duration needs a calendar');
      return sqlOf`anxin_working_hours(${from}, ${to}, ${fragment('?::text', [expr.calendar])})`;
  }
}

/** A condition of a plan as SQL. */
export function compilePredicate(predicate: PlanPredicate): SqlFragment {
  switch (predicate.kind) {
    case 'compare': {
      if (!COMPARE_OPS.has(predicate.op)) throw new UnsafePlanError(`unknown comparison ${predicate.op}`);
      return sqlOf`(${compileExpr(predicate.left)}) ${fragment(predicate.op)} (${compileExpr(predicate.right)})`;
    }
    case 'in': {
      if (predicate.values.length === 0) return fragment(predicate.negated ? 'true' : 'false');
      const values = joinFragments(predicate.values.map(compileExpr), ', ');
      return sqlOf`(${compileExpr(predicate.expr)}) ${fragment(predicate.negated ? 'not in' : 'in')} (${values})`;
    }
    case 'isNull':
      return sqlOf`(${compileExpr(predicate.expr)}) ${fragment(predicate.negated ? 'is not null' : 'is null')}`;
    case 'contains':
      // The value's own %, _ and \ are escaped, so they match themselves (\ is ilike's escape character).
      return sqlOf`(${compileExpr(predicate.expr)})::text ilike ('%' || replace(replace(replace((${compileExpr(predicate.value)})::text, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')`;
    case 'and':
    case 'or': {
      if (predicate.items.length === 0) return fragment(predicate.kind === 'and' ? 'true' : 'false');
      const items = predicate.items.map((item) => sqlOf`(${compilePredicate(item)})`);
      return joinFragments(items, predicate.kind === 'and' ? ' and ' : ' or ');
    }
    case 'not':
      return sqlOf`not (${compilePredicate(predicate.item)})`;
    case 'true':
      return fragment('true');
    case 'false':
      return fragment('false');
  }
}
