// The durable engine on PostgreSQL: repair-like lifecycles through the engine runtime at several concurrencies,
// against bpmn-engine in memory and against the database's own limit; timer fire lag on graphile-worker; how long a
// crashed worker's jobs stay locked. Writes the "Engine (durable)" results of docs/benchmarks.md.
// Run: npm run bench:engine [-- --smoke]
//   [-- --only=lifecycles,limit,timers,reclaim --lifecycles=300 --timers=1000000 --engine-timers=100000 --timer-window=60 --reclaim-window=35 --no-docs]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { writeBenchmarkResults } from '@anxin/process-engine/bench';
import { DEFAULT_LIVENESS_OPTIONS } from '../src/engine-worker/worker-options';
import { startBenchDatabase, machineLine, type BenchDatabase } from './bench-database';
import { measureBpmnEngine } from './bpmn-engine-rate';
import { measureDatabaseLimit, type DatabaseLimit } from './database-limit';
import { startDurableEngine } from './durable-engine';
import { measureEngineTimerLag } from './engine-timer-lag';
import { measureEngineFireRate, measureQueueFireRate, type FireRate } from './fire-rate';
import { engineReportMarkdown, type EngineReport } from './engine-report';
import { runLifecycles, type LifecycleLevel } from './lifecycle-load';
import { measureLockReclaim, type LockReclaim } from './lock-reclaim';
import { SqlCounter } from './sql-counter';
import { measureTimerLag, type TimerLag } from './timer-lag';

const DOC = path.join(__dirname, '../../../docs/benchmarks.md');
const SECTION = { id: 'engine', heading: 'Engine (durable)', script: 'bench:engine' };

function options() {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      lifecycles: { type: 'string' },
      concurrency: { type: 'string', default: '1,4,16' },
      timers: { type: 'string' },
      'engine-timers': { type: 'string' },
      'timer-window': { type: 'string' },
      'reclaim-window': { type: 'string' },
      'poll-interval': { type: 'string', default: '500' },
      'worker-concurrency': { type: 'string', default: '4' },
      'no-docs': { type: 'boolean', default: false },
      // Runs only these parts (comma-separated: lifecycles,limit,timers,reclaim) and writes no docs: for profiling.
      only: { type: 'string' },
    },
  });
  const smoke = values.smoke;
  const pick = (value: string | undefined, full: number, tiny: number) => Number(value ?? (smoke ? tiny : full));
  return {
    smoke,
    lifecycles: pick(values.lifecycles, 300, 16),
    concurrency: values.concurrency.split(',').map(Number),
    bpmnEngine: smoke ? { rounds: 1, perRound: 10 } : { rounds: 3, perRound: 200 },
    limitSeconds: smoke ? 0.3 : 6,
    // On the bare queue (its scale); through the engine, as many as its steps can create and fire in the budget.
    timers: pick(values.timers, 100_000, 200),
    engineTimers: pick(values['engine-timers'], 10_000, 100),
    // Fixed by the flag (or in smoke mode); else derived from the measured fire rate (see `windowFor`).
    timerWindow: values['timer-window'] ? Number(values['timer-window']) : smoke ? 2 : undefined,
    // Overdue timers for the maximum fire rate: enough for a few seconds of firing.
    // Enough for several seconds at full speed: the local queue makes the first second faster than the rest.
    rateTimers: smoke ? { engine: 50, queue: 200 } : { engine: 10_000, queue: 100_000 },
    reclaimWindow: pick(values['reclaim-window'], 35, 4),
    // The job worker's own defaults: WORKER_CONCURRENCY=4, a 500 ms poll (apps/api/src/engine-worker).
    worker: { concurrency: Number(values['worker-concurrency']), pollInterval: Number(values['poll-interval']) },
    // The job worker's own liveness in a full run; short enough for a few seconds' window in smoke mode.
    liveness: smoke ? { heartbeatIntervalMs: 200, staleAfterMs: 1_000 } : DEFAULT_LIVENESS_OPTIONS,
    parts: new Set((values.only ?? 'lifecycles,limit,timers,reclaim').split(',')),
    writeDocs: !smoke && !values['no-docs'] && values.only === undefined,
  };
}

type Options = ReturnType<typeof options>;

const progress = (line: string) => process.stderr.write(`${line}\n`);

async function lifecycleLevels(db: BenchDatabase, opts: Options): Promise<LifecycleLevel[]> {
  const engine = await startDurableEngine(db.url);
  // The inbox reads' pool, set up as the runtime's step pool is: a custom plan for one or two ids looks cheaper than
  // the generic one, so without this PostgreSQL re-plans the prepared read on every call.
  const pool = new Pool({
    connectionString: db.url,
    max: Math.max(...opts.concurrency),
    options: '-c plan_cache_mode=force_generic_plan',
  });
  try {
    const counter = new SqlCounter(pool, db.settings.statStatements);
    const warmUp = Math.min(opts.lifecycles, 40);
    const dbCpuMs = () => db.cpuMs();
    await runLifecycles({ engine, counter, concurrency: 4, lifecycles: warmUp, firstTicket: 0, dbCpuMs });
    const levels: LifecycleLevel[] = [];
    let firstTicket = warmUp + (warmUp % 2);
    for (const concurrency of opts.concurrency) {
      const level = await runLifecycles({
        engine,
        counter,
        concurrency,
        lifecycles: opts.lifecycles,
        firstTicket,
        dbCpuMs,
      });
      levels.push(level);
      progress(`durable lifecycles, ${concurrency} in flight: done`);
      firstTicket += opts.lifecycles + (opts.lifecycles % 2);
    }
    return levels;
  } finally {
    await pool.end();
    await engine.close();
  }
}

