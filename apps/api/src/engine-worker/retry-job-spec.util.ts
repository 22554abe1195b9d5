import { actionJobKey, callDoneJobKey, JOB, OUTBOX_JOB_KEY, timerJobKey } from '../engine-runtime/step-plan';
import { HISTORY_RETENTION_JOB, OUTBOX_RETRY_JOB_KEY } from './job-worker.type';

/** How a job is added again when its incident is retried: the key it had (so it stays unique) and its attempts. */
export interface RetryJobSpec {
  readonly jobKey: string | null;
  readonly maxAttempts: number;
}

const DEFAULT_MAX_ATTEMPTS = 25;

/** The spec of a job as the engine added it (see step-plan.ts), from its name and payload. */
export function retryJobSpec(jobName: string, payload: object, actionMaxAttempts: number): RetryJobSpec {
  const field = (name: string): string | undefined => {
    const value = (payload as Record<string, unknown>)[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const timerId = field('timerId');
  const actionId = field('actionId');
  switch (jobName) {
    case JOB.fireTimer:
      return { jobKey: timerId ? timerJobKey(timerId) : null, maxAttempts: DEFAULT_MAX_ATTEMPTS };
    case JOB.runAction:
    case JOB.startCall:
      return { jobKey: actionId ? actionJobKey(actionId) : null, maxAttempts: actionMaxAttempts };
    case JOB.completeCall:
      return { jobKey: actionId ? callDoneJobKey(actionId) : null, maxAttempts: actionMaxAttempts };
    case JOB.deliverOutbox:
      return {
        jobKey: (payload as { retries?: unknown }).retries === true ? OUTBOX_RETRY_JOB_KEY : OUTBOX_JOB_KEY,
        maxAttempts: DEFAULT_MAX_ATTEMPTS,
      };
    case HISTORY_RETENTION_JOB:
      return { jobKey: HISTORY_RETENTION_JOB, maxAttempts: 3 };
    default:
      return { jobKey: null, maxAttempts: DEFAULT_MAX_ATTEMPTS };
  }
}
