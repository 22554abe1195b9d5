import { randomUUID } from 'node:crypto';
import type { UnitLocation } from './demo-location';
import { eventually, GraphqlClient } from './graphql-client';

const SUBMIT = `mutation($input: SubmitFormInput!) { submitForm(input: $input) { ticketNumber } }`;
const ASSIGNEE = `query($n: String!) { ticket(number: $n) { assignee { id } } }`;
const ENGINEERS = `query { users(filter: { role: ENGINEER }, page: { limit: 200 }) { items { id username } } }`;
const INBOX = `query { tasks(filter: { mine: true, status: OPEN }, page: { limit: 200 }) { items { id elementId ticketNumber } } }`;
const COMPLETE = `mutation($id: ID!, $data: JSON) { completeTask(id: $id, data: $data) { processStatus } }`;

/** Tickets made as the demo's people make them, through GraphQL: an owner submits, the dispatched engineer works. */
export class DemoTickets {
  private readonly sessions = new Map<string, Promise<GraphqlClient>>();

  constructor(private readonly baseUrl: string) {}

  as(username: string): Promise<GraphqlClient> {
    let session = this.sessions.get(username);
    if (!session) this.sessions.set(username, (session = GraphqlClient.login(this.baseUrl, username)));
    return session;
  }

  /** owner-1 submits the form `formKey` for his unit (submitForm); answers the ticket number. */
  async submit(formKey: string, location: UnitLocation, data: Record<string, unknown>): Promise<string> {
    const owner = await this.as('owner-1');
    const answer = await owner.request<{ submitForm: { ticketNumber: string } }>(SUBMIT, {
      input: { formKey, requestId: randomUUID(), data: { ...location, ...data } },
    });
    return answer.submitForm.ticketNumber;
  }

  /** The username of the engineer dispatch gave the ticket to. */
  async dispatchedEngineer(number: string): Promise<string> {
    const admin = await this.as('admin');
    const engineerId = await eventually(`the engineer of ${number}`, async () => {
      const read = await admin.request<{ ticket: { assignee: { id: string } | null } }>(ASSIGNEE, { n: number });
      return read.ticket.assignee?.id;
    });
    const users = await admin.request<{ users: { items: { id: string; username: string }[] } }>(ENGINEERS);
    const engineer = users.users.items.find((u) => u.id === engineerId);
    if (!engineer) throw new Error(`the assignee of ${number} is no engineer`);
    return engineer.username;
  }

  /** Waits for `username`'s open task at `elementId` of the ticket and completes it with `data`. */
  async work(username: string, number: string, elementId: string, data: Record<string, unknown>): Promise<void> {
    const session = await this.as(username);
    const task = await eventually(`${elementId} of ${number} for ${username}`, async () => {
      const inbox = await session.request<{
        tasks: { items: { id: string; elementId: string; ticketNumber: string }[] };
      }>(INBOX);
      return inbox.tasks.items.find((t) => t.ticketNumber === number && t.elementId === elementId);
    });
    await session.request(COMPLETE, { id: task.id, data });
  }
}
