import { cpus } from 'node:os';
import { markdownTable } from '@anxin/process-engine/bench';
import { formatCount, formatMs, formatPercent, formatRate } from './bench-stats';
import type { BpmnEngineRate } from './bpmn-engine-rate';
import type { DatabaseLimit } from './database-limit';
import type { LifecycleLevel } from './lifecycle-load';
import type { LockReclaim, ReclaimResult } from './lock-reclaim';
import type { FireRate } from './fire-rate';
import type { TimerLag } from './timer-lag';

export const GOALS = { ratio: 2, shareOfLimit: 0.3, statementsPerStep: 5, timerP99Ms: 1_000, reclaimMs: 30_000 };

export interface EngineReport {
  readonly machine: string;
  readonly levels: readonly LifecycleLevel[];
  readonly bpmnEngine: BpmnEngineRate;
  readonly limits: readonly DatabaseLimit[];
  /** Through the engine's job worker, then on the bare queue. */
  readonly timers: readonly TimerLag[];
  /** The most each can fire, every timer overdue (the lag cases' windows ask for a share of it). */
  readonly fireRates: readonly FireRate[];
  /** Left out when the run skipped it (`--only`). */
  readonly reclaim?: LockReclaim;
}

const verdict = (met: boolean) => (met ? 'met' : 'missed');
const stepsPerSecond = (level: LifecycleLevel) => level.steps / level.seconds;
const lifecyclesPerSecond = (level: LifecycleLevel) => level.lifecycles / level.seconds;
const serverPerStep = (level: LifecycleLevel) => level.sql.total / level.steps;

