import type { Pool, PoolClient } from 'pg';
import { taskListSql } from '../src/modules/workflow/tasks/task-list-sql.util';
import { TaskStatusFilter } from '../src/modules/workflow/tasks/task.object';
import { median, percentile } from './bench-stats';
import { graphql, loginDemoUser } from './bench-graphql';
import type { BenchWorkflow } from './bench-workflow';
import { seedInbox, type InboxSeed } from './inbox-seed';
import { BENCH_TAG } from './sql-counter';

const INBOX = `query($f: TaskFilter, $p: PageInput) {
  tasks(filter: $f, page: $p) {
    total
    items { id name elementId status assignee { id displayName } candidateGroups dueAt formKey processInstanceId
      ticketNumber }
  }
}`;

type InboxData = { tasks: { total: number; items: { id: string; status: string }[] } };

/** The `mine` condition as it was before (one OR under the status condition), for the same-process comparison. */
const OR_SHAPE_SQL = `select ut.id, count(*) over () as total
  from user_task ut join process_instance i on i.id = ut.instance_id left join ticket t on t.instance_id = ut.instance_id
 where ut.status in ('open', 'delegated') and (ut.assignee = $1 or (ut.assignee is null and
   (ut.candidate_users @> array[$1]::text[] or ut.candidate_groups && array(select jsonb_array_elements_text($2::jsonb)))))
 order by ut.created_at desc, ut.id desc limit 20 offset 0`;

/** The open inbox as one statement (UNION ALL of the two arms), as the app sent it before the inbox function. */
const UNION_SHAPE_SQL = `with mine as (
  select ut.* from user_task ut where ut.status in ('open', 'delegated') and ut.assignee = $1
  union all
  select ut.* from user_task ut where ut.status = 'open' and ut.assignee is null
     and (ut.candidate_users @> array[$1]::text[] or ut.candidate_groups && array(select jsonb_array_elements_text($2::jsonb))))
select ut.id, count(*) over () as total
  from mine ut join process_instance i on i.id = ut.instance_id left join ticket t on t.instance_id = ut.instance_id
 where $3::uuid is null or ut.tenant_id = $3::uuid
 order by ut.created_at desc, ut.id desc limit 20 offset 0`;

export interface InboxOptions {
  readonly tasks: number;
  /** Sequential requests per round. */
  readonly requests: number;
  readonly rounds: number;
}

export interface SqlShape {
  /** Median execution time of the statement as PostgreSQL reports it (EXPLAIN ANALYZE), ms. */
  readonly executionMs: number;
  readonly sharedHits: number;
  readonly sharedReads: number;
  readonly indexes: readonly string[];
  readonly plan: string;
}

export interface InboxReport {
  readonly seed: InboxSeed;
  readonly total: number;
  readonly requests: number;
  readonly rounds: readonly { p50: number; p95: number; p99: number }[];
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** The app's statement (ids from `anxin_open_inbox_tasks`), under row-level security. */
  readonly app: SqlShape;
  /** The UNION ALL statement and the OR shape the app sent before, on the same data, under row-level security. */
  readonly union: SqlShape;
  readonly or: SqlShape;
  /** The UNION ALL statement without row-level security (as the superuser), tenant condition added. */
  readonly unionWithoutRls: SqlShape;
}

export interface InboxContext {
  readonly baseUrl: string;
  readonly pool: Pool;
  readonly workflow: BenchWorkflow;
  readonly progress: (line: string) => void;
}

/** `?` placeholders (knex, as the app writes them) to `$n` (pg). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Function Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

function indexesOf(node: PlanNode, found = new Set<string>()): Set<string> {
  if (node['Index Name']) found.add(`${node['Node Type']} on ${node['Index Name']}`);
  if (node['Function Name']) found.add(`${node['Node Type']} on ${node['Function Name']}`);
  for (const child of node.Plans ?? []) indexesOf(child, found);
  return found;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) as the app runs it: role anxin_app and the tenant set, so row-level security applies;
 * with no tenant, as the connecting role (the embedded server's superuser: no row-level security), for comparison.
 */
