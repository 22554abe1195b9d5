import { Client } from 'pg';
import { codesOf, FAST_AUTH_ENV, gql, login, seedFixture, type GraphqlResult } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoIds, deployTicketFlow } from '../support/workflow-fixtures';

const SUBMIT = `mutation($input: SubmitFormInput!) {
  submitForm(input: $input) { id formKey formVersion processInstanceId ticketNumber }
}`;
const TICKET = `query($n: String!) {
  ticket(number: $n) { number status statusLabel statusLabelEn category estimatedCost processInstanceId
    assignee { displayName } timeline { status statusLabel actorName note } }
}`;
const TRACK = `query($n: String!, $p: String!) {
  trackTicket(number: $n, phone: $p) { number status statusLabel engineerName timeline { status statusLabel } }
}`;
const INBOX = `query($f: TaskFilter) {
  tasks(filter: $f) { total items { id name elementId status ticketNumber createdAt dueAt } }
}`;
const TASK = `query($id: ID!) { task(id: $id) { id name formKey formVersion form values } }`;
const CLAIM = `mutation($id: ID!) { claimTask(id: $id) { processStatus createdTaskIds } }`;
const COMPLETE = `mutation($id: ID!, $data: JSON, $r: String) {
  completeTask(id: $id, data: $data, requestId: $r) { processInstanceId processStatus createdTaskIds replayed }
}`;
const INSTANCE = `query($id: ID!) {
  processInstance(id: $id) { id status processKey processVersion activeElementIds ticketNumber
    initiator { displayName } history { type elementId actor { displayName } } tasks { elementId status } }
}`;
const DIAGRAM = `query($id: ID!) { processDiagram(id: $id) { xml completedElementIds activeElementIds } }`;
const REVOKE = `mutation($id: ID!) { revokeProcess(processInstanceId: $id, reason: "不需要了") { status } }`;

type Submission = { submitForm: { id: string; processInstanceId: string; ticketNumber: string; formVersion: number } };
type Ticket = {
  ticket: {
    status: string;
    statusLabel: string;
    estimatedCost: number | null;
    processInstanceId: string;
    timeline: { status: string; statusLabel: string; actorName: string; note: string | null }[];
  };
};
type Inbox = {
  tasks: { total: number; items: { id: string; elementId: string; ticketNumber: string; createdAt: string }[] };
};

