import type { JsonValue } from '@anxin/rules';
import type { FieldType, LocalizedText } from './dataset.type';
import type { ChartType } from './report.type';

/**
 * The caller's data scope as the planner needs it (built by the API from the actor). `all` sees every row of the
 * tenant; otherwise a row is visible when any listed restriction admits it, through the dataset's scope columns.
 * An empty restriction object sees nothing.
 */
export type ReportScope =
  | { readonly all: true }
  | {
      readonly all?: false;
      readonly projects?: readonly string[];
      readonly units?: readonly string[];
      readonly teams?: readonly string[];
      /** Rows assigned to, or started by, this user. */
      readonly userId?: string;
    };

/** What planning needs from the outside world: the clock (relative dates) and limits. */
export interface ReportEnv {
  readonly now: Date;
  /** Most rows a result may have; the plan asks for one more to know it was cut. */
  readonly rowCap: number;
  /** Rollups (`dataset/key`) the API has built and kept current for the tenant: only these may answer. */
  readonly readyRollups?: readonly string[];
}

/** Parameter values as the viewer sent them (validated and coerced by `planReport`). */
export type ReportParams = Readonly<Record<string, JsonValue>>;

/** A clicked cell: the dimension keys of the result row/column and their values (a bucket's first day for time). */
export type ReportCell = Readonly<Record<string, JsonValue>>;

export interface ReportColumn {
  readonly key: string;
  readonly label: string;
  readonly type: FieldType;
  /** `dimension` or `measure`. */
  readonly role: 'dimension' | 'measure';
  readonly format?: string;
  /** Measures: decimals kept (a percent's on the percentage: 1 → 41.7%). */
  readonly decimals?: number;
  /** Dimensions with a shown label (label column or dictionary): the row key holding it, `<key>__label`. */
  readonly labelKey?: string;
}

/** One row of a result: column key → value (dimension values raw; `<key>__label` holds the shown label). */
export type ReportRow = Readonly<Record<string, JsonValue>>;

export interface ShapedReport {
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  /** Rows before the row cap / top N cut. */
  readonly total: number;
  readonly truncated: boolean;
  readonly chart: ChartType;
  /**
   * For reports with column dimensions (pivots, series): one line per distinct row-dimension tuple (`rowValues`, in
   * result order), one column per distinct column-dimension tuple (`columnValues`, sorted, nulls last) and measure;
   * `cells[r][c * measureKeys.length + m]` is measure m at line r and column tuple c (null when absent).
   */
  readonly pivot?: {
    readonly rowKeys: readonly string[];
    readonly columnKeys: readonly string[];
    readonly measureKeys: readonly string[];
    readonly rowValues: readonly JsonValue[][];
    readonly columnValues: readonly JsonValue[][];
    readonly cells: readonly (readonly JsonValue[])[];
  };
  readonly fromRollup: boolean;
}

/** Labels the API looked up after the query: dictionary codes and label columns are already resolved. */
export interface LabelLookup {
  dictionaryLabel(dictionary: string, code: string): string | undefined;
}

export type Localized = (text: LocalizedText) => string;
