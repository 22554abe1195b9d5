import type { FieldType, LocalizedText, MeasureFormat } from '../model/dataset.type';
import type { QueryPlan } from '../model/query-plan.type';
import type { ChartType } from '../model/report.type';

/** What shaping needs to know of a result column. */
export interface PlannedColumn {
  readonly key: string;
  readonly label: LocalizedText;
  readonly type: FieldType;
  /** `label`: the shown value of a dimension (`<key>__label`), from a label column or a dictionary. */
  readonly role: 'dimension' | 'measure' | 'label';
  /** Dimensions: `row` (report dimensions) or `column` (pivot columns / series). */
  readonly axis?: 'row' | 'column';
  /** Dimensions: the key of the column holding their label, when they have one. */
  readonly labelKey?: string;
  /** Dimensions: codes shown with this dictionary's labels. */
  readonly dictionary?: string;
  /** Measures: how values are shown and how many decimals they keep. */
  readonly format?: MeasureFormat;
  readonly decimals?: number;
}

/**
 * A planned report: the query, how to count its full result, and what shaping needs.
 *
 * `total` (rows before the cap or top N) is the number of rows `countPlan` returns: the API runs
 * `SELECT count(*) FROM (<countPlan>) q`. The count plan has the same joins, where and grouping, selects only the
 * grouped columns (a single count when nothing is grouped: one row), and has no order or limit.
 */
export interface PlannedReport {
  readonly plan: QueryPlan;
  readonly countPlan: QueryPlan;
  readonly columns: readonly PlannedColumn[];
  readonly chart: ChartType;
  /** Most rows shown; `plan.limit` is at most one more, to know the result was cut. */
  readonly rowCap: number;
  readonly fromRollup: boolean;
}
