import type { FieldType, TimeBucket } from './dataset.type';

/**
 * What the planner hands to the API: a SELECT in a closed vocabulary. Identifiers come only from the dataset
 * (checked against the catalog), values only from `value` nodes (bound parameters). The API adds nothing but the
 * tenant (row-level security) and compiles node by node; it never concatenates text from a definition or a viewer.
 */
export interface QueryPlan {
  readonly source: PlanRelation;
  readonly joins: readonly PlanJoin[];
  readonly select: readonly PlanColumn[];
  /** ANDed; includes the caller's scope and the report's and cell's filters. */
  readonly where: readonly PlanPredicate[];
  /** Keys of `select` entries grouped by (empty: no GROUP BY). */
  readonly groupBy: readonly string[];
  readonly orderBy: readonly { readonly key: string; readonly direction: 'asc' | 'desc' }[];
  readonly limit?: number;
  readonly offset?: number;
  /** Set when the plan reads a rollup instead of the dataset's rows. */
  readonly rollup?: { readonly dataset: string; readonly key: string };
}

export interface PlanRelation {
  readonly table: string;
  readonly alias: string;
}

export interface PlanJoin extends PlanRelation {
  readonly type: 'left' | 'inner';
  readonly on: readonly (readonly [PlanColumnRef, PlanColumnRef])[];
}

export interface PlanColumnRef {
  readonly alias: string;
  readonly column: string;
}

/** A result column: `key` is its SQL alias and the key of the row objects the API returns. */
export interface PlanColumn {
  readonly key: string;
  readonly expr: PlanExpr;
  readonly type: FieldType;
}

export type PlanExpr =
  | { readonly kind: 'column'; readonly ref: PlanColumnRef }
  /** One element (1-based) of an array column, cast to `type` (rollup dimensions are stored as text[]). */
  | { readonly kind: 'element'; readonly ref: PlanColumnRef; readonly index: number; readonly type: FieldType }
  /** A bound parameter; `type` picks the cast (`id` → uuid, `datetime` → timestamptz, `date` → date). */
  | { readonly kind: 'value'; readonly value: string | number | boolean | null; readonly type: FieldType }
  /**
   * `date_trunc(unit, expr at time zone tz)::date`: the bucket's first day. Without `timeZone` the expression is
   * already a local date (a rollup's day).
   */
  | { readonly kind: 'bucket'; readonly unit: TimeBucket; readonly expr: PlanExpr; readonly timeZone?: string }
  | {
      readonly kind: 'aggregate';
      readonly fn: PlanAggregate;
      /** Absent for `count` (rows). */
      readonly expr?: PlanExpr;
      /** `FILTER (WHERE …)`. */
      readonly filter?: PlanPredicate;
    }
  /**
   * Arithmetic; `/` yields null on a zero divisor. Both sides numeric, and `/` is exact division: counts are bigint,
   * so the compiler casts to numeric (or double precision) — a share is `count(filter) / count(*)`, never 0 or 1.
   */
  | { readonly kind: 'arith'; readonly op: '+' | '-' | '*' | '/'; readonly left: PlanExpr; readonly right: PlanExpr }
  /** Hours between two timestamps; `workingHours` in the calendar's working time (SQL function from the API). */
  | {
      readonly kind: 'duration';
      readonly unit: 'hours' | 'workingHours';
      readonly from: PlanExpr;
      readonly to: PlanExpr;
      readonly calendar?: string;
    };

export type PlanAggregate = 'count' | 'countDistinct' | 'sum' | 'avg' | 'min' | 'max' | 'median' | 'p90';

export type PlanPredicate =
  | {
      readonly kind: 'compare';
      readonly op: '=' | '<>' | '<' | '<=' | '>' | '>=';
      readonly left: PlanExpr;
      readonly right: PlanExpr;
    }
  | { readonly kind: 'in'; readonly expr: PlanExpr; readonly values: readonly PlanExpr[]; readonly negated?: boolean }
  | { readonly kind: 'isNull'; readonly expr: PlanExpr; readonly negated?: boolean }
  /** Case-insensitive substring match; `%`, `_` and `\` in the value are matched literally. */
  | { readonly kind: 'contains'; readonly expr: PlanExpr; readonly value: PlanExpr }
  | { readonly kind: 'and' | 'or'; readonly items: readonly PlanPredicate[] }
  | { readonly kind: 'not'; readonly item: PlanPredicate }
  | { readonly kind: 'true' }
  | { readonly kind: 'false' };
