import { Pool } from 'pg';
import { elapsedMs, percentile, sleep } from './bench-stats';
import { migrateQueue, startQueueWorker, type QueueWorkerSettings } from './queue-worker';
import { BENCH_TAG } from './sql-counter';

export interface TimerLag {
  /** Fired by the engine's job worker (`fireTimer` steps), or by a bare runner with a trivial task. */
  readonly via: 'engine' | 'queue';
  readonly timers: number;
  readonly windowSeconds: number;
  /**
   * Timers created per second before the window, no worker running: instances started through the engine (each
   * start adds its timer's job), or `add_jobs` batches on the bare queue.
   */
  readonly scheduledPerSecond: number;
  /** Seconds between the end of scheduling and the first due time (negative: scheduling overran). */
  readonly slackSeconds: number;
  /**
   * Timers fired (their job succeeded; through the engine, the `fireTimer` step committed) by the deadline: one
   * window plus 30 s after the window ends. The lags are those of the fired ones.
   */
  readonly fired: number;
  /** From due to the worker taking the job (engine only; on the bare queue this is the fire lag). */
  readonly pickupP50Ms?: number;
  readonly pickupP99Ms?: number;
  /** From due to fired. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly settings: QueueWorkerSettings;
}

const TIMER_TASK = 'anxin-bench.timer';
const CHUNK = 10_000;

/**
 * Schedules timers `from`…`to` (1-based), due `t0 + (i-1)·spacing`, with job keys as the engine's timers have, in
 * one `graphile_worker.add_jobs` batch (the engine adds its timers one by one with `add_job` inside its steps; this
 * is only the fastest way to fill the queue).
 */
async function schedule(input: {
  pool: Pool;
  task: string;
  from: number;
  to: number;
  t0: Date;
  spacingMs: number;
}): Promise<void> {
  await input.pool.query(
    `${BENCH_TAG} select count(*) from graphile_worker.add_jobs(array(
       select row($1::text, json_build_object('i', i), null,
         $2::timestamptz + ((i - 1) * $3::float8) * interval '1 millisecond', 25, $1::text || ':' || i, null,
         null)::graphile_worker.job_spec
       from generate_series($4::int, $5::int) i))`,
    [input.task, input.t0, input.spacingMs, input.from, input.to],
  );
}

/** Seconds per scheduled timer, from a throw-away batch due tomorrow (removed again). */
async function calibrate(pool: Pool, count: number): Promise<number> {
  const start = performance.now();
  const tomorrow = new Date(Date.now() + 86_400_000);
  await schedule({ pool, task: 'anxin-bench.calibration', from: 1, to: count, t0: tomorrow, spacingMs: 1 });
  const seconds = elapsedMs(start) / 1000;
  await pool.query(
    `${BENCH_TAG} select count(graphile_worker.remove_job('anxin-bench.calibration:' || i))
       from generate_series(1, $1::int) i`,
    [count],
  );
  return seconds / count;
}

/**
 * Fire lag of `timers` timers due evenly across `windowSeconds`, on the graphile-worker queue itself: all are
 * scheduled first (with a lead long enough that none is due before scheduling ends), then a runner starts whose
 * trivial task records `now − run_at` for each job.
 */
export async function measureTimerLag(input: {
  /** An empty database of its own (graphile-worker's schema is installed). */
  readonly url: string;
  readonly timers: number;
  readonly windowSeconds: number;
  readonly settings: QueueWorkerSettings;
}): Promise<TimerLag> {
  const { url, timers, windowSeconds, settings } = input;
  await migrateQueue(url);
  const pool = new Pool({ connectionString: url, max: 2 });
  const lags: number[] = [];
  try {
    const perTimer = await calibrate(pool, Math.min(timers, 2_000));
    const t0 = new Date(Date.now() + 2_000 + 1.5 * perTimer * timers * 1000);
    const spacingMs = (windowSeconds * 1000) / timers;
    const start = performance.now();
    for (let from = 1; from <= timers; from += CHUNK) {
      await schedule({ pool, task: TIMER_TASK, from, to: Math.min(from + CHUNK - 1, timers), t0, spacingMs });
    }
    const scheduledPerSecond = timers / (elapsedMs(start) / 1000);
    // A queue that has held this many jobs for a while has been analysed by autovacuum; the fresh one has not.
    await pool.query(`${BENCH_TAG} analyze graphile_worker._private_jobs`);
    const slackSeconds = (t0.getTime() - Date.now()) / 1000;
    const runner = await startQueueWorker({
      url,
      settings,
      tasks: {
        [TIMER_TASK]: (_payload, helpers) => {
          lags.push(Date.now() - helpers.job.run_at.getTime());
          return Promise.resolve();
        },
      },
    });
    const deadline = t0.getTime() + 2 * windowSeconds * 1000 + 30_000;
    while (lags.length < timers && Date.now() < deadline) await sleep(100);
    await runner.stop();
    return {
      via: 'queue',
      timers,
      windowSeconds,
      scheduledPerSecond,
      slackSeconds,
      fired: lags.length,
      p50Ms: percentile(lags, 50),
      p99Ms: percentile(lags, 99),
      maxMs: percentile(lags, 100),
      settings,
    };
  } finally {
    await pool.end();
  }
}
