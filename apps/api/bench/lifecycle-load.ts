import { repairTicket } from '@anxin/process-engine/bench';
import type { StepOutcome } from '../src/engine-runtime/engine-runtime.service';
import { elapsedMs, inFlight, percentile } from './bench-stats';
import { PROCESS_KEY, taskCommand, type DurableEngine } from './durable-engine';
import type { SqlCounter, StatementCount } from './sql-counter';

export interface LifecycleLevel {
  readonly concurrency: number;
  readonly lifecycles: number;
  readonly steps: number;
  readonly completions: number;
  readonly seconds: number;
  readonly p50StepMs: number;
  readonly p99StepMs: number;
  /** CPU time of this Node process per step (engine, runtime, ORM, driver, and the benchmark's own reads). */
  readonly nodeCpuMsPerStep: number;
  /** CPU time of the PostgreSQL server per step (undefined without /proc). */
  readonly dbCpuMsPerStep: number | undefined;
  /** `runtime.statements` during the level. */
  readonly runtimeStatements: number;
  /** What the server counted for the same steps. */
  readonly sql: StatementCount;
}

interface OpenTask {
  readonly id: string;
  readonly elementId: string;
  readonly assignee: string | null;
}

interface Tally {
  steps: number;
  completions: number;
  readonly latencies: number[];
}

/**
 * A user opening the tasks a step created (the benchmark's own query, left out of the statement counts). A prepared
 * statement, as an inbox serving many users would send it: unnamed, PostgreSQL planned it on every call (0.08 ms).
 * One primary-key probe per id (`offset 0` keeps the subquery from being flattened): written as
 * `id = any($1) and status = 'open'`, the planner scanned the open-task partial index instead, reading every open
 * task and, until vacuum, every entry of a task completed since (73 buffers per read after 300 lifecycles).
 */
function openTasks(counter: SqlCounter, ids: readonly string[]): Promise<OpenTask[]> {
  return counter.query<OpenTask>(
    `select u.id, u.element_id as "elementId", u.assignee from unnest($1::uuid[]) as t(id),
      lateral (select * from user_task where id = t.id offset 0) as u
      where u.status = 'open' order by u.created_at, u.id`,
    [ids],
    'anxin-bench.open-tasks',
  );
}

async function timed(tally: Tally, step: () => Promise<StepOutcome>): Promise<StepOutcome> {
  const start = performance.now();
  const outcome = await step();
  tally.latencies.push(elapsedMs(start));
  tally.steps += 1;
  return outcome;
}

/**
 * One ticket from start to end, as its users would work it: start, then every task the last step opened, completed
 * (or approved) by its assignee, one step at a time; the open tasks are read from user_task.
 */
async function lifecycle(engine: DurableEngine, counter: SqlCounter, ticket: number, tally: Tally): Promise<void> {
  const variables = repairTicket(ticket);
  const started = await timed(tally, () =>
    engine.runtime.start({ processKey: PROCESS_KEY, initiator: 'service-desk', variables }),
  );
  let last = started;
  let open = started.createdTaskIds;
  while (open.length > 0) {
    const created: string[] = [];
    for (const task of await openTasks(counter, open)) {
      last = await timed(tally, () => engine.runtime.execute(started.instanceId, taskCommand(engine.model, task)));
      tally.completions += 1;
      created.push(...last.createdTaskIds);
    }
    open = created;
  }
  if (last.status !== 'completed') throw new Error(`ticket ${ticket} ended ${last.status}`);
}

/** The user-task completions a ticket takes: 9 with the 3-way 会签 (over 500 元), 6 without. */
function expectedCompletions(firstTicket: number, lifecycles: number): number {
  let total = 0;
  for (let i = firstTicket; i < firstTicket + lifecycles; i += 1)
    total += (repairTicket(i)['estimatedCost'] as number) > 500 ? 9 : 6;
  return total;
}

/** Runs `lifecycles` tickets with `concurrency` instances in flight, each instance's steps one after another. */
export async function runLifecycles(input: {
  readonly engine: DurableEngine;
  readonly counter: SqlCounter;
  readonly concurrency: number;
  readonly lifecycles: number;
  readonly firstTicket: number;
  /** The database server's CPU time so far, in ms. */
  readonly dbCpuMs: () => number | undefined;
}): Promise<LifecycleLevel> {
  const { engine, counter, concurrency, lifecycles, firstTicket, dbCpuMs } = input;
  const tally: Tally = { steps: 0, completions: 0, latencies: [] };
  await counter.reset();
  const statementsBefore = engine.runtime.statements;
  const cpuBefore = process.cpuUsage();
  const dbCpuBefore = dbCpuMs();
  const start = performance.now();
  await inFlight(lifecycles, concurrency, (i) => lifecycle(engine, counter, firstTicket + i, tally));
  const seconds = elapsedMs(start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const dbCpuAfter = dbCpuMs();
  const runtimeStatements = engine.runtime.statements - statementsBefore;
  const sql = await counter.read();
  const expected = expectedCompletions(firstTicket, lifecycles);
  if (tally.completions !== expected) throw new Error(`worked ${tally.completions} tasks, expected ${expected}`);
  return {
    concurrency,
    lifecycles,
    steps: tally.steps,
    completions: tally.completions,
    seconds,
    p50StepMs: percentile(tally.latencies, 50),
    p99StepMs: percentile(tally.latencies, 99),
    nodeCpuMsPerStep: (cpu.user + cpu.system) / 1000 / tally.steps,
    dbCpuMsPerStep:
      dbCpuBefore === undefined || dbCpuAfter === undefined ? undefined : (dbCpuAfter - dbCpuBefore) / tally.steps,
    runtimeStatements,
    sql,
  };
}
