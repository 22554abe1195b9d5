import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import { gql } from './graphql-session';
import type { TestApp } from './test-app';
import { readWorkflowFixture } from './workflow-fixtures';

/** A running `team-ticket` instance: its open handle task and its ticket. */
export interface TeamTicket {
  readonly instanceId: string;
  readonly taskId: string;
  readonly number: string;
}

/** Org record ids of one tenant by code: projects, units (`<project>/<unit>`), teams by project, users by name. */
export interface OrgIds {
  readonly project: Record<string, string>;
  readonly unit: Record<string, string>;
  readonly team: Record<string, string>;
  readonly user: Record<string, string>;
}

/** Runs `work` with a connection as the tables' owner (sees every tenant's rows). */
export async function withSql<T>(testApp: TestApp, work: (sql: Client) => Promise<T>): Promise<T> {
  const sql = new Client({ connectionString: testApp.database.url });
  await sql.connect();
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

/** Ids of a tenant's org records (teams keyed by their project's code). */
export function orgIds(testApp: TestApp, tenant: string): Promise<OrgIds> {
  return withSql(testApp, async (sql) => {
    const rows = async (query: string) =>
      Object.fromEntries(
        (await sql.query<{ code: string; id: string }>(query, [tenant])).rows.map((r) => [r.code, r.id]),
      );
    const tenantOf = (alias: string) => `${alias}.tenant_id = (select id from company where code = $1)`;
    return {
      project: await rows(`select p.code, p.id from project p where ${tenantOf('p')}`),
      unit: await rows(
        `select p.code || '/' || u.code as code, u.id from unit u join project p on p.id = u.project_id where ${tenantOf('u')}`,
      ),
      team: await rows(`select p.code, t.id from team t join project p on p.id = t.project_id where ${tenantOf('t')}`),
      user: await rows(`select u.username as code, u.id from app_user u where ${tenantOf('u')}`),
    };
  });
}

/** Deploys `team-ticket` (apps/api/test/fixtures/workflow/team-ticket.bpmn); needs the ticket-status dictionary. */
export async function deployTeamTicket(testApp: TestApp): Promise<void> {
  await testApp.app
    .get(DefinitionRegistry)
    .deploy({ kind: 'process', key: 'team-ticket', content: readWorkflowFixture('team-ticket.bpmn') });
}

const START = `mutation($input: StartProcessInput!) { startProcess(input: $input) { id ticketNumber tasks { id } } }`;

/** Starts a `team-ticket` through the API as the holder of `token`: its task is offered to `team` only. */
export async function startTeamTicket(
  testApp: TestApp,
  token: string,
  variables: { projectId: string; unitId: string; team: string; phone: string },
): Promise<TeamTicket> {
  type Started = { startProcess: { id: string; ticketNumber: string; tasks: { id: string }[] } };
  const result = await gql<Started>(testApp.baseUrl, START, {
    token,
    variables: { input: { processKey: 'team-ticket', requestId: `start-${variables.unitId}`, variables } },
  });
  const started = result.data?.startProcess;
  if (!started?.ticketNumber || !started.tasks[0]) throw new Error(`start failed: ${JSON.stringify(result.errors)}`);
  return { instanceId: started.id, taskId: started.tasks[0].id, number: started.ticketNumber };
}

/** Records outside a caller's scope: ids for `ID` arguments; ticket numbers and those ids for string keys. */
export interface Pool {
  readonly ids: string[];
  readonly keys: string[];
}

/**
 * What lies outside each caller's scope, by caller (`default`: staff of both demo projects and the demo admin, who
 * see all of the demo tenant). L is lakeside's ticket (the demo owner's unit), H hillside's, O the other tenant's.
 */
export function outsidePools(r: { demo: OrgIds; other: OrgIds; L: TeamTicket; H: TeamTicket; O: TeamTicket }) {
  const ticket = (t: TeamTicket): Pool => ({ ids: [t.instanceId, t.taskId], keys: [t.number] });
  const project = (org: OrgIds, code: string, unit: string): Pool => ({
    ids: [org.project[code]!, org.team[code]!, org.unit[`${code}/${unit}`]!],
    keys: [],
  });
  const ids = (...list: string[]): Pool => ({ ids: list, keys: [] });
  const join = (...parts: Pool[]): Pool => {
    const all = [...new Set(parts.flatMap((p) => p.ids))];
    return { ids: all, keys: [...new Set([...parts.flatMap((p) => p.keys), ...all])] };
  };
  const otherTenant = join(ticket(r.O), project(r.other, 'riverside', '8-1-801'), ids(r.other.user['river-engineer']!));
  const hillside = join(otherTenant, ticket(r.H), project(r.demo, 'hillside', '1-1-101'));
  const pools: Record<string, Pool> = {
    default: otherTenant,
    engineer: hillside,
    manager: hillside,
    // his neighbour's unit too
    owner: join(hillside, ids(r.demo.unit['lakeside/1-1-102']!)),
    engineer2: join(otherTenant, ticket(r.L), project(r.demo, 'lakeside', '1-1-101')),
    otherAdmin: join(
      ticket(r.L),
      ticket(r.H),
      project(r.demo, 'lakeside', '1-1-101'),
      project(r.demo, 'hillside', '1-1-101'),
      ids(r.demo.user['engineer']!),
    ),
  };
  return pools;
}

/** Tables an engine step, a submission or a task command writes (the audit log aside). */
const WORKFLOW_TABLES = [
  'process_instance',
  'user_task',
  'history_event',
  'ticket',
  'ticket_timeline',
  'submission',
  'command_request',
  'outbox',
  'incident',
];

/** Row counts and a digest of every workflow table: equal before and after means nothing was written. */
export function workflowSnapshot(testApp: TestApp): Promise<Record<string, string>> {
  return withSql(testApp, async (sql) => {
    const snapshot: Record<string, string> = {};
    for (const table of WORKFLOW_TABLES) {
      const { rows } = await sql.query(`select to_jsonb(x)::text as row from ${table} x order by 1`);
      const digest = createHash('sha256');
      for (const row of rows as { row: string }[]) digest.update(row.row);
      snapshot[table] = `${rows.length} rows, ${digest.digest('hex').slice(0, 16)}`;
    }
    return snapshot;
  });
}

/** Row counts of the tables a submission or a start writes. */
export function workflowCounts(testApp: TestApp): Promise<Record<string, number>> {
  return withSql(testApp, async (sql) => {
    const counts: Record<string, number> = {};
    for (const table of ['submission', 'process_instance', 'ticket', 'user_task', 'command_request']) {
      const { rows } = await sql.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      counts[table] = rows[0]?.n ?? -1;
    }
    return counts;
  });
}
