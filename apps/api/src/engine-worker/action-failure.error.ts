/**
 * A business failure of a service task's action, with a BPMN error code: the instance handles it (the matching
 * error boundary, else the instance fails). It is never retried. Throw anything else for a technical failure,
 * which graphile-worker retries.
 */
export class ActionFailure extends Error {
  override readonly name = 'ActionFailure';

  constructor(
    /** The BPMN `errorCode` an error boundary may catch. */
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}
