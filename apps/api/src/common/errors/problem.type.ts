/** One finding about a definition or a submission, as clients receive it in `extensions.problems`. */
export interface Problem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly severity?: 'error' | 'warning' | 'info';
  /** The BPMN element a process definition's problem is about. */
  readonly elementId?: string;
}
