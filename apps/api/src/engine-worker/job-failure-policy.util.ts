import { RuntimeError } from '../engine-runtime/runtime-error';
import { JobFailure } from './job-failure.error';

/** What to do with a job that threw: let graphile-worker retry it, or stop and raise an incident. */
export type FailureVerdict = 'retry' | 'incident';

/** The attempt counters graphile-worker keeps on the job (`attempts` already counts the running one). */
export interface JobAttempts {
  readonly attempts: number;
  readonly max_attempts: number;
}

/**
 * Retry what a retry may fix (a lost connection, a timeout, a revision race), until the final attempt; a failure
 * no retry can fix (a malformed payload, an unknown action, an engine refusal other than a transient one) becomes
 * an incident at once, as does anything on the final attempt.
 */
export function failureVerdict(error: unknown, job: JobAttempts): FailureVerdict {
  if (error instanceof JobFailure) return 'incident';
  if (error instanceof RuntimeError && error.category !== 'transient') return 'incident';
  return job.attempts >= job.max_attempts ? 'incident' : 'retry';
}

/**
 * An engine refusal saying the job's work is moot: the action was completed or cancelled, or the instance ended,
 * before this (possibly repeated) job got to it. The job is then done, not failed.
 */
export function isSettled(error: unknown): boolean {
  return error instanceof RuntimeError && (error.code === 'action.notFound' || error.code === 'instance.notRunning');
}

/** The text an incident keeps of an error: its name, message and stack, bounded. */
export function describeError(error: unknown, limit = 4000): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
