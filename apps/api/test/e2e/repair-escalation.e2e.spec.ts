// The escalation path of the repair ticket (issue #8), changed by data alone: the designer deploys a repair-dispatch
// table whose urgent SLA is 2 seconds through deployDefinition; a ticket nobody accepts in time reaches the
// supervisor (a notification and the 超时工单 task), and at twice the SLA the project manager.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { dataOf, RepairDemo } from '../support/repair-demo';
import { waitFor } from '../support/wait-for';

const DEPLOY = `mutation($input: DefinitionInput!) { deployDefinition(input: $input) { version created problems { code message } } }`;
const NOTIFICATIONS = `query { notifications(page: { limit: 200 }) { kind title processInstanceId } }`;
const TICKET = `query($n: String!) { ticket(number: $n) { status createdAt slaDueAt } }`;

type Notifications = { notifications: { kind: string; title: string; processInstanceId: string | null }[] };

describe('the repair-ticket escalation with an SLA changed through deployDefinition', () => {
  let demo: RepairDemo;

  beforeAll(async () => {
    demo = await RepairDemo.start();
  });

  afterAll(() => demo?.close());

  const notificationOf = (username: string, instanceId: string, title: string) =>
    waitFor(`${username} notified "${title}"`, async () => {
      const read = await demo.gql<Notifications>(username, NOTIFICATIONS);
      return read.data?.notifications.find((n) => n.processInstanceId === instanceId && n.title === title);
    });

  it('given the urgent SLA deployed as PT2S, when nobody accepts a new urgent ticket in time, then the supervisor is notified and gets the overdue task', async () => {
    // Given the designer deploys repair-dispatch with the urgent SLA at 2 seconds
    const file = readFileSync(path.join(workspaceRoot, 'definitions/decisions/repair-dispatch.decision.json'), 'utf8');
    const table = JSON.parse(file) as { rules: { id: string; then: Record<string, unknown> }[] };
    const urgent = table.rules.find((rule) => rule.id === 'urgent');
    expect(urgent?.then['sla']).toBe('PT30M');
    urgent!.then['sla'] = 'PT2S';
    const deployed = await demo.gql<{ deployDefinition: { version: number; created: boolean } }>('designer', DEPLOY, {
      input: { kind: 'DECISION_TABLE', key: 'repair-dispatch', content: JSON.stringify(table, null, 2) },
    });
    expect(dataOf(deployed).deployDefinition).toMatchObject({ version: 2, created: true });

    // When owner-1 reports an urgent leak and the dispatched engineer does not accept it
    const ticket = await demo.submitRepair('escalation-1', { urgency: 'urgent' });
    const engineer = await demo.dispatchedEngineer(ticket.number);
    await demo.task(engineer, ticket.number, 'accept');
    const read = dataOf(
      await demo.gql<{ ticket: { createdAt: string; slaDueAt: string } }>('supervisor', TICKET, {
        n: ticket.number,
      }),
    );
    // (the ticket is due within seconds, not the file's 30 minutes)
    expect(Date.parse(read.ticket.slaDueAt) - Date.parse(read.ticket.createdAt)).toBeLessThan(60_000);

    // Then the supervisor is told and has the 超时工单 task in his inbox, while the engineer's task stays open
    const notified = await notificationOf('supervisor', ticket.instanceId, '报修工单超时未接单');
    expect(notified.kind).toBe('ACTION');
    const overdue = await demo.task('supervisor', ticket.number, 'overdue');
    expect(overdue.status).toBe('open');
    expect(await demo.hasTask(engineer, ticket.number, 'accept')).toBe(true);
    // And at twice the SLA the project manager is told too
    await notificationOf('manager', ticket.instanceId, '报修工单严重超时');

    // When the supervisor reassigns the ticket to the other water-and-electricity engineer
    const other = engineer === 'eng-we-1' ? 'eng-we-2' : 'eng-we-1';
    const users = dataOf(
      await demo.gql<{ users: { items: { id: string; username: string }[] } }>(
        'supervisor',
        `query { users(filter: { role: ENGINEER }, page: { limit: 200 }) { items { id username } } }`,
      ),
    );
    const otherId = users.users.items.find((u) => u.username === other)!.id;
    await demo.work('supervisor', ticket.number, 'overdue', { action: 'reassign', reassignTo: otherId });
    // Then he has a fresh accept task and the first engineer's is gone
    await demo.task(other, ticket.number, 'accept');
    expect(await demo.hasTask(engineer, ticket.number, 'accept')).toBe(false);
  });
});