async function databaseLimits(db: BenchDatabase, opts: Options): Promise<DatabaseLimit[]> {
  const limits: DatabaseLimit[] = [];
  for (const concurrency of opts.concurrency) {
    limits.push(await measureDatabaseLimit(db.url, concurrency, opts.limitSeconds));
  }
  progress('database limit: done');
  return limits;
}

/**
 * What share of the worker's maximum fire rate the lag cases ask for: the window is `timers / (share × maximum)`,
 * so the p99 is that of a load the machine carries, with headroom for the noise of a shared machine.
 */
const CARRIED_SHARE = 0.5;

/** A window for `timers` at `CARRIED_SHARE` of `rate`, unless `--timer-window` fixes it. */
const windowFor = (opts: Options, timers: number, rate: FireRate) =>
  opts.timerWindow ?? Math.max(1, Math.ceil(timers / (CARRIED_SHARE * rate.perSecond)));

/**
 * Timer fire lag, each case on a fresh database of its own: through the engine's job worker (instances waiting on
 * timers, `fireTimer` steps), then on the bare graphile-worker queue with a trivial task, at a larger scale. Each
 * case first measures the most it can fire (every timer overdue), and spreads its timers over a window it carries.
 */
async function timerLags(db: BenchDatabase, opts: Options): Promise<{ lags: TimerLag[]; rates: FireRate[] }> {
  const settings = opts.worker;
  const engineRate = await measureEngineFireRate({
    url: await db.create('anxin_bench_engine_rate'),
    timers: opts.rateTimers.engine,
    settings,
  });
  progress(`fire rate through the job worker: ${engineRate.perSecond.toFixed(0)}/s`);
  const engine = await measureEngineTimerLag({
    url: await db.create('anxin_bench_timers'),
    timers: opts.engineTimers,
    windowSeconds: windowFor(opts, opts.engineTimers, engineRate),
    settings,
  });
  progress('timers through the job worker: done');
  const queueRate = await measureQueueFireRate({
    url: await db.create('anxin_bench_queue_rate'),
    timers: opts.rateTimers.queue,
    settings,
  });
  progress(`fire rate on the bare queue: ${queueRate.perSecond.toFixed(0)}/s`);
  const queue = await measureTimerLag({
    url: await db.create('anxin_bench_timer_queue'),
    timers: opts.timers,
    windowSeconds: windowFor(opts, opts.timers, queueRate),
    settings,
  });
  progress('timers on the bare queue: done');
  return { lags: [engine, queue], rates: [engineRate, queueRate] };
}

async function lockReclaim(db: BenchDatabase, opts: Options): Promise<LockReclaim> {
  const reclaim = await measureLockReclaim({
    url: db.url,
    queueUrl: await db.create('anxin_bench_reclaim_queue'),
    jobs: 4,
    windowSeconds: opts.reclaimWindow,
    settings: opts.worker,
    liveness: opts.liveness,
  });
  progress('crashed worker: done');
  return reclaim;
}

async function measure(db: BenchDatabase, opts: Options): Promise<EngineReport> {
  const bpmnEngine = await measureBpmnEngine(opts.bpmnEngine.rounds, opts.bpmnEngine.perRound);
  progress('bpmn-engine: done');
  const levels = opts.parts.has('lifecycles') ? await lifecycleLevels(db, opts) : [];
  const limits = opts.parts.has('limit') ? await databaseLimits(db, opts) : [];
  const { lags: timers, rates: fireRates } = opts.parts.has('timers')
    ? await timerLags(db, opts)
    : { lags: [], rates: [] };
  const reclaim = opts.parts.has('reclaim') ? await lockReclaim(db, opts) : undefined;
  return { machine: machineLine(db.settings), levels, bpmnEngine, limits, timers, fireRates, reclaim };
}

async function main(): Promise<void> {
  const opts = options();
  const db = await startBenchDatabase();
  try {
    progress(machineLine(db.settings));
    if (db.settings.synchronousCommit !== 'on') throw new Error('the benchmark needs synchronous_commit=on');
    const report = await measure(db, opts);
    const results = engineReportMarkdown(report, new Date().toISOString().slice(0, 10));
    console.log(results);
    if (opts.writeDocs) {
      writeBenchmarkResults(DOC, SECTION, results);
      console.log('\ndocs/benchmarks.md: "Engine (durable)" results updated');
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
