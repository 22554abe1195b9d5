import type { AppConfig } from '../config/app-config';

/** How the job worker runs; built from the app configuration, or by tests with short intervals. */
export interface WorkerOptions {
  /** The app's database: graphile-worker's schema lives in it, beside ours. */
  readonly databaseUrl: string;
  /** Run the graphile-worker runner in this process (`ROLE=worker|all`); `api` only adds jobs and reads incidents. */
  readonly runJobs: boolean;
  /** Jobs run at once by this process (`WORKER_CONCURRENCY`). */
  readonly concurrency: number;
  /**
   * How often an idle worker looks for jobs that became due. New jobs arrive through LISTEN/NOTIFY at once, but a
   * timer's job exists before it is due, so this bounds how late a timer fires.
   */
  readonly pollIntervalMs: number;
  /**
   * Run the crontab (graphile-worker): the daily history retention job, and the outbox sweep every minute (which
   * delivers what a crashed process committed but did not get to wake, see `OutboxWake`).
   */
  readonly scheduleCrontab: boolean;
  /** History of ended instances is kept this long (`HISTORY_RETENTION_DAYS`). */
  readonly historyRetentionDays: number;
  /** Idempotency records (`command_request`) are kept this long. */
  readonly commandRequestRetentionDays: number;
  readonly outbox: OutboxOptions;
  /** Heartbeats of this runner's workers, and the reaping of crashed ones (`WorkerLiveness`). */
  readonly liveness: LivenessOptions;
  readonly batching: JobBatchingOptions;
}

/**
 * graphile-worker 0.17's batching (ADR 0008): without it every job costs a fetch transaction and a completion
 * transaction of its own, and that, not the jobs, capped how many timers a runner fires per second.
 */
export interface JobBatchingOptions {
  /**
   * Due jobs one fetch locks and hands to this runner's workers (`localQueue.size`; 0: one fetch per job). A
   * runner holds at most this many jobs it has not started; they return to the queue when it stops, or to the
   * others through the reaper when it dies.
   */
  readonly localQueueSize: number;
  /** Completions (and failures) gathered this long into one statement (`completeJobBatchDelay`; -1: one each). */
  readonly completeBatchDelayMs: number;
}

/** Four jobs per worker slot fetched at once; completions of the same tick written together. */
export function defaultJobBatching(concurrency: number): JobBatchingOptions {
  return { localQueueSize: 4 * concurrency, completeBatchDelayMs: 0 };
}

export interface LivenessOptions {
  /** How often a runner refreshes its heartbeats and looks for dead workers. */
  readonly heartbeatIntervalMs: number;
  /** A worker silent this long is dead: its locked jobs are unlocked for the others. */
  readonly staleAfterMs: number;
}

/** A crashed worker's jobs run again within about 18 s (stale after 15 s, checked every 3 s). */
export const DEFAULT_LIVENESS_OPTIONS: LivenessOptions = { heartbeatIntervalMs: 3_000, staleAfterMs: 15_000 };

export interface OutboxOptions {
  /** Rows claimed (and locked) per transaction. */
  readonly batchSize: number;
  /** Delivery attempts before a message is marked failed. */
  readonly maxAttempts: number;
  /** Delay before the first redelivery; doubles with each further attempt, up to `maxRetryDelayMs`. */
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
}

export const WORKER_OPTIONS = Symbol('WORKER_OPTIONS');

export const DEFAULT_OUTBOX_OPTIONS: OutboxOptions = {
  batchSize: 50,
  maxAttempts: 5,
  retryDelayMs: 5_000,
  maxRetryDelayMs: 10 * 60_000,
};

/** The worker options of the running app: the runner only where the role runs jobs. */
export function workerOptionsFrom(config: AppConfig, databaseUrl: string): WorkerOptions {
  return {
    databaseUrl,
    runJobs: config.role !== 'api',
    concurrency: config.workerConcurrency,
    pollIntervalMs: 500,
    scheduleCrontab: true,
    historyRetentionDays: config.historyRetentionDays,
    commandRequestRetentionDays: 7,
    outbox: DEFAULT_OUTBOX_OPTIONS,
    liveness: DEFAULT_LIVENESS_OPTIONS,
    batching: defaultJobBatching(config.workerConcurrency),
  };
}

/** The batching options as graphile-worker's preset spells them. */
export function batchingPreset(batching: JobBatchingOptions) {
  return {
    ...(batching.localQueueSize > 0 ? { localQueue: { size: batching.localQueueSize } } : {}),
    completeJobBatchDelay: batching.completeBatchDelayMs,
    failJobBatchDelay: batching.completeBatchDelayMs,
  };
}
