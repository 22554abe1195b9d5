/** One finding about a dataset, report or dashboard; `path` is a JSON Pointer into the definition. */
export interface ReportProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}