describe('forms, processes, tasks and tickets over GraphQL', () => {
  let testApp: TestApp;
  let baseUrl: string;
  const tokens: Record<string, string> = {};
  let request: Record<string, unknown>;
  let ticketNumber = '';
  let instanceId = '';

  const as = <T>(user: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> =>
    gql<T>(baseUrl, query, { token: tokens[user] ?? '', variables });
  const inbox = async (user: string, ticket: string) =>
    (await as<Inbox>(user, INBOX, { f: { mine: true, ticketNumber: ticket } })).data?.tasks.items ?? [];
  const auditOutcomes = async (operation: string, targetId: string) => {
    const sql = new Client({ connectionString: testApp.database.url });
    await sql.connect();
    try {
      const { rows } = await sql.query<{ outcome: string }>(
        'select outcome from audit_log where operation = $1 and target_id = $2 order by at',
        [operation, targetId],
      );
      return rows.map((r) => r.outcome);
    } finally {
      await sql.end();
    }
  };
  const submit = (user: string, data: Record<string, unknown>, requestId: string) =>
    as<Submission>(user, SUBMIT, { input: { formKey: 'ticket-request', data, requestId } });

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    await seedFixture(testApp, 'other-tenant');
    await deployTicketFlow(testApp);
    for (const name of ['owner', 'engineer', 'finance', 'agent', 'admin'])
      tokens[name] = (await login(baseUrl, name, name === 'admin' ? { tenant: 'demo' } : {})).token;
    tokens['otherAdmin'] = (await login(baseUrl, 'admin', { tenant: 'other', password: 'other-admin-pw' })).token;
    const ids = await demoIds(testApp);
    request = {
      projectId: ids.project('lakeside'),
      unitId: ids.unit('1-1-101'),
      category: 'door',
      description: '入户门锁坏了，打不开',
      phone: '13900000001',
    };
  }, 60_000);

  afterAll(() => testApp?.close());

  it('should validate a submission, start its process and answer the ticket number, once per request id', async () => {
    // Given the owner's valid repair request, when he submits it twice with the same request id
    const first = await submit('owner', request, 'owner-req-1');
    const again = await submit('owner', request, 'owner-req-1');
    // Then one submission, one instance, one ticket number
    expect(first.errors).toBeUndefined();
    ticketNumber = first.data?.submitForm.ticketNumber ?? '';
    instanceId = first.data?.submitForm.processInstanceId ?? '';
    expect(ticketNumber).toMatch(/^TK\d{14}$/);
    expect(again.data?.submitForm).toEqual(first.data?.submitForm);
  });

  it('should refuse invalid data with VALIDATION_FAILED and problems, storing nothing', async () => {
    const before = (await as<{ tickets: { total: number } }>('owner', '{ tickets { total } }')).data?.tickets.total;
    // When the description is too short and the unit is not his
    const ids = await demoIds(testApp);
    const bad = await submit('owner', { ...request, description: '坏', unitId: ids.unit('1-1-102') }, 'owner-bad');
    // Then a coded error naming both fields, and no new ticket
    expect(codesOf(bad)).toEqual(['VALIDATION_FAILED']);
    const paths = (bad.errors?.[0]?.extensions?.['problems'] as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['data.description', 'data.unitId']));
    const after = (await as<{ tickets: { total: number } }>('owner', '{ tickets { total } }')).data?.tickets.total;
    expect(after).toBe(before);
  });

  it('should show the ticket with the statuses passed so far, labelled from the status dictionary', async () => {
    const ticket = await as<Ticket>('owner', TICKET, { n: ticketNumber });
    expect(ticket.data?.ticket).toMatchObject({ status: 'in_progress', statusLabel: '处理中', estimatedCost: null });
    expect(ticket.data?.ticket.timeline.map((e) => e.statusLabel)).toEqual(['已受理', '处理中']);
    expect(ticket.data?.ticket.timeline[0]?.actorName).toBe('黄先生（业主）');
  });

  it("should offer the task to the candidate group's inbox, give its form, and validate completion data", async () => {
    const [handle] = await inbox('engineer', ticketNumber);
    expect(handle?.elementId).toBe('handle');
    // (bench:api found raw timestamps (strings) failing the DateTime fields: they are ISO dates now)
    expect(handle?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const detail = await as<{ task: { formKey: string; form: { fields: unknown[] } } }>('engineer', TASK, {
      id: handle?.id,
    });
    expect(detail.data?.task.formKey).toBe('ticket-handle');
    expect(codesOf(await as('engineer', CLAIM, { id: handle?.id }))).toEqual([]);
    // When he completes without the required cost, then VALIDATION_FAILED and the task stays open
    const missing = await as('engineer', COMPLETE, { id: handle?.id, data: { notes: 'x' } });
    expect(codesOf(missing)).toEqual(['VALIDATION_FAILED']);
    // When he completes with a cost over 500, twice with one request id, then one step, the second replayed
    const done = await as<{ completeTask: { replayed: boolean } }>('engineer', COMPLETE, {
      id: handle?.id,
      data: { cost: 820 },
      r: 'eng-1',
    });
    const replay = await as<{ completeTask: { replayed: boolean } }>('engineer', COMPLETE, {
      id: handle?.id,
      data: { cost: 820 },
      r: 'eng-1',
    });
    expect(done.data?.completeTask.replayed).toBe(false);
    expect(replay.data?.completeTask.replayed).toBe(true);
    // A completion without the request id is a second attempt: CONFLICT
    expect(codesOf(await as('engineer', COMPLETE, { id: handle?.id, data: { cost: 820 } }))).toEqual(['CONFLICT']);
    // Then one audit row per call: the step's in its own statement, the refusals and the replay after the resolver
    const audited = await auditOutcomes('completeTask', handle?.id ?? '');
    expect(audited).toEqual(['VALIDATION_FAILED', 'ok', 'ok', 'CONFLICT']);
    const ticket = await as<Ticket>('owner', TICKET, { n: ticketNumber });
    expect(ticket.data?.ticket).toMatchObject({ status: 'pending_approval', estimatedCost: 820 });
  });

  it('should carry the ticket through approval and confirmation to closed, and track it by phone', async () => {
    const [approve] = await inbox('finance', ticketNumber);
    expect(approve?.elementId).toBe('approve');
    expect(codesOf(await as('finance', COMPLETE, { id: approve?.id }))).toEqual([]);
    const [confirm] = await inbox('owner', ticketNumber);
    expect(confirm?.elementId).toBe('confirm');
    expect(codesOf(await as('owner', COMPLETE, { id: confirm?.id }))).toEqual([]);
    // When anyone tracks it with the contact phone (spaces and +86 ignored), then the statuses in order
    const tracked = await gql<{ trackTicket: { status: string; timeline: { statusLabel: string }[] } }>(
      baseUrl,
      TRACK,
      {
        variables: { n: ticketNumber, p: '+86 139 0000 0001' },
      },
    );
    expect(tracked.data?.trackTicket.status).toBe('closed');
    expect(tracked.data?.trackTicket.timeline.map((e) => e.statusLabel)).toEqual([
      '已受理',
      '处理中',
      '待审批',
      '待确认',
      '已完成',
    ]);
    // And with a wrong phone, or an unknown number, the same NOT_FOUND
    expect(codesOf(await gql(baseUrl, TRACK, { variables: { n: ticketNumber, p: '13800000000' } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codesOf(await gql(baseUrl, TRACK, { variables: { n: 'TK0', p: '13900000001' } }))).toEqual(['NOT_FOUND']);
  });

  it('should show the instance with its history, tasks and diagram to those in scope only', async () => {
    const instance = await as<{ processInstance: { status: string; history: { type: string }[]; tasks: unknown[] } }>(
      'owner',
      INSTANCE,
      { id: instanceId },
    );
    expect(instance.data?.processInstance.status).toBe('completed');
    expect(instance.data?.processInstance.history.map((h) => h.type)).toContain('instanceStarted');
    expect(instance.data?.processInstance.tasks).toHaveLength(3);
    const diagram = await as<{ processDiagram: { xml: string; completedElementIds: string[] } }>('agent', DIAGRAM, {
      id: instanceId,
    });
    expect(diagram.data?.processDiagram.xml).toContain('ticket-flow');
    expect(diagram.data?.processDiagram.completedElementIds).toEqual(['handle', 'approve', 'confirm']);
    // Another tenant's admin: every id is unknown to him
    expect(codesOf(await as('otherAdmin', INSTANCE, { id: instanceId }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await as('otherAdmin', TICKET, { n: ticketNumber }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await as('otherAdmin', DIAGRAM, { id: instanceId }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await as('owner', INSTANCE, { id: 'not-a-uuid' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('should let the owner revoke (撤销) his running ticket, which becomes cancelled', async () => {
    const second = await submit('owner', request, 'owner-req-2');
    const id = second.data?.submitForm.processInstanceId;
    const revoked = await as<{ revokeProcess: { status: string } }>('owner', REVOKE, { id });
    expect(revoked.data?.revokeProcess.status).toBe('terminated');
    const ticket = await as<Ticket>('owner', TICKET, { n: second.data?.submitForm.ticketNumber });
    expect(ticket.data?.ticket.status).toBe('cancelled');
    // The engineer cannot revoke somebody else's instance: the engine refuses it
    const third = await submit('owner', request, 'owner-req-3');
    expect(codesOf(await as('agent', REVOKE, { id: third.data?.submitForm.processInstanceId }))).toEqual(['FORBIDDEN']);
  });

  it('should answer every timestamp as an ISO date-time (#7: raw SQL rows carry them as strings; was INTERNAL)', async () => {
    // Given a submitted ticket, when its submission, instance, tasks and ticket are read with their timestamps
    const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const submitted = await as<{ submitForm: { createdAt: string; processInstanceId: string; ticketNumber: string } }>(
      'owner',
      `mutation($input: SubmitFormInput!) { submitForm(input: $input) { createdAt processInstanceId ticketNumber } }`,
      { input: { formKey: 'ticket-request', data: request, requestId: 'owner-dates' } },
    );
    const { processInstanceId: id, ticketNumber: n } = submitted.data?.submitForm ?? {};
    const instance = await as(
      'owner',
      `query($id: ID!) { processInstance(id: $id) { startedAt endedAt
      history { at } tasks { createdAt dueAt completedAt } } }`,
      { id },
    );
    const ticket = await as(
      'owner',
      `query($n: String!) { ticket(number: $n) { createdAt closedAt slaDueAt
      timeline { at } } }`,
      { n },
    );
    const tracked = await gql(
      baseUrl,
      `query($n: String!) { trackTicket(number: $n, phone: "13900000001") {
      createdAt timeline { at } } }`,
      { variables: { n } },
    );
    // Then no error, and ISO strings
    expect([submitted, instance, ticket, tracked].flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(submitted.data?.submitForm.createdAt).toEqual(iso);
    expect(instance.data).toEqual({
      processInstance: {
        startedAt: iso,
        endedAt: null,
        history: [{ at: iso }],
        tasks: [{ createdAt: iso, dueAt: null, completedAt: null }],
      },
    });
    expect(ticket.data).toMatchObject({
      ticket: { createdAt: iso, closedAt: null, timeline: [{ at: iso }, { at: iso }] },
    });
    expect(tracked.data).toMatchObject({ trackTicket: { createdAt: iso, timeline: [{ at: iso }, { at: iso }] } });
  });
});