function lifecycleTable(report: EngineReport): string {
  return markdownTable(
    ['in flight', 'lifecycles/s', 'completions/s', 'steps/s', 'step p50', 'step p99', 'SQL/step', 'server SQL/step'],
    report.levels.map((l) => [
      String(l.concurrency),
      formatRate(lifecyclesPerSecond(l)),
      formatRate(l.completions / l.seconds),
      formatRate(stepsPerSecond(l)),
      `${formatMs(l.p50StepMs)} ms`,
      `${formatMs(l.p99StepMs)} ms`,
      (l.runtimeStatements / l.steps).toFixed(2),
      serverPerStep(l).toFixed(2),
    ]),
    ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function comparisonTable(report: EngineReport): string {
  return markdownTable(
    ['in flight', '÷ bpmn-engine', '2-statement tx/s', 'steps/s ÷ tx/s', 'Node CPU/step', 'PostgreSQL CPU/step'],
    report.levels.map((l) => {
      const limit = report.limits.find((d) => d.concurrency === l.concurrency);
      return [
        String(l.concurrency),
        `${(lifecyclesPerSecond(l) / report.bpmnEngine.instancesPerSecond).toFixed(2)}×`,
        limit ? formatRate(limit.perSecond) : '–',
        limit ? formatPercent(stepsPerSecond(l) / limit.perSecond) : '–',
        `${formatMs(l.nodeCpuMsPerStep)} ms`,
        l.dbCpuMsPerStep === undefined ? '–' : `${formatMs(l.dbCpuMsPerStep)} ms`,
      ];
    }),
    ['right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function goalLines(report: EngineReport): string[] {
  const best = [...report.levels].sort((a, b) => lifecyclesPerSecond(b) - lifecyclesPerSecond(a))[0];
  if (!best) return [];
  const ratio = lifecyclesPerSecond(best) / report.bpmnEngine.instancesPerSecond;
  const limit = report.limits.find((d) => d.concurrency === best.concurrency);
  const share = limit ? stepsPerSecond(best) / limit.perSecond : 0;
  const perStep = Math.max(...report.levels.map(serverPerStep));
  return [
    `- **Ratio (durable Anxin lifecycles/s ÷ bpmn-engine instances/s): ${ratio.toFixed(2)}×** at ${best.concurrency} ` +
      `in flight (goal ≥ ${GOALS.ratio.toFixed(1)}×: ${verdict(ratio >= GOALS.ratio)}).`,
    `- **Engine steps/s as a share of the database's limit: ${formatPercent(share)}** at ${best.concurrency} in ` +
      `flight (goal ≥ ${formatPercent(GOALS.shareOfLimit)}: ${verdict(share >= GOALS.shareOfLimit)}).`,
    `- **SQL statements per step: ${perStep.toFixed(2)}** as the server counts them (${best.sql.source}), at most ` +
      `over the levels (goal ≤ ${GOALS.statementsPerStep}: ${verdict(perStep <= GOALS.statementsPerStep)}).`,
    costLine(best),
  ];
}

const TIMERS_VIA = {
  engine:
    'fired by the job worker (`EngineWorkerModule`: each `anxin.fire-timer` job runs a `fireTimer` step); the ' +
    'timers were created by starting instances through the runtime',
  queue: 'fired on the bare graphile-worker queue by a trivial task; the timers were queued with `add_jobs` batches',
} as const;

/** Where a step's time goes: CPU of both processes, and the server's execution and planning time. */
function costLine(level: LifecycleLevel): string {
  const db = level.dbCpuMsPerStep === undefined ? '' : ` and ${formatMs(level.dbCpuMsPerStep)} ms of PostgreSQL CPU`;
  const server =
    level.sql.source === 'pg_stat_statements'
      ? `; PostgreSQL executed the step's statements in ${formatMs(level.sql.execMs / level.steps)} ms and planned ` +
        `them in ${formatMs(level.sql.planMs / level.steps)} ms (every statement of a step is a named prepared statement on the step pool, planned once per connection)`
      : '';
  return (
    `- A step at ${level.concurrency} in flight costs ${formatMs(level.nodeCpuMsPerStep)} ms of Node CPU${db}, ` +
    `on ${cpus().length} cores${server}.`
  );
}

/** A run whose timers were still being created when the first came due measured the creation too. */
function slackText(slackSeconds: number): string {
  return slackSeconds >= 0
    ? `the last ${slackSeconds.toFixed(1)} s before the first was due`
    : `the last ${(-slackSeconds).toFixed(1)} s AFTER the first was due (the creation competed with the firing: ` +
        'this run is not a measurement of the worker alone)';
}

function timerLine(t: TimerLag, rates: readonly FireRate[]): string {
  const rate = rates.find((r) => r.via === t.via);
  const asked = t.timers / t.windowSeconds;
  const carried = rate
    ? ` (${formatRate(asked)} fires/s, ${formatPercent(asked / rate.perSecond)} of the ${formatRate(rate.perSecond)}/s ` +
      `it fired at most, every timer overdue, in a run of ${formatCount(rate.timers)})`
    : ` (${formatRate(asked)} fires/s)`;
  const met = t.fired === t.timers && t.p99Ms <= GOALS.timerP99Ms;
  const pickup =
    t.pickupP50Ms === undefined
      ? ''
      : `, picked up by the worker at p50 ${formatMs(t.pickupP50Ms)} ms, p99 ${formatMs(t.pickupP99Ms ?? 0)} ms`;
  return (
    `- **Timer fire lag ${t.via === 'engine' ? 'through the job worker' : 'on the bare queue'}: ` +
    `p50 ${formatMs(t.p50Ms)} ms, p99 ${formatMs(t.p99Ms)} ms** (max ${formatMs(t.maxMs)} ms; ` +
    `goal p99 ≤ ${formatCount(GOALS.timerP99Ms)} ms: ${verdict(met)}), from due to fired${pickup}. ` +
    `${formatCount(t.timers)} timers due evenly across ${t.windowSeconds} s${carried}, ${formatCount(t.fired)} fired; ` +
    `${TIMERS_VIA[t.via]} (${formatCount(t.scheduledPerSecond)}/s), ${slackText(t.slackSeconds)}. Worker concurrency ${t.settings.concurrency}, poll interval ` +
    `${formatCount(t.settings.pollInterval)} ms.`
  );
}

function reclaimText(result: ReclaimResult, windowSeconds: number): string {
  if (result.reclaimed === 0)
    return `0 of ${result.jobs} jobs picked up again: not reclaimed within the measurement window of ${windowSeconds} s`;
  const all = result.reclaimed === result.jobs ? 'all' : `${result.reclaimed} of`;
  return `${all} ${result.jobs} jobs picked up again within ${((result.lastMs ?? 0) / 1000).toFixed(1)} s`;
}

function reclaimLines(report: EngineReport): string[] {
  const r = report.reclaim;
  if (!r) return [];
  const { heartbeatIntervalMs, staleAfterMs } = r.engine.liveness;
  const met = (result: ReclaimResult) =>
    verdict(result.reclaimed === result.jobs && (result.lastMs ?? Infinity) <= GOALS.reclaimMs);
  return [
    `- **Crashed worker (SIGKILL while holding ${r.engine.jobs} service-task actions), the job worker with ` +
      `heartbeats every ${heartbeatIntervalMs / 1000} s, dead after ${staleAfterMs / 1000} s of silence: ` +
      `${reclaimText(r.engine, r.windowSeconds)}** (goal ≤ ${GOALS.reclaimMs / 1000} s: ${met(r.engine)}).`,
    `- graphile-worker by itself (a bare runner SIGKILLed while holding ${r.plain.jobs} jobs, another bare ` +
      `runner waiting, in a database of their own): ${reclaimText(r.plain, r.windowSeconds)} (its 4 h lock ` +
      `timeout: ${met(r.plain)}).`,
  ];
}

/** The markdown the console and the "Engine (durable)" section of docs/benchmarks.md get. */
export function engineReportMarkdown(report: EngineReport, runOf: string): string {
  const first = report.levels[0];
  const b = report.bpmnEngine;
  return [
    `${report.machine} Run of ${runOf}: ${formatCount(first?.lifecycles ?? 0)} lifecycles per level; bpmn-engine ` +
      `${b.version} in memory in the same process, ${b.rounds} round${b.rounds === 1 ? '' : 's'} of ` +
      `${formatCount(b.perRound)} instances after ` +
      `a warm-up round, median round: **${formatRate(b.instancesPerSecond)} instances/s**.`,
    lifecycleTable(report),
    comparisonTable(report),
    [...goalLines(report), ...report.timers.map((t) => timerLine(t, report.fireRates)), ...reclaimLines(report)].join(
      '\n',
    ),
  ].join('\n\n');
}
