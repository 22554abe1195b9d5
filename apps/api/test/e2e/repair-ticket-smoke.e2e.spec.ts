// Smoke test of the repair-ticket definitions on the running app (deployed at start, the anxin demo company):
// the ≤ 500 yuan branch over GraphQL, with the real forms and the built-in actions. The full journey of issue #8
// (every branch) is its own suite.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { workspaceRoot } from '@anxin/testing';
import { OrgSeeder } from '../../src/modules/seed/org-seeder.service';
import { parseSeedData } from '../../src/modules/seed/seed-data.schema';
import { FAST_AUTH_ENV, gql, login, type Session } from '../support/graphql-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

const SUBMIT = `mutation($input: SubmitFormInput!) { submitForm(input: $input) { ticketNumber } }`;
const INBOX = `query { tasks(filter: { mine: true }) { items { id elementId ticketNumber } } }`;
const COMPLETE = `mutation($id: ID!, $data: JSON) { completeTask(id: $id, data: $data) { processStatus } }`;
const TRACK = `query($n: String!, $p: String!) { trackTicket(number: $n, phone: $p) { status timeline { statusLabel } } }`;
const TICKET = `query($n: String!) { ticket(number: $n) { status team estimatedCost rating dispatchExplanation } }`;

type Inbox = { tasks: { items: { id: string; elementId: string; ticketNumber: string }[] } };

