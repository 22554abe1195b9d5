import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineRuntime } from '../src/engine-runtime/engine-runtime.service';
import { JOB } from '../src/engine-runtime/step-plan';
import { elapsedMs, inFlight, percentile, sleep } from './bench-stats';
import { startEngineWithWorker } from './engine-with-worker';
import type { QueueWorkerSettings } from './queue-worker';
import type { TimerLag } from './timer-lag';

export const DUE_AT_TIMER_FIXTURE = path.join(__dirname, 'fixtures/due-at-timer.bpmn');
export const DUE_AT_TIMER_KEY = 'due-at-timer';
/** Instances started at once while the timers are created. */
const STARTERS = 16;

/** Starts `count` instances, the i-th waiting until `dueAt(i)`; seconds it took. */
export async function startWaiting(runtime: EngineRuntime, count: number, dueAt: (i: number) => Date): Promise<number> {
  const start = performance.now();
  await inFlight(count, STARTERS, async (i) => {
    const variables = { dueAt: dueAt(i).toISOString() };
    const outcome = await runtime.start({ processKey: DUE_AT_TIMER_KEY, initiator: 'bench', variables });
    if (outcome.status !== 'running') throw new Error(`a timer instance is ${outcome.status}, not waiting`);
  });
  return elapsedMs(start) / 1000;
}

/**
 * Fire lag through the real job worker: `timers` instances each wait on a timer, due evenly across
 * `windowSeconds`; they are all started first (each start is an engine step that adds the timer's job), with a lead
 * long enough that none is due before the last has started; then the worker starts, and each `anxin.fire-timer` job
 * is timed from its due time to its pick-up (`job:start`) and to its `fireTimer` step committed (`job:success`).
 * The calibration batches due tomorrow stay pending, like the timers of other instances would.
 */
export async function measureEngineTimerLag(input: {
  readonly url: string;
  readonly timers: number;
  readonly windowSeconds: number;
  readonly settings: QueueWorkerSettings;
}): Promise<TimerLag> {
  const { url, timers, windowSeconds, settings } = input;
  const engine = await startEngineWithWorker({ url, settings, runJobs: false });
  const { runtime, worker, definitions } = engine;
  try {
    await definitions.deploy({
      kind: 'process',
      key: DUE_AT_TIMER_KEY,
      content: readFileSync(DUE_AT_TIMER_FIXTURE, 'utf8'),
    });
    // Two batches due tomorrow: the first warms up, the second times a start; both stay pending.
    const calibration = Math.min(Math.max(Math.round(timers / 50), 50), 2_000);
    const tomorrow = new Date(Date.now() + 86_400_000);
    await startWaiting(runtime, calibration, () => tomorrow);
    const perTimer = (await startWaiting(runtime, calibration, () => tomorrow)) / calibration;
    // Starting them takes longer when the machine is busier than during the calibration: twice the estimate.
    const t0 = Date.now() + 5_000 + 2 * perTimer * timers * 1000;
    const spacingMs = (windowSeconds * 1000) / timers;
    const seconds = await startWaiting(runtime, timers, (i) => new Date(t0 + i * spacingMs));
    const slackSeconds = (t0 - Date.now()) / 1000;
    const picked: number[] = [];
    const fired: number[] = [];
    const lagOf = (job: { task_identifier: string; run_at: Date }, into: number[]) => {
      if (job.task_identifier === JOB.fireTimer) into.push(Date.now() - job.run_at.getTime());
    };
    worker.events.on('job:start', ({ job }) => lagOf(job, picked));
    worker.events.on('job:success', ({ job }) => lagOf(job, fired));
    await worker.start();
    const deadline = t0 + 2 * windowSeconds * 1000 + 30_000;
    while (fired.length < timers && Date.now() < deadline) await sleep(100);
    await worker.stop();
    return {
      via: 'engine',
      timers,
      windowSeconds,
      scheduledPerSecond: timers / seconds,
      slackSeconds,
      fired: fired.length,
      pickupP50Ms: percentile(picked, 50),
      pickupP99Ms: percentile(picked, 99),
      p50Ms: percentile(fired, 50),
      p99Ms: percentile(fired, 99),
      maxMs: percentile(fired, 100),
      settings,
    };
  } finally {
    await engine.close();
  }
}
