import type { JsonLogicRule, JsonPrimitive, JsonValue } from '../json/json-value.type';

/**
 * How matching rows make a result (DMN): `UNIQUE` at most one row may match; `FIRST` the first matching row in
 * table order; `PRIORITY` the matching row whose outputs rank highest in the outputs' `priorities`; `COLLECT` all
 * matching rows, or one number when `aggregation` is set.
 */
export type HitPolicy = 'UNIQUE' | 'FIRST' | 'PRIORITY' | 'COLLECT';

/** Aggregations of `COLLECT` (DMN C+, C<, C>, C#): over the single output of the matching rows. */
export type CollectAggregation = 'SUM' | 'MIN' | 'MAX' | 'COUNT';

/** Type of an input column; `date` values are ISO 8601 strings (or epoch milliseconds) compared as instants. */
export type TableValueType = 'string' | 'number' | 'boolean' | 'date';

/** A literal in an input entry: equality with the input value. */
export type EntryLiteral = string | number | boolean;

/** Bounds of a range entry; at most one lower (`gt`/`gte`) and one upper (`lt`/`lte`) bound. */
export interface RangeBounds {
  readonly gt?: number | string;
  readonly gte?: number | string;
  readonly lt?: number | string;
  readonly lte?: number | string;
}

/**
 * One cell of a row. A literal (`"漏水"`, `3`, `true`) tests equality; `{ oneOf }` membership; `{ range }` numeric or
 * date bounds; `{ not }` negates another entry; `{ test }` is a JSONLogic condition over `{ value, inputs }`.
 * An input absent from a row's `when` matches anything (DMN's `-`).
 */
export type InputEntry =
  | EntryLiteral
  | { readonly oneOf: readonly EntryLiteral[] }
  | { readonly range: RangeBounds }
  | { readonly not: InputEntry }
  | { readonly test: JsonLogicRule };

/** A named input: a JSONLogic expression over the data, typed. */
export interface DecisionTableInput {
  readonly id: string;
  readonly label?: string;
  readonly description?: string;
  readonly expression: JsonLogicRule;
  readonly type: TableValueType;
  /** The closed list of values the input can take, when it has one (enables coverage checks on strings). */
  readonly values?: readonly EntryLiteral[];
}

/** A named output; `priorities` (highest first) ranks rows under `PRIORITY`. */
export interface DecisionTableOutput {
  readonly id: string;
  readonly label?: string;
  readonly description?: string;
  readonly type?: TableValueType;
  readonly priorities?: readonly JsonPrimitive[];
}

/** A row: input entries by input id, outputs by output id. */
export interface DecisionTableRule {
  readonly id: string;
  readonly description?: string;
  readonly when?: Readonly<Record<string, InputEntry>>;
  readonly then: Readonly<Record<string, JsonValue>>;
}

/** A decision table definition (`definitions/rules/<key>.decision-table.json`). */
export interface DecisionTable {
  readonly key: string;
  readonly name?: string;
  readonly description?: string;
  readonly hitPolicy: HitPolicy;
  readonly aggregation?: CollectAggregation;
  /** Declares that every combination of input values matches some row; `checkTable` verifies it. */
  readonly complete?: boolean;
  readonly inputs: readonly DecisionTableInput[];
  readonly outputs: readonly DecisionTableOutput[];
  readonly rules: readonly DecisionTableRule[];
}

/** The outputs of one row, by output id. */
export type TableOutputs = Readonly<Record<string, JsonValue>>;

/** What the hit policy made of the matching rows. */
export type TableDecision =
  | { readonly kind: 'single'; readonly output: TableOutputs | null }
  | { readonly kind: 'list'; readonly outputs: readonly TableOutputs[] }
  | { readonly kind: 'aggregate'; readonly aggregation: CollectAggregation; readonly value: number | null };

/** A successful evaluation, with everything needed to explain it ("why did this ticket go to team B?"). */
export interface TableEvaluation {
  readonly ok: true;
  readonly decision: TableDecision;
  /** The evaluated input values, by input id. */
  readonly inputs: Readonly<Record<string, JsonValue>>;
  /** Every row whose entries all matched, in table order. */
  readonly matchedRuleIds: readonly string[];
  /** The rows the result comes from (one for UNIQUE/FIRST/PRIORITY, all matches for COLLECT). */
  readonly appliedRuleIds: readonly string[];
}
