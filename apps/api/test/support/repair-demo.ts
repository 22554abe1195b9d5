// The repair-ticket solution on the running app, for the e2e suites of issue #8: the app started with definitions/
// deployed, the anxin demo company of definitions/seed/demo.seed.json, its users signed in with the demo password,
// and the GraphQL calls a ticket's journey needs. Only the setup (seed, the ids of projects and units) bypasses
// GraphQL; every step of a ticket goes through it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { workspaceRoot } from '@anxin/testing';
import { OrgSeeder } from '../../src/modules/seed/org-seeder.service';
import { parseSeedData } from '../../src/modules/seed/seed-data.schema';
import { FAST_AUTH_ENV, gql, login, type GraphqlResult, type Session } from './graphql-session';
import { startTestApp, type TestApp } from './test-app';
import { waitFor } from './wait-for';

export const DEMO_PASSWORD = 'anxin123';
export const OWNER_1_PHONE = '13800000001';

export interface TaskRow {
  id: string;
  elementId: string;
  status: string;
  ticketNumber: string | null;
  processInstanceId: string;
  assignee: { id: string } | null;
}

export interface Tracked {
  status: string;
  statusLabel: string;
  timeline: { status: string; statusLabel: string }[];
  stages: { status: string; statusLabel: string; optional: boolean; ownerActs: boolean }[];
}

const TASK_FIELDS = 'id elementId status ticketNumber processInstanceId assignee { id }';
const INBOX = `query { tasks(filter: { mine: true }, page: { limit: 200 }) { items { ${TASK_FIELDS} } } }`;
const TASKS_OF = `query($n: String!) { tasks(filter: { ticketNumber: $n, status: OPEN }, page: { limit: 200 }) { items { ${TASK_FIELDS} } } }`;
const SUBMIT = `mutation($input: SubmitFormInput!) { submitForm(input: $input) { ticketNumber processInstanceId } }`;
const TRACK = `query($n: String!, $p: String!) { trackTicket(number: $n, phone: $p) { status statusLabel timeline { status statusLabel } stages { status statusLabel optional ownerActs } } }`;

export const COMPLETE = `mutation($id: ID!, $data: JSON) { completeTask(id: $id, data: $data) { processStatus } }`;
export const APPROVE = `mutation($id: ID!, $comment: String) { approveTask(id: $id, comment: $comment) { processStatus } }`;
export const REJECT = `mutation($id: ID!, $comment: String) { rejectTask(id: $id, comment: $comment) { processStatus } }`;

