import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Pool } from 'pg';
import { JOB } from '../src/engine-runtime/step-plan';
import type { LivenessOptions } from '../src/engine-worker/worker-options';
import { inFlight, sleep } from './bench-stats';
import { startEngineWithWorker, type EngineWithWorker } from './engine-with-worker';
import { RecordingHoldAction } from './hold.action';
import { migrateQueue, startQueueWorker, type QueueWorkerSettings } from './queue-worker';
import { BENCH_TAG } from './sql-counter';

export interface ReclaimResult {
  readonly jobs: number;
  /** Jobs a live worker ran again within the window. */
  readonly reclaimed: number;
  /** Milliseconds from the kill to the last reclaimed job running again (undefined: none). */
  readonly lastMs?: number;
}

export interface LockReclaim {
  readonly windowSeconds: number;
  readonly settings: QueueWorkerSettings;
  /** graphile-worker by itself: a bare runner holds the jobs, another bare runner waits for them. */
  readonly plain: ReclaimResult;
  /** The api's job worker (heartbeats and reaper) holds service-task actions; another one waits for them. */
  readonly engine: ReclaimResult & { readonly liveness: LivenessOptions };
}

const PLAIN_TASK = 'anxin-bench.hold';
const HOLD_FIXTURE = path.join(__dirname, 'fixtures/hold-action.bpmn');
const WORKSPACE = path.join(__dirname, '../../..');

function spawnMain(file: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', './tools/register-ts.cjs', path.join(__dirname, file)], {
    cwd: WORKSPACE,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function lockedJobs(url: string, task: string): Promise<number> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ n: number }>(
      `${BENCH_TAG} select count(*)::int as n from graphile_worker.jobs
        where task_identifier = $1 and locked_at is not null`,
      [task],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await pool.end();
  }
}

async function untilLocked(url: string, task: string, jobs: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await lockedJobs(url, task)) < jobs) {
    if (Date.now() > deadline) throw new Error(`the crashing worker did not take its ${task} jobs within 60 s`);
    await sleep(100);
  }
}

async function killed(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

function resultOf(jobs: number, ranAt: readonly number[], killedAt: number): ReclaimResult {
  const last = ranAt.length > 0 ? Math.max(...ranAt) - killedAt : undefined;
  return { jobs, reclaimed: ranAt.length, ...(last === undefined ? {} : { lastMs: last }) };
}

/** `jobs` jobs queued on the bare queue of `queueUrl`. */
async function queueJobs(queueUrl: string, jobs: number): Promise<void> {
  await migrateQueue(queueUrl);
  const pool = new Pool({ connectionString: queueUrl, max: 1 });
  try {
    await pool.query(`${BENCH_TAG} select graphile_worker.add_job($1, '{}'::json) from generate_series(1, $2::int)`, [
      PLAIN_TASK,
      jobs,
    ]);
  } finally {
    await pool.end();
  }
}

/** `jobs` hold-action instances, each with its action's job queued, no worker running. */
async function engineWithHeldActions(
  url: string,
  settings: QueueWorkerSettings,
  jobs: number,
  liveness: LivenessOptions,
) {
  const engine = await startEngineWithWorker({
    url,
    settings,
    runJobs: false,
    liveness,
    providers: [RecordingHoldAction],
  });
  await engine.definitions.deploy({ kind: 'process', key: 'hold-action', content: readFileSync(HOLD_FIXTURE, 'utf8') });
  await inFlight(jobs, 4, async () => {
    await engine.runtime.start({ processKey: 'hold-action', initiator: 'bench' });
  });
  return engine;
}

/**
 * How long a crashed worker's jobs stay locked, in two cases measured in the same window: the api's job worker with
 * its heartbeats and reaper, and graphile-worker by itself (bare runners, in a database of their own, out of the
 * reaper's reach). In each, a child process takes `jobs` jobs and holds them, is SIGKILLed, and a live worker in
 * this process waits `windowSeconds` for the jobs to come back.
 */
export async function measureLockReclaim(input: {
  /** The api's database (migrated), and an empty one for graphile-worker by itself. */
  readonly url: string;
  readonly queueUrl: string;
  readonly jobs: number;
  readonly windowSeconds: number;
  readonly settings: QueueWorkerSettings;
  readonly liveness: LivenessOptions;
}): Promise<LockReclaim> {
  const { url, queueUrl, jobs, windowSeconds, settings, liveness } = input;
  await queueJobs(queueUrl, jobs);
  let engine: EngineWithWorker | undefined;
  const children: ChildProcess[] = [];
  try {
    engine = await engineWithHeldActions(url, settings, jobs, liveness);
    const common = { CONCURRENCY: String(jobs), POLL_INTERVAL: String(settings.pollInterval) };
    children.push(spawnMain('lock-holder.main.ts', { ...common, DATABASE_URL: queueUrl, HOLD_TASK: PLAIN_TASK }));
    children.push(
      spawnMain('engine-worker-holder.main.ts', {
        ...common,
        DATABASE_URL: url,
        HEARTBEAT_MS: String(liveness.heartbeatIntervalMs),
        STALE_MS: String(liveness.staleAfterMs),
      }),
    );
    await Promise.all([untilLocked(queueUrl, PLAIN_TASK, jobs), untilLocked(url, JOB.runAction, jobs)]);
    await Promise.all(children.map(killed));
    const killedAt = Date.now();
    const plainRanAt: number[] = [];
    const plainRunner = await startQueueWorker({
      url: queueUrl,
      settings,
      tasks: {
        [PLAIN_TASK]: () => {
          plainRanAt.push(Date.now());
          return Promise.resolve();
        },
      },
    });
    await engine.worker.start();
    await sleep(windowSeconds * 1000);
    await plainRunner.stop();
    await engine.worker.stop();
    const engineRanAt = engine.moduleRef.get(RecordingHoldAction).ranAt;
    return {
      windowSeconds,
      settings,
      plain: resultOf(jobs, plainRanAt, killedAt),
      engine: { ...resultOf(jobs, engineRanAt, killedAt), liveness },
    };
  } finally {
    await Promise.all(children.map(killed));
    await engine?.close();
  }
}
