/**
 * A job that can never succeed as it is (a malformed payload, an action nobody handles): no retry is attempted, an
 * incident is raised at once. Any other error is retried with graphile-worker's backoff.
 */
export class JobFailure extends Error {
  override readonly name = 'JobFailure';

  private constructor(
    readonly code: 'job.malformedPayload' | 'action.unknown',
    message: string,
  ) {
    super(message);
  }

  static malformedPayload(identifier: string, problem: string): JobFailure {
    return new JobFailure('job.malformedPayload', `${identifier}: malformed payload (${problem})`);
  }

  static unknownAction(action: string): JobFailure {
    return new JobFailure('action.unknown', `no action handler is registered for "${action}"`);
  }
}