/** Fails with the GraphQL errors when a call did not succeed, and answers its data. */
export function dataOf<T>(result: GraphqlResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export class RepairDemo {
  private readonly sessions = new Map<string, Promise<Session>>();
  private engineers: Map<string, string> | undefined;

  private constructor(
    readonly testApp: TestApp,
    /** `project:<code>`, `unit:<code>`, `buildingOf:<unit code>` → id. */
    readonly ids: Record<string, string>,
  ) {}

  /** The app with definitions/ deployed at start and the demo company seeded (its own database). */
  static async start(): Promise<RepairDemo> {
    const testApp = await startTestApp({ ...FAST_AUTH_ENV, DEPLOY_DEFINITIONS: 'true', SEED_DEMO_DATA: 'false' });
    const file = path.join(workspaceRoot, 'definitions/seed/demo.seed.json');
    await testApp.app.get(OrgSeeder).apply(parseSeedData(JSON.parse(readFileSync(file, 'utf8'))));
    const rows = await testApp.app
      .get(EntityManager)
      .fork()
      .execute<{ name: string; id: string }[]>(
        `select 'project:' || code as name, id::text as id from project
         union all select 'unit:' || code, id::text from unit
         union all select 'buildingOf:' || u.code, b.id::text from unit u join building b on b.id = u.building_id`,
      );
    return new RepairDemo(testApp, Object.fromEntries(rows.map((row) => [row.name, row.id])));
  }

  close(): Promise<void> {
    return this.testApp.close();
  }

  /** A demo user's session (signed in once, with tenant `anxin` and the demo password). */
  as(username: string): Promise<Session> {
    let session = this.sessions.get(username);
    if (!session) {
      session = login(this.testApp.baseUrl, username, { password: DEMO_PASSWORD, tenant: 'anxin' });
      this.sessions.set(username, session);
    }
    return session;
  }

  async gql<T>(username: string | null, query: string, variables: Record<string, unknown> = {}) {
    const token = username ? (await this.as(username)).token : undefined;
    return gql<T>(this.testApp.baseUrl, query, { variables, ...(token ? { token } : {}) });
  }

  /** A water-and-electricity repair in unit 1-101 of sunshine-garden, reported by owner-1 (or by `by`). */
  async submitRepair(requestId: string, data: Record<string, unknown> = {}, by = 'owner-1') {
    const result = await this.gql<{ submitForm: { ticketNumber: string; processInstanceId: string } }>(by, SUBMIT, {
      input: {
        formKey: 'repair-request',
        requestId,
        data: {
          projectId: this.ids['project:sunshine-garden'],
          buildingId: this.ids['buildingOf:1-101'],
          unitId: this.ids['unit:1-101'],
          category: 'water_electric',
          urgency: 'urgent',
          description: '厨房水管漏水，地面积水',
          contactPhone: OWNER_1_PHONE,
          ...data,
        },
      },
    });
    const { ticketNumber, processInstanceId } = dataOf(result).submitForm;
    return { number: ticketNumber, instanceId: processInstanceId };
  }

  /** The username of the engineer dispatch assigned the ticket to (the round robin decides which). */
  async dispatchedEngineer(number: string): Promise<string> {
    const engineerId = await waitFor(`the engineer of ${number}`, async () => {
      const read = await this.gql<{ ticket: { assignee: { id: string } | null } }>(
        'supervisor',
        `query($n: String!) { ticket(number: $n) { assignee { id } } }`,
        { n: number },
      );
      return read.data?.ticket.assignee?.id;
    });
    if (!this.engineers) {
      const users = await this.gql<{ users: { items: { id: string; username: string }[] } }>(
        'supervisor',
        `query { users(filter: { role: ENGINEER }, page: { limit: 200 }) { items { id username } } }`,
      );
      this.engineers = new Map(dataOf(users).users.items.map((u) => [u.id, u.username]));
    }
    const username = this.engineers.get(engineerId);
    if (!username) throw new Error(`the assignee ${engineerId} of ${number} is no engineer`);
    return username;
  }

  /** `username`'s open inbox task at `elementId` of the ticket, once it is there. */
  task(username: string, number: string, elementId: string): Promise<TaskRow> {
    return waitFor(`${elementId} of ${number} in the inbox of ${username}`, async () => {
      const inbox = await this.gql<{ tasks: { items: TaskRow[] } }>(username, INBOX);
      return inbox.data?.tasks.items.find((t) => t.ticketNumber === number && t.elementId === elementId);
    });
  }

  /** Whether `username` has an open inbox task at `elementId` of the ticket right now. */
  async hasTask(username: string, number: string, elementId: string): Promise<boolean> {
    const inbox = dataOf(await this.gql<{ tasks: { items: TaskRow[] } }>(username, INBOX));
    return inbox.tasks.items.some((t) => t.ticketNumber === number && t.elementId === elementId);
  }

  /** The ticket's open tasks as `elementId:username` (`elementId:-` unassigned), sorted (as admin sees them). */
  async openTasks(number: string): Promise<string[]> {
    const users = await this.gql<{ users: { items: { id: string; username: string }[] } }>(
      'admin',
      `query { users(page: { limit: 200 }) { items { id username } } }`,
    );
    const names = new Map(dataOf(users).users.items.map((u) => [u.id, u.username]));
    const tasks = dataOf(await this.gql<{ tasks: { items: TaskRow[] } }>('admin', TASKS_OF, { n: number }));
    return tasks.tasks.items
      .map((t) => `${t.elementId}:${t.assignee ? (names.get(t.assignee.id) ?? t.assignee.id) : '-'}`)
      .sort();
  }

  /** Waits for `username`'s task at `elementId` of the ticket and completes it with `data`. */
  async work(username: string, number: string, elementId: string, data: Record<string, unknown>): Promise<void> {
    const task = await this.task(username, number, elementId);
    dataOf(await this.gql(username, COMPLETE, { id: task.id, data }));
  }

  async approve(username: string, number: string, elementId: string, comment: string): Promise<void> {
    const task = await this.task(username, number, elementId);
    dataOf(await this.gql(username, APPROVE, { id: task.id, comment }));
  }

  async reject(username: string, number: string, elementId: string, comment: string): Promise<void> {
    const task = await this.task(username, number, elementId);
    dataOf(await this.gql(username, REJECT, { id: task.id, comment }));
  }

  /** The public tracking of a ticket with owner-1's phone, once `until` holds. */
  track(number: string, until: (tracked: Tracked) => boolean = () => true): Promise<Tracked> {
    return waitFor(`tracking of ${number}`, async () => {
      const result = await this.gql<{ trackTicket: Tracked }>(null, TRACK, { n: number, p: OWNER_1_PHONE });
      const tracked = result.data?.trackTicket;
      return tracked && until(tracked) ? tracked : undefined;
    });
  }
}
