import { Logger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import { batchingPreset, defaultJobBatching } from '../src/engine-worker/worker-options';

/** graphile-worker's runner settings the benchmark uses (and prints). */
export interface QueueWorkerSettings {
  /** Jobs run at once (one graphile-worker `Worker`, with its own worker id, per slot). */
  readonly concurrency: number;
  /** How often an idle worker looks for due jobs, in ms (graphile-worker's default is 2 000). */
  readonly pollInterval: number;
}

const silent = new Logger(() => () => undefined);

/**
 * A bare graphile-worker runner on `url` with `tasks` (no heartbeats, no reaper), batching as the job worker does. Signals are left to the caller
 * (a benchmark, or a child process that is meant to be killed).
 */
export function startQueueWorker(input: {
  readonly url: string;
  readonly settings: QueueWorkerSettings;
  readonly tasks: TaskList;
}): Promise<Runner> {
  return run({
    connectionString: input.url,
    concurrency: input.settings.concurrency,
    pollInterval: input.settings.pollInterval,
    maxPoolSize: input.settings.concurrency + 2,
    noHandleSignals: true,
    logger: silent,
    taskList: input.tasks,
    // The job worker's batching (local queue, batched completions), so the two are compared on equal terms.
    preset: { worker: batchingPreset(defaultJobBatching(input.settings.concurrency)) },
  });
}

/** Installs graphile-worker's schema in a database of the benchmark's own that has nothing else. */
export async function migrateQueue(url: string): Promise<void> {
  await runMigrations({ connectionString: url, logger: silent });
}