describe('repair-ticket on the running app (smoke)', () => {
  let testApp: TestApp;
  const sessions: Record<string, Session> = {};
  const ids: Record<string, string> = {};

  const as = async (username: string) =>
    (sessions[username] ??= await login(testApp.baseUrl, username, { password: 'anxin123', tenant: 'anxin' }));

  /** Waits for `username`'s task at `elementId` of the ticket, then completes it with `data`. */
  const work = async (username: string, ticket: string, elementId: string, data: Record<string, unknown>) => {
    const { token } = await as(username);
    const task = await waitFor(`${elementId} for ${username}`, async () => {
      const inbox = await gql<Inbox>(testApp.baseUrl, INBOX, { token });
      return inbox.data?.tasks.items.find((t) => t.ticketNumber === ticket && t.elementId === elementId);
    });
    const done = await gql(testApp.baseUrl, COMPLETE, { token, variables: { id: task.id, data } });
    expect(done.errors).toBeUndefined();
  };

  beforeAll(async () => {
    testApp = await startTestApp({ ...FAST_AUTH_ENV, DEPLOY_DEFINITIONS: 'true', SEED_DEMO_DATA: 'false' });
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
    for (const row of rows) ids[row.name] = row.id;
  });

  afterAll(() => testApp?.close());

  it('should run a 300-yuan ticket from the owner to a 2-star rating and a follow-up', async () => {
    // Given owner-1 reports a leak in his unit
    const owner = await as('owner-1');
    const submitted = await gql<{ submitForm: { ticketNumber: string } }>(testApp.baseUrl, SUBMIT, {
      token: owner.token,
      variables: {
        input: {
          formKey: 'repair-request',
          requestId: 'smoke-1',
          data: {
            projectId: ids['project:sunshine-garden'],
            buildingId: ids['buildingOf:1-101'],
            unitId: ids['unit:1-101'],
            category: 'water_electric',
            urgency: 'urgent',
            description: '厨房水管漏水',
            contactPhone: '13800000001',
          },
        },
      },
    });
    expect(submitted.errors).toBeUndefined();
    const number = submitted.data!.submitForm.ticketNumber;
    expect(number).toMatch(/^BX\d{14}$/);
    // When the water-and-electricity engineer dispatch chose (eng-we-1 or eng-we-2: the round robin's turn) accepts,
    // surveys at 300 yuan and repairs; the owner confirms and rates 2 stars
    const engineer = await waitFor('the dispatched engineer', async () => {
      const read = await gql<{ ticket: { assignee: { id: string } | null } }>(
        testApp.baseUrl,
        `query($n: String!) { ticket(number: $n) { assignee { id } } }`,
        { token: (await as('supervisor')).token, variables: { n: number } },
      );
      return read.data?.ticket.assignee?.id;
    });
    const [row] = await testApp.app
      .get(EntityManager)
      .fork()
      .execute<{ username: string }[]>('select username from app_user where id = ?::uuid', [engineer]);
    const we = row!.username;
    expect(['eng-we-1', 'eng-we-2']).toContain(we);
    await work(we, number, 'accept', {});
    await work(we, number, 'survey', {
      diagnosis: '角阀老化',
      materials: [{ name: '角阀', quantity: 2, unitPrice: 50 }],
      estimatedCost: 300,
    });
    await work(we, number, 'repair', { workLog: '更换两个角阀' });
    await work('owner-1', number, 'confirm', { confirmed: 'yes' });
    await work('owner-1', number, 'rate', { stars: 2, comment: '一般' });
    // Then the supervisor has the follow-up, and the owner tracks every status in order
    await work('supervisor', number, 'followUp', { outcome: 'resolved', notes: '已电话回访，业主接受' });
    const tracked = await waitFor('closed', async () => {
      const result = await gql<{ trackTicket: { status: string; timeline: { statusLabel: string }[] } }>(
        testApp.baseUrl,
        TRACK,
        { variables: { n: number, p: '13800000001' } },
      );
      return result.data?.trackTicket.status === 'closed' ? result.data.trackTicket : undefined;
    });
    expect(tracked.timeline.map((t) => t.statusLabel)).toEqual([
      '已受理',
      '已派单',
      '工程师已出发',
      '维修中',
      '待确认',
      '待评价',
      '已完成',
    ]);
    const ticket = await gql<{ ticket: Record<string, unknown> }>(testApp.baseUrl, TICKET, {
      token: (await as('supervisor')).token,
      variables: { n: number },
    });
    expect(ticket.data?.ticket).toMatchObject({ team: 'team-we', estimatedCost: 300, rating: 2 });
    expect(ticket.data?.ticket['dispatchExplanation']).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it("should ask the unit's owner, not the agent who filed the ticket, to confirm the repair", async () => {
    // Given the agent files a ticket for owner-2's unit (a phone call)
    const agent = await as('agent');
    const filed = await gql<{ submitForm: { ticketNumber: string } }>(testApp.baseUrl, SUBMIT, {
      token: agent.token,
      variables: {
        input: {
          formKey: 'repair-request',
          requestId: 'smoke-agent-1',
          data: {
            projectId: ids['project:riverside-one'],
            buildingId: ids['buildingOf:A-1201'],
            unitId: ids['unit:A-1201'],
            category: 'water_electric',
            urgency: 'normal',
            description: '卫生间灯不亮了',
            contactPhone: '13800000002',
          },
        },
      },
    });
    expect(filed.errors).toBeUndefined();
    const number = filed.data!.submitForm.ticketNumber;
    // When the dispatched engineer accepts, surveys at 100 yuan and repairs
    const engineer = await waitFor('the dispatched engineer', async () => {
      const read = await gql<{ ticket: { assignee: { id: string } | null } }>(
        testApp.baseUrl,
        `query($n: String!) { ticket(number: $n) { assignee { id } } }`,
        { token: (await as('supervisor')).token, variables: { n: number } },
      );
      return read.data?.ticket.assignee?.id;
    });
    const [row] = await testApp.app
      .get(EntityManager)
      .fork()
      .execute<{ username: string }[]>('select username from app_user where id = ?::uuid', [engineer]);
    await work(row!.username, number, 'accept', {});
    await work(row!.username, number, 'survey', { diagnosis: '灯泡坏了', materials: [], estimatedCost: 100 });
    await work(row!.username, number, 'repair', { workLog: '更换灯泡' });
    // Then owner-2 confirms (the agent has nothing to confirm)
    await work('owner-2', number, 'confirm', { confirmed: 'yes' });
    const agentInbox = await gql<Inbox>(testApp.baseUrl, INBOX, { token: agent.token });
    expect(agentInbox.data?.tasks.items.filter((t) => t.ticketNumber === number)).toEqual([]);
  });
});
