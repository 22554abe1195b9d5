import type { JobHelpers } from 'graphile-worker';

/** One kind of job the engine worker runs: graphile-worker calls `run` with the job's payload. */
export interface JobWorker {
  /** The graphile-worker task identifier, e.g. `anxin.fire-timer`. */
  readonly identifier: string;
  /**
   * Does the job. Resolving completes it; throwing lets the failure policy decide: retry with graphile-worker's
   * backoff, or (on the final attempt, or for a failure no retry can fix) an incident.
   */
  run(payload: unknown, helpers: JobHelpers): Promise<void>;
}

/** Every {@link JobWorker} the runner serves. */
export const JOB_WORKERS = Symbol('JOB_WORKERS');

/** The daily retention job (a graphile-worker crontab item); the engine's own jobs are in step-plan.ts. */
export const HISTORY_RETENTION_JOB = 'anxin.history-retention';

/** The delayed outbox run that retries failed deliveries (ordinary runs use the engine's `outbox` key). */
export const OUTBOX_RETRY_JOB_KEY = 'outbox-retry';
