import { loadavg } from 'node:os';
import type { Pool } from 'pg';
import { median } from './bench-stats';
import { loginDemoUser } from './bench-graphql';
import type { BenchWorkflow, OpenTask } from './bench-workflow';
import { runCompletions, type CompletionRun } from './completion-load';
import type { SqlCounter, StatementShare } from './sql-counter';

export interface CompletionOptions {
  readonly rounds: number;
  /** Connections: autocannon's at the peak, the open loop's keep-alive sockets at 50 %. */
  readonly connections: number;
  readonly peakSeconds: number;
  readonly halfSeconds: number;
  readonly warmUpSeconds: number;
  /** Completions/s assumed before the first peak is known, to open enough tasks for it. */
  readonly guessRate: number;
}

export interface CompletionRound {
  readonly peak: CompletionRun;
  readonly half: CompletionRun;
}

export interface CompletionReport {
  readonly rounds: readonly CompletionRound[];
  /** Medians over the rounds. */
  readonly peakRate: number;
  readonly halfRate: number;
  readonly halfP50: number;
  readonly halfP99: number;
  readonly peakP50: number;
  readonly peakP99: number;
  readonly completions: number;
  /** CPU of the api process and of PostgreSQL per completion, over the 50 % runs (ms). */
  readonly apiCpuPerCompletion: number | undefined;
  readonly dbCpuPerCompletion: number | undefined;
  /** Statements PostgreSQL executed per completion over the 50 % runs (the api and its job worker). */
  readonly statementsPerCompletion: number;
  /** The machine's 1-minute load average at the end of each round (other work shares the cores). */
  readonly loadAverages: readonly number[];
}

export interface CompletionContext {
  readonly baseUrl: string;
  readonly pool: Pool;
  readonly workflow: BenchWorkflow;
  readonly apiCpuMs: () => number | undefined;
  readonly dbCpuMs: () => number | undefined;
  readonly counter: SqlCounter;
  readonly progress: (line: string) => void;
  /** Print the statements of each 50 % run by text, per completion (`--statements`). */
  readonly statementBreakdown?: boolean;
}

function printBreakdown(ctx: CompletionContext, shares: readonly StatementShare[], completions: number): void {
  const per = Math.max(1, completions);
  ctx.progress('statements of the 50 % run, per completion (calls, exec ms, plan ms, text):');
  for (const share of shares)
    ctx.progress(
      `  ${(share.calls / per).toFixed(2).padStart(6)} ${(share.execMs / per).toFixed(3).padStart(7)} ${(share.planMs / per).toFixed(3).padStart(7)}  ${share.text}`,
    );
}

const ENGINEERS = ['engineer', 'engineer2'];

/**
 * Task completions through GraphQL: a warm-up, then rounds of a peak run (as fast as `connections` go) followed by
 * a run at half the peak just measured (evenly spaced, an open loop), each on tasks opened for it beforehand (the two demo
 * engineers in turn, each completing his own).
 */
export async function measureCompletions(ctx: CompletionContext, opts: CompletionOptions): Promise<CompletionReport> {
  const tokens = new Map<string, string>();
  for (const username of ENGINEERS) {
    const { token, userId } = await loginDemoUser(ctx.baseUrl, username);
    tokens.set(userId, token);
  }
  const { rows } = await ctx.pool.query<{ tenant_id: string; id: string }>(
    `select tenant_id, id from app_user where username = 'agent'`,
  );
  const agent = rows[0];
  if (!agent) throw new Error('the demo seed has no agent');
  const assignees = [...tokens.keys()];
  let tasks: OpenTask[] = [];
  let next = 0;
  // Enough open tasks for `seconds` at `rate` with a margin, opened before the run (not while it is measured).
  const provide = async (seconds: number, rate: number) => {
    const needed = Math.ceil(rate * seconds * 1.3) + opts.connections * 2;
    if (tasks.length - next >= needed) return;
    tasks = [...tasks.slice(next), ...(await ctx.workflow.openTasks(needed, agent.tenant_id, agent.id, assignees))];
    next = 0;
  };
  const run = async (seconds: number, rate: number, overallRate?: number) => {
    await provide(seconds, rate);
    const result = await runCompletions({
      baseUrl: ctx.baseUrl,
      pool: ctx.pool,
      tasks,
      next,
      tokens,
      connections: opts.connections,
      seconds,
      ...(overallRate ? { overallRate } : {}),
    });
    next += result.used;
    return result;
  };
  await run(opts.warmUpSeconds, opts.guessRate);
  ctx.progress('completions: warm-up done');
  const rounds: CompletionRound[] = [];
  let cpu = { api: 0, db: 0, completions: 0 };
  let statements = 0;
  const loadAverages: number[] = [];
  for (let round = 0; round < opts.rounds; round++) {
    const expected = rounds.length > 0 ? Math.max(...rounds.map((r) => r.peak.rate)) : opts.guessRate;
    const peak = await run(opts.peakSeconds, expected);
    const halfRate = Math.max(1, Math.floor(peak.rate / 2));
    await provide(opts.halfSeconds, halfRate); // before the CPU readings
    await ctx.counter.reset();
    const apiBefore = ctx.apiCpuMs();
    const dbBefore = ctx.dbCpuMs();
    const half = await run(opts.halfSeconds, halfRate, halfRate);
    const apiAfter = ctx.apiCpuMs();
    const dbAfter = ctx.dbCpuMs();
    statements += (await ctx.counter.read()).total;
    if (ctx.statementBreakdown) printBreakdown(ctx, await ctx.counter.breakdown(), half.completedRows);
    loadAverages.push(loadavg()[0] ?? 0);
    if (apiBefore !== undefined && apiAfter !== undefined && dbBefore !== undefined && dbAfter !== undefined)
      cpu = {
        api: cpu.api + apiAfter - apiBefore,
        db: cpu.db + dbAfter - dbBefore,
        completions: cpu.completions + half.completedRows,
      };
    rounds.push({ peak, half });
    ctx.progress(
      `completions round ${round + 1}: peak ${peak.rate.toFixed(0)}/s, at ${halfRate}/s p50 ${half.p50.toFixed(1)} ms` +
        ` p99 ${half.p99.toFixed(1)} ms`,
    );
  }
  const m = (pick: (r: CompletionRound) => number) => median(rounds.map(pick));
  return {
    rounds,
    peakRate: m((r) => r.peak.rate),
    halfRate: m((r) => r.half.rate),
    halfP50: m((r) => r.half.p50),
    halfP99: m((r) => r.half.p99),
    peakP50: m((r) => r.peak.p50),
    peakP99: m((r) => r.peak.p99),
    completions: rounds.reduce((sum, r) => sum + r.peak.completions + r.half.completions, 0),
    apiCpuPerCompletion: cpu.completions > 0 ? cpu.api / cpu.completions : undefined,
    dbCpuPerCompletion: cpu.completions > 0 ? cpu.db / cpu.completions : undefined,
    statementsPerCompletion:
      statements /
      Math.max(
        1,
        rounds.reduce((sum, r) => sum + r.half.completedRows, 0),
      ),
    loadAverages,
  };
}
