import { LiveEvents } from '../../src/modules/live/live-events.service';
import { LIVE_TOPICS } from '../../src/modules/live/live-topic';
import { codesOf, FAST_AUTH_ENV, gql, login, seedFixture, type Session } from '../support/graphql-session';
import { liveSubscribe, type LiveSubscription } from '../support/live-client';
import { type TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { demoIds, deployTicketFlow } from '../support/workflow-fixtures';

const INBOX_CHANGED = 'subscription { inboxChanged { processInstanceIds } }';
const TICKET_UPDATED = 'subscription($n: String!) { ticketUpdated(number: $n) { number status statusLabel } }';
const SUBMIT = `mutation($input: SubmitFormInput!) { submitForm(input: $input) { processInstanceId ticketNumber } }`;
const INBOX = `{ tasks(filter: { mine: true }) { items { id processInstanceId } } }`;
const COMPLETE = `mutation($id: ID!, $data: JSON) { completeTask(id: $id, data: $data) { processStatus } }`;

type InboxChanged = { inboxChanged: { processInstanceIds: string[] } };
type TicketUpdated = { ticketUpdated: { status: string; statusLabel: string } };

/*
 *  ticket-flow (apps/api/test/fixtures/workflow): the owner's request opens "handle" for the engineer group,
 *  then finance approves costs over 500, then the owner confirms.
 */
describe('live inbox and ticket updates over graphql-ws', () => {
  let testApp: TestApp;
  let baseUrl: string;
  const users: Record<string, Session> = {};
  const open: LiveSubscription<unknown>[] = [];
  let tenantId = '';
  let request: Record<string, unknown>;

  const subscribe = <T>(query: string, user: string, variables?: Record<string, unknown>) => {
    const subscription = liveSubscribe<T>(baseUrl, query, {
      token: users[user]?.token ?? '',
      ...(variables ? { variables } : {}),
    });
    open.push(subscription);
    return subscription;
  };
  const subscribers = () => testApp.app.get(LiveEvents).subscriberCount(LIVE_TOPICS.workChanged(tenantId));

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    await seedFixture(testApp, 'other-tenant');
    await deployTicketFlow(testApp);
    for (const name of ['owner', 'engineer', 'finance']) users[name] = await login(baseUrl, name);
    users['otherAdmin'] = await login(baseUrl, 'admin', { tenant: 'other', password: 'other-admin-pw' });
    const me = await gql<{ me: { tenantId: string } }>(baseUrl, '{ me { tenantId } }', {
      token: users['owner']!.token,
    });
    tenantId = me.data?.me.tenantId ?? '';
    const ids = await demoIds(testApp);
    request = {
      projectId: ids.project('lakeside'),
      unitId: ids.unit('1-1-101'),
      category: 'pipe',
      description: '卫生间下水道堵了',
      phone: '13900000001',
    };
  });

  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
    await testApp?.close();
  });

  it('should tell the candidate group of a new task, not others, and push each status of a ticket to its watcher', async () => {
    // Given the engineer and finance watching their inboxes
    const engineerInbox = subscribe<InboxChanged>(INBOX_CHANGED, 'engineer');
    const financeInbox = subscribe<InboxChanged>(INBOX_CHANGED, 'finance');
    await Promise.all([engineerInbox.connected, financeInbox.connected]);
    await waitFor('two subscriptions', () => Promise.resolve(subscribers() >= 2));

    // When the owner files a ticket
    const filed = await gql<{ submitForm: { processInstanceId: string; ticketNumber: string } }>(baseUrl, SUBMIT, {
      token: users['owner']!.token,
      variables: { input: { formKey: 'ticket-request', data: request, requestId: 'live-1' } },
    });
    const { processInstanceId, ticketNumber } = filed.data!.submitForm;

    // Then the engineer hears of it (his group is the candidate), and finance does not
    const [heard] = await waitFor('the inbox event', () =>
      Promise.resolve(engineerInbox.events.length > 0 && engineerInbox.events),
    );
    expect(heard?.inboxChanged.processInstanceIds).toEqual([processInstanceId]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(financeInbox.events).toEqual([]);

    // Given the owner watching his ticket
    const watcher = subscribe<TicketUpdated>(TICKET_UPDATED, 'owner', { n: ticketNumber });
    await watcher.connected;
    await waitFor('the ticket subscription', () => Promise.resolve(subscribers() >= 3));
    // When the engineer completes the work with a cost over 500
    const inbox = await gql<{ tasks: { items: { id: string; processInstanceId: string }[] } }>(baseUrl, INBOX, {
      token: users['engineer']!.token,
    });
    const task = inbox.data?.tasks.items.find((t) => t.processInstanceId === processInstanceId);
    await gql(baseUrl, COMPLETE, { token: users['engineer']!.token, variables: { id: task?.id, data: { cost: 600 } } });

    // Then the owner's watcher gets the ticket read for him, now pending approval, and finance hears of its task
    const [update] = await waitFor('the ticket update', () =>
      Promise.resolve(watcher.events.length > 0 && watcher.events),
    );
    expect(update?.ticketUpdated).toEqual({ number: ticketNumber, status: 'pending_approval', statusLabel: '待审批' });
    await waitFor('finance inbox event', () => Promise.resolve(financeInbox.events.length > 0));
    expect(watcher.errors).toEqual([]);
  });

  it("should refuse to watch a ticket outside the caller's scope", async () => {
    const filed = await gql<{ submitForm: { ticketNumber: string } }>(baseUrl, SUBMIT, {
      token: users['owner']!.token,
      variables: { input: { formKey: 'ticket-request', data: request, requestId: 'live-2' } },
    });
    const stranger = subscribe<TicketUpdated>(TICKET_UPDATED, 'otherAdmin', { n: filed.data?.submitForm.ticketNumber });
    await waitFor('the refusal', () => Promise.resolve(stranger.errors.length > 0));
    expect(codesOf({ status: 200, headers: new Headers(), errors: stranger.errors[0] })).toEqual(['NOT_FOUND']);
  });
});
