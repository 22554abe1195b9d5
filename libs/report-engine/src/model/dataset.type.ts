import type { JsonLogicRule } from '@anxin/rules';

/** A label in Chinese, optionally English: `"工单数"` or `{ "zh-CN": "工单数", "en": "Tickets" }`. */
export type LocalizedText = string | { readonly 'zh-CN': string; readonly en?: string };

/** `alias.column` of the dataset's source or one of its joins, e.g. `t.created_at`, `u.unit_type`. */
export type ColumnRef = string;

/** The value types of fields, measures and result columns. */
export type FieldType = 'text' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime' | 'id';

/** Time buckets; weeks start on Monday, buckets are taken in the dataset's time zone. */
export type TimeBucket = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const TIME_BUCKETS: readonly TimeBucket[] = ['day', 'week', 'month', 'quarter', 'year'];

export interface DatasetJoin {
  readonly alias: string;
  readonly table: string;
  /** `left` keeps source rows without a match (the default). */
  readonly type?: 'left' | 'inner';
  /** Column pairs that must be equal: `[["t.unit_id", "u.id"]]`. */
  readonly on: readonly (readonly [ColumnRef, ColumnRef])[];
  /**
   * Compare the pairs as text: for a text column holding ids (a user id kept as text in the read model) joined to an
   * id column. Without it the two sides must have the same type.
   */
  readonly compareAsText?: boolean;
  /**
   * At most one joined row matches each row (many-to-one: a ticket's project, its team within the company). Plans
   * leave such a left join out when they read nothing from it.
   */
  readonly toOne?: boolean;
}

/**
 * A logical field: what report designers pick. `dimension`s group, `time` fields group by bucket and take relative
 * date filters, `attribute`s only filter (and show in drill-downs).
 */
export interface DatasetField {
  readonly key: string;
  readonly label: LocalizedText;
  readonly type: FieldType;
  readonly column: ColumnRef;
  readonly role: 'dimension' | 'time' | 'attribute';
  /** A column shown instead of the value (a project's name for its id); grouping still uses `column`. */
  readonly labelColumn?: ColumnRef;
  /** Codes are shown with this dictionary's labels (resolved after the query). */
  readonly dictionary?: string;
}

/** Aggregations a measure can use. `share` = rows matching `filter` ÷ all rows; `formula` combines measures. */
export type MeasureAggregate =
  'count' | 'countDistinct' | 'sum' | 'avg' | 'min' | 'max' | 'median' | 'p90' | 'share' | 'formula';

export type MeasureFormat = 'integer' | 'decimal' | 'percent' | 'currency' | 'hours';

/** The time between two time fields of a row, in clock hours or in the working hours of a calendar. */
export interface DurationValue {
  readonly from: string;
  readonly to: string;
  readonly unit: 'hours' | 'workingHours';
  /** The CALENDAR definition for `workingHours` (default: the dataset's). */
  readonly calendar?: string;
}

export interface DatasetMeasure {
  readonly key: string;
  readonly label: LocalizedText;
  readonly aggregate: MeasureAggregate;
  /** The field aggregated (not for `count`, `share`, `formula`; not with `duration`). */
  readonly field?: string;
  /** Aggregate a duration instead of a field (sum, avg, min, max, median, p90). */
  readonly duration?: DurationValue;
  /** Only rows matching this filter count (for `share`: the numerator). Same language as report filters. */
  readonly filter?: JsonLogicRule;
  /** For `formula`: arithmetic (`+ - * /`) over `{ "measure": key }` and numbers. Division by zero is null. */
  readonly formula?: JsonLogicRule;
  readonly format?: MeasureFormat;
  /** Number of decimals shown (default by format). */
  readonly decimals?: number;
}

/** A drill path: each level a dimension field, coarse to fine (project → building → unit). */
export interface DatasetHierarchy {
  readonly key: string;
  readonly label: LocalizedText;
  readonly levels: readonly string[];
}

/**
 * A pre-aggregated grain kept up to date by the worker: counts, sums, minima and maxima of `measures` per day of
 * `timeField` and per value of each dimension. Queries whose dimensions, filters and scope it covers are answered
 * from it; percentiles and distinct counts never are.
 */
export interface DatasetRollup {
  readonly key: string;
  readonly dimensions: readonly string[];
  readonly timeField: string;
  readonly measures: readonly string[];
}

/**
 * How a caller's data scope applies to the dataset's rows: each scope kind names the column it restricts. A row is
 * visible when ANY applicable restriction admits it (as for tickets in the API). `project` is required.
 */
export interface DatasetScope {
  readonly project: ColumnRef;
  readonly unit?: ColumnRef;
  readonly team?: ColumnRef;
  readonly assignee?: ColumnRef;
  readonly initiator?: ColumnRef;
}

export interface Dataset {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description?: string;
  readonly source: { readonly table: string; readonly alias: string };
  readonly joins?: readonly DatasetJoin[];
  readonly scope: DatasetScope;
  /** The column identifying the ticket (process instance id) of a row: what a drill-down lists. */
  readonly drillKey: ColumnRef;
  /** Time zone of buckets and relative dates (default Asia/Shanghai). */
  readonly timeZone?: string;
  /** Default CALENDAR for working-hour durations. */
  readonly calendar?: string;
  readonly fields: readonly DatasetField[];
  readonly measures: readonly DatasetMeasure[];
  readonly hierarchies?: readonly DatasetHierarchy[];
  readonly rollups?: readonly DatasetRollup[];
  /**
   * When a source row last changed (required with rollups): the worker recomputes the rollup days of rows changed
   * since its last run. A rollup's `timeField` must not change after the row is written (a creation time).
   */
  readonly updatedAt?: ColumnRef;
}

/**
 * What the database offers to datasets, given by the API: the reportable tables (an allow-list, sensitive columns
 * left out) and each column's type. A dataset naming anything else is invalid.
 */
export interface ReportCatalog {
  readonly tables: Readonly<Record<string, Readonly<Record<string, FieldType>>>>;
}
