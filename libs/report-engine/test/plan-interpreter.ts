// A reference interpreter of query plans over in-memory tables, for tests: what the API's SQL compiler must mean.
// Date-times are epoch milliseconds, dates `YYYY-MM-DD` text; SQL's three-valued logic is kept (null = unknown).
import { DateTime } from 'luxon';
import type { FieldType, PlanExpr, PlanPredicate, QueryPlan } from '../src/index';

export type Scalar = string | number | boolean | null;
export type Tables = Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
type Row = Readonly<Record<string, unknown>>;

function cast(value: unknown, type: FieldType): Scalar {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (type === 'number' || type === 'integer') return Number(value);
  if (type === 'datetime') return typeof value === 'number' ? value : DateTime.fromISO(text).toMillis();
  if (type === 'boolean') return value === true || value === 'true';
  return text;
}

function scalar(expr: PlanExpr, row: Row): Scalar {
  switch (expr.kind) {
    case 'column':
      return (row[`${expr.ref.alias}.${expr.ref.column}`] ?? null) as Scalar;
    case 'element': {
      const array = row[`${expr.ref.alias}.${expr.ref.column}`] as unknown[] | null;
      return cast(array?.[expr.index - 1], expr.type);
    }
    case 'value':
      return cast(expr.value, expr.type);
    case 'bucket': {
      const value = scalar(expr.expr, row);
      if (value === null) return null;
      const local =
        expr.timeZone === undefined
          ? DateTime.fromISO(String(value), { zone: 'UTC' })
          : DateTime.fromMillis(Number(value), { zone: expr.timeZone });
      return local.startOf(expr.unit).toISODate();
    }
    case 'arith':
      return arith(expr.op, scalar(expr.left, row), scalar(expr.right, row));
    case 'duration': {
      const [from, to] = [scalar(expr.from, row), scalar(expr.to, row)];
      return from === null || to === null ? null : (Number(to) - Number(from)) / 3_600_000;
    }
    case 'aggregate':
      throw new Error('An aggregate outside a group.');
  }
}

function arith(op: '+' | '-' | '*' | '/', left: Scalar, right: Scalar): Scalar {
  if (left === null || right === null) return null;
  const [a, b] = [Number(left), Number(right)];
  if (op === '/') return b === 0 ? null : a / b;
  return op === '+' ? a + b : op === '-' ? a - b : a * b;
}

function compare(op: string, a: Scalar, b: Scalar): boolean | null {
  if (a === null || b === null) return null;
  const c = a < b ? -1 : a > b ? 1 : 0;
  return { '=': c === 0, '<>': c !== 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[op] ?? null;
}

export function holds(p: PlanPredicate, row: Row): boolean | null {
  switch (p.kind) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'compare':
      return compare(p.op, scalar(p.left, row), scalar(p.right, row));
    case 'in': {
      const v = scalar(p.expr, row);
      const found = v === null ? null : p.values.some((e) => scalar(e, row) === v);
      return found === null ? null : p.negated ? !found : found;
    }
    case 'isNull':
      return (scalar(p.expr, row) === null) !== (p.negated ?? false);
    case 'contains': {
      const [v, t] = [scalar(p.expr, row), scalar(p.value, row)];
      return v === null || t === null ? null : String(v).toLowerCase().includes(String(t).toLowerCase());
    }
    case 'and': {
      const all = p.items.map((i) => holds(i, row));
      return all.includes(false) ? false : all.includes(null) ? null : true;
    }
    case 'or': {
      const any = p.items.map((i) => holds(i, row));
      return any.includes(true) ? true : any.includes(null) ? null : false;
    }
    case 'not': {
      const v = holds(p.item, row);
      return v === null ? null : !v;
    }
  }
}

function aggregate(expr: PlanExpr, rows: readonly Row[]): Scalar {
  if (expr.kind === 'arith') return arith(expr.op, aggregate(expr.left, rows), aggregate(expr.right, rows));
  if (expr.kind !== 'aggregate') return rows.length > 0 ? scalar(expr, rows[0] as Row) : null;
  const kept = expr.filter ? rows.filter((r) => holds(expr.filter as PlanPredicate, r) === true) : rows;
  if (!expr.expr) return kept.length;
  const values = kept
    .map((r) => scalar(expr.expr as PlanExpr, r))
    .filter((v): v is string | number | boolean => v !== null);
  const numbers = values.map(Number);
  switch (expr.fn) {
    case 'count':
      return values.length;
    case 'countDistinct':
      return new Set(values).size;
    case 'sum':
      return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
    case 'avg':
      return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0) / numbers.length;
    case 'min':
      return numbers.length === 0 ? null : Math.min(...numbers);
    case 'max':
      return numbers.length === 0 ? null : Math.max(...numbers);
    default:
      throw new Error(`${expr.fn} is not interpreted.`);
  }
}

/** A value as PostgreSQL's `::text` writes a scalar. */
const asText = (value: unknown): string =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

function joined(plan: QueryPlan, tables: Tables): Row[] {
  const prefix = (alias: string, row: Row): Row =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [`${alias}.${k}`, v]));
  let rows: Row[] = (tables[plan.source.table] ?? []).map((r) => prefix(plan.source.alias, r));
  for (const join of plan.joins) {
    const right = (tables[join.table] ?? []).map((r) => prefix(join.alias, r));
    rows = rows.flatMap((row) => {
      const matches = right.filter((r) =>
        join.on.every(([a, b]) => {
          const [x, y] = [{ ...row, ...r }[`${a.alias}.${a.column}`], { ...row, ...r }[`${b.alias}.${b.column}`]];
          if (x === null || x === undefined) return false;
          return join.compareAsText ? asText(x) === asText(y) : x === y;
        }),
      );
      if (matches.length > 0) return matches.map((m) => ({ ...row, ...m }));
      return join.type === 'left' ? [row] : [];
    });
  }
  return rows;
}

/** Runs a plan (without order, limit or offset) and returns its rows keyed by the select keys. */
export function runPlan(plan: QueryPlan, tables: Tables): Record<string, Scalar>[] {
  const rows = joined(plan, tables).filter((row) => plan.where.every((p) => holds(p, row) === true));
  const groupKeys = plan.select.filter((c) => plan.groupBy.includes(c.key));
  const groups = new Map<string, Row[]>();
  if (plan.groupBy.length === 0) groups.set('', rows);
  for (const row of plan.groupBy.length === 0 ? [] : rows) {
    const id = JSON.stringify(groupKeys.map((c) => scalar(c.expr, row)));
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  return [...groups.values()].map((members) =>
    Object.fromEntries(plan.select.map((c) => [c.key, aggregate(c.expr, members)])),
  );
}
