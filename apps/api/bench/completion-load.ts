import autocannon from 'autocannon';
import type { Pool } from 'pg';
import { percentile, sleep } from './bench-stats';
import { runPaced } from './paced-load';
import type { OpenTask } from './bench-workflow';
import { BENCH_TAG } from './sql-counter';

const COMPLETE = `mutation($id: ID!, $data: JSON, $r: String) {
  completeTask(id: $id, data: $data, requestId: $r) { processStatus replayed }
}`;

/** One autocannon run of task completions. */
export interface CompletionRun {
  readonly connections: number;
  /** The rate asked for (evenly spaced), or undefined for as fast as it goes. */
  readonly targetRate: number | undefined;
  readonly seconds: number;
  /** Responses that completed their task (HTTP 200, no GraphQL error, the process ended, not a replay). */
  readonly completions: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  /** Tasks the database shows completed, and audit rows written, during the run (≥ completions: see below). */
  readonly completedRows: number;
  readonly auditRows: number;
}

export interface CompletionLoad {
  readonly baseUrl: string;
  readonly pool: Pool;
  /** Open tasks, each used once; the run takes them from `next` on. */
  readonly tasks: readonly OpenTask[];
  readonly next: number;
  /** Access token of each assignee. */
  readonly tokens: ReadonlyMap<string, string>;
  readonly connections: number;
  readonly seconds: number;
  readonly overallRate?: number;
}

interface Counts {
  completed: number;
  audited: number;
}

async function counts(pool: Pool): Promise<Counts> {
  const { rows } = await pool.query<{ completed: number; audited: number }>(
    `${BENCH_TAG} select (select count(*)::int from user_task where element_id = 'repair' and status = 'completed') as completed,
            (select count(*)::int from audit_log where operation = 'completeTask' and outcome = 'ok') as audited`,
  );
  return rows[0] ?? { completed: 0, audited: 0 };
}

/** Form data of the bench form (cost, result, notes), a little different for each task. */
function formData(index: number) {
  return { cost: 80 + (index % 400), result: index % 5 === 0 ? 'follow-up' : 'fixed', notes: '更换水龙头阀芯' };
}

/** Which task each request completes, and whether its answer shows it completed. */
function completionTracker(load: CompletionLoad) {
  let cursor = load.next;
  let exhausted = false;
  let completions = 0;
  const failures: string[] = [];
  return {
    request(): { headers: Record<string, string>; body: string } {
      if (cursor >= load.tasks.length) exhausted = true;
      // Out of tasks (a provisioning bug, reported below): replay the first one rather than stop the load.
      const index = exhausted ? load.next : cursor++;
      const task = load.tasks[index]!;
      return {
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${load.tokens.get(task.assignee) ?? ''}`,
        },
        body: JSON.stringify({ query: COMPLETE, variables: { id: task.id, data: formData(index), r: task.id } }),
      };
    },
    response(status: number, body: string): void {
      const parsed = JSON.parse(body) as {
        data?: { completeTask?: { processStatus: string; replayed: boolean | null } } | null;
        errors?: unknown[];
      };
      const result = parsed.data?.completeTask;
      if (status === 200 && !parsed.errors && result?.processStatus === 'completed' && !result.replayed)
        completions += 1;
      else if (failures.length < 5) failures.push(`${status} ${body.slice(0, 300)}`);
      else failures.push('');
    },
    get completions() {
      return completions;
    },
    get used() {
      return cursor - load.next;
    },
    problems(): string[] {
      return [
        exhausted ? 'ran out of open tasks' : '',
        failures.length > 0 ? `${failures.length} failed responses, e.g.\n${failures.slice(0, 5).join('\n')}` : '',
      ];
    },
  };
}

interface LoadOutcome {
  readonly latencies: number[];
  readonly seconds: number;
  readonly clientErrors: string;
}

/** As fast as `connections` go: autocannon, each connection sending its next request when the last one answered. */
async function closedLoop(load: CompletionLoad, tracker: ReturnType<typeof completionTracker>): Promise<LoadOutcome> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${load.baseUrl}/graphql`,
    connections: load.connections,
    duration: load.seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (request) => ({ ...request, ...tracker.request() }),
        onResponse: (status, body) => tracker.response(status, body),
      },
    ],
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status === 200) latencies.push(ms);
  });
  const result = await instance;
  const failed = result.errors + result.timeouts + result.non2xx;
  return {
    latencies,
    seconds: result.duration,
    clientErrors:
      failed > 0 ? `autocannon: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx` : '',
  };
}

/** At `rate`, evenly spaced whatever the answers (see `runPaced`). */
async function openLoop(
  load: CompletionLoad,
  rate: number,
  tracker: ReturnType<typeof completionTracker>,
): Promise<LoadOutcome> {
  const run = await runPaced({
    url: `${load.baseUrl}/graphql`,
    rate,
    seconds: load.seconds,
    connections: load.connections,
    build: () => tracker.request(),
    onResponse: (status, body) => tracker.response(status, body),
  });
  return {
    latencies: run.latencies,
    seconds: run.duration,
    clientErrors: run.errors > 0 ? `${run.errors} requests failed to connect` : '',
  };
}

/**
 * `completeTask` with the bench form's data on a fresh task per request, each with the token of the task's
 * assignee: as fast as it goes (autocannon), or at `overallRate` evenly spaced (an open loop). Every response is
 * checked: a GraphQL error, another status, a replay or a process that did not end fails the benchmark, and so
 * does a database that disagrees. Requests still in flight when autocannon stops are dropped by it but completed
 * by the server, so the database may count up to `connections` more.
 */
export async function runCompletions(load: CompletionLoad): Promise<CompletionRun & { used: number }> {
  const tracker = completionTracker(load);
  const before = await counts(load.pool);
  const outcome = load.overallRate ? await openLoop(load, load.overallRate, tracker) : await closedLoop(load, tracker);
  const { latencies } = outcome;
  const completions = tracker.completions;
  await sleep(1_000); // requests autocannon dropped at the end finish on the server
  const after = await counts(load.pool);
  const run: CompletionRun = {
    connections: load.connections,
    targetRate: load.overallRate,
    seconds: outcome.seconds,
    completions,
    rate: completions / outcome.seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    completedRows: after.completed - before.completed,
    auditRows: after.audited - before.audited,
  };
  const problems = [
    ...tracker.problems(),
    outcome.clientErrors,
    run.completedRows < completions || run.completedRows > completions + load.connections
      ? `${run.completedRows} tasks completed in the database for ${completions} successful responses`
      : '',
    run.auditRows !== run.completedRows ? `${run.auditRows} audit rows for ${run.completedRows} completed tasks` : '',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`task completions went wrong: ${problems.join('; ')}`);
  return { ...run, used: tracker.used };
}
