/** Stable codes of report problems: what the designer and the API map to messages. */
export const REPORT_PROBLEM_CODES = [
  // shape
  'INVALID_PROPERTY',
  'MISSING_PROPERTY',
  'UNKNOWN_PROPERTY',
  'DUPLICATE_KEY',
  // datasets
  'UNKNOWN_TABLE',
  'UNKNOWN_ALIAS',
  'DUPLICATE_ALIAS',
  'UNKNOWN_COLUMN',
  'COLUMN_TYPE_MISMATCH',
  'JOIN_NOT_LINKED',
  'UNKNOWN_FIELD',
  'UNKNOWN_MEASURE',
  'MEASURE_FIELD_TYPE',
  'MEASURE_NEEDS_FIELD',
  'MEASURE_NEEDS_FILTER',
  'MEASURE_NEEDS_FORMULA',
  'INVALID_FORMULA',
  'FORMULA_CYCLE',
  'NOT_A_DIMENSION',
  'NOT_A_TIME_FIELD',
  'NOT_COMPOSABLE',
  'MISSING_UPDATED_AT',
  'UNKNOWN_CALENDAR',
  'UNKNOWN_DICTIONARY',
  'UNKNOWN_TIME_ZONE',
  // filters and parameters
  'UNSUPPORTED_FILTER',
  'INVALID_VALUE',
  'UNKNOWN_PARAMETER',
  'PARAMETER_TYPE_MISMATCH',
  'REQUIRED_PARAMETER',
  'INVALID_PARAMETER',
  // reports and dashboards
  'BUCKET_REQUIRED',
  'BUCKET_NOT_ALLOWED',
  'DATASET_MISMATCH',
  'UNKNOWN_SORT_KEY',
  'PIVOT_NEEDS_COLUMNS',
  'UNKNOWN_HIERARCHY',
  'INVALID_CRON',
  'NO_RECIPIENTS',
  'UNKNOWN_REPORT',
  'LAYOUT_OUT_OF_GRID',
  'WIDGETS_OVERLAP',
  'UNUSED_PARAMETER',
  // planning
  'INVALID_CELL',
  'UNKNOWN_CELL_KEY',
  'INVALID_PAGE',
  'NOT_DRILLABLE',
] as const;

export type ReportProblemCode = (typeof REPORT_PROBLEM_CODES)[number];

/** One finding about a dataset, report or dashboard; `path` is a JSON Pointer into the definition. */
export interface ReportProblem {
  readonly code: ReportProblemCode;
  /**
   * A JSON Pointer (RFC 6901) into the checked definition (`/measures/2/field`); for viewer input, `params.<key>`
   * (a parameter value) or `cell.<key>` (a clicked cell's value).
   */
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}