async function explain(client: PoolClient, tenantId: string | null, sql: string, params: unknown[]): Promise<SqlShape> {
  const runs: { ms: number; hits: number; reads: number; plan: PlanNode }[] = [];
  for (let i = 0; i < 7; i++) {
    await client.query('begin');
    try {
      if (tenantId) await client.query(`${BENCH_TAG} select set_config('role', 'anxin_app', true), set_config('anxin.tenant_id', $1, true)`, [tenantId]); // prettier-ignore
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(
        `explain (analyze, buffers, format json) ${sql}`,
        params,
      );
      const [result] = rows[0]!['QUERY PLAN'];
      runs.push({
        ms: result['Execution Time'],
        hits: result.Plan['Shared Hit Blocks'] ?? 0,
        reads: result.Plan['Shared Read Blocks'] ?? 0,
        plan: result.Plan,
      });
    } finally {
      await client.query('rollback');
    }
  }
  await client.query('begin');
  try {
    if (tenantId) await client.query(`select set_config('role', 'anxin_app', true), set_config('anxin.tenant_id', $1, true)`, [tenantId]); // prettier-ignore
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers, costs off) ${sql}`,
      params,
    );
    const last = runs.at(-1)!;
    return {
      executionMs: median(runs.map((r) => r.ms)),
      sharedHits: last.hits,
      sharedReads: last.reads,
      indexes: [...indexesOf(last.plan)],
      plan: rows.map((r) => r['QUERY PLAN']).join('\n'),
    };
  } finally {
    await client.query('rollback');
  }
}

/**
 * One engineer's inbox (`tasks(filter: { mine: true }, page: { limit: 20 })`) among `tasks` seeded open tasks:
 * sequential requests with his token, each answer checked (his total, a full page of open tasks), `rounds` rounds
 * after a warm-up, percentiles per round and their medians; then the plan of the app's statement and of the OR
 * shape it replaced.
 */
export async function measureInbox(ctx: InboxContext, opts: InboxOptions): Promise<InboxReport> {
  const { rows } = await ctx.pool.query<{ tenant_id: string; id: string }>(
    `${BENCH_TAG} select tenant_id, id from app_user where username in ('agent', 'engineer2') order by username`,
  );
  const [agent, other] = rows;
  if (!agent || !other) throw new Error('the demo seed lacks agent or engineer2');
  const [template] = await ctx.workflow.openTasks(1, agent.tenant_id, agent.id, [other.id]);
  const { rows: instances } = await ctx.pool.query<{ instance_id: string }>(
    `${BENCH_TAG} select instance_id from user_task where id = $1`,
    [template!.id],
  );
  const seed = await seedInbox(ctx.pool, {
    count: opts.tasks,
    templateInstanceId: instances[0]!.instance_id,
    username: 'engineer',
    progress: ctx.progress,
  });
  ctx.progress(`inbox seed: ${seed.tasks} open tasks in ${seed.seconds.toFixed(0)} s`);
  const { token } = await loginDemoUser(ctx.baseUrl, 'engineer');
  const variables = { f: { mine: true }, p: { limit: 20 } };
  const ask = () => graphql<InboxData>(ctx.baseUrl, INBOX, variables, token);
  const first = await ask();
  const pageSize = Math.min(20, seed.mine);
  if (first.tasks.total !== seed.mine || first.tasks.items.length !== pageSize)
    throw new Error(`inbox: total ${first.tasks.total} and ${first.tasks.items.length} items, expected ${seed.mine}`);
  if (first.tasks.items.some((t) => t.status !== 'open' && t.status !== 'delegated'))
    throw new Error('inbox: a task that is not open');
  for (let i = 0; i < Math.min(20, opts.requests); i++) await ask();
  const rounds: { p50: number; p95: number; p99: number }[] = [];
  for (let round = 0; round < opts.rounds; round++) {
    const latencies: number[] = [];
    for (let i = 0; i < opts.requests; i++) {
      const started = performance.now();
      const data = await ask();
      latencies.push(performance.now() - started);
      if (data.tasks.total !== seed.mine) throw new Error(`inbox: total ${data.tasks.total}, expected ${seed.mine}`);
    }
    rounds.push({ p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) });
    ctx.progress(`inbox round ${round + 1}: p95 ${rounds.at(-1)!.p95.toFixed(1)} ms`);
  }
  const client = await ctx.pool.connect();
  try {
    const groups = ['engineer', seed.teamId];
    const app = taskListSql({
      status: TaskStatusFilter.OPEN,
      mine: { userId: seed.userId, groups },
      where: [],
      limit: 20,
      offset: 0,
    });
    const appShape = await explain(client, seed.tenantId, numbered(app.sql), [...app.params]);
    const union = await explain(client, seed.tenantId, UNION_SHAPE_SQL, [seed.userId, JSON.stringify(groups), null]);
    const or = await explain(client, seed.tenantId, OR_SHAPE_SQL, [seed.userId, JSON.stringify(groups)]);
    const unionWithoutRls = await explain(client, null, UNION_SHAPE_SQL, [seed.userId, JSON.stringify(groups), seed.tenantId]); // prettier-ignore
    const m = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick));
    return {
      seed,
      total: first.tasks.total,
      requests: opts.requests,
      rounds,
      p50: m((r) => r.p50),
      p95: m((r) => r.p95),
      p99: m((r) => r.p99),
      app: appShape,
      union,
      or,
      unionWithoutRls,
    };
  } finally {
    client.release();
  }
}
