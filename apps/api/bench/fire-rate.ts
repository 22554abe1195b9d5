import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { JOB } from '../src/engine-runtime/step-plan';
import { elapsedMs, sleep } from './bench-stats';
import { startEngineWithWorker } from './engine-with-worker';
import { startWaiting, DUE_AT_TIMER_FIXTURE, DUE_AT_TIMER_KEY } from './engine-timer-lag';
import { migrateQueue, startQueueWorker, type QueueWorkerSettings } from './queue-worker';
import { BENCH_TAG } from './sql-counter';

export interface FireRate {
  readonly via: 'engine' | 'queue';
  readonly timers: number;
  /** Timers fired per second with every one of them overdue: the most the worker can carry. */
  readonly perSecond: number;
  readonly settings: QueueWorkerSettings;
}

/** Waits until `fired()` reaches `count` (or a minute without progress); the fires per second since `start`. */
async function rateUntil(count: number, fired: () => number, start: number): Promise<number> {
  let last = 0;
  let lastChange = performance.now();
  while (fired() < count && performance.now() - lastChange < 60_000) {
    await sleep(20);
    if (fired() !== last) [last, lastChange] = [fired(), performance.now()];
  }
  return fired() / (elapsedMs(start) / 1000);
}

/**
 * The job worker's maximum sustained fire rate: `timers` instances wait on timers that are all overdue when the
 * worker starts, so it is never idle; fires (committed `fireTimer` steps) per second until the last.
 */
export async function measureEngineFireRate(input: {
  readonly url: string;
  readonly timers: number;
  readonly settings: QueueWorkerSettings;
}): Promise<FireRate> {
  const engine = await startEngineWithWorker({ url: input.url, settings: input.settings, runJobs: false });
  try {
    const content = readFileSync(DUE_AT_TIMER_FIXTURE, 'utf8');
    await engine.definitions.deploy({ kind: 'process', key: DUE_AT_TIMER_KEY, content });
    const due = new Date(Date.now() + 1_000);
    await startWaiting(engine.runtime, input.timers, () => due);
    await sleep(Math.max(0, due.getTime() - Date.now()));
    let fired = 0;
    engine.worker.events.on('job:success', ({ job }) => {
      if (job.task_identifier === JOB.fireTimer) fired += 1;
    });
    const start = performance.now();
    await engine.worker.start();
    const perSecond = await rateUntil(input.timers, () => fired, start);
    await engine.worker.stop();
    return { via: 'engine', timers: input.timers, perSecond, settings: input.settings };
  } finally {
    await engine.close();
  }
}

/** The same on the bare graphile-worker queue: `timers` overdue jobs, a trivial task. */
export async function measureQueueFireRate(input: {
  readonly url: string;
  readonly timers: number;
  readonly settings: QueueWorkerSettings;
}): Promise<FireRate> {
  await migrateQueue(input.url);
  const pool = new Pool({ connectionString: input.url, max: 1 });
  try {
    await pool.query(
      `${BENCH_TAG} select count(*) from graphile_worker.add_jobs(array(
         select row('anxin-bench.rate', '{}'::json, null, now(), 25, 'rate:' || i, null, null)::graphile_worker.job_spec
         from generate_series(1, $1::int) i))`,
      [input.timers],
    );
    await pool.query(`${BENCH_TAG} analyze graphile_worker._private_jobs`);
    let fired = 0;
    const start = performance.now();
    const runner = await startQueueWorker({
      url: input.url,
      settings: input.settings,
      tasks: { 'anxin-bench.rate': () => void (fired += 1) },
    });
    const perSecond = await rateUntil(input.timers, () => fired, start);
    await runner.stop();
    return { via: 'queue', timers: input.timers, perSecond, settings: input.settings };
  } finally {
    await pool.end();
  }
}
