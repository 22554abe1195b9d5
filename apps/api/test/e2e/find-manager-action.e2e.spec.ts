import { EntityManager } from '@mikro-orm/postgresql';
import { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import { FAST_AUTH_ENV, gql, login, type Session } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { readWorkflowFixture } from '../support/workflow-fixtures';

const START = `mutation($input: StartProcessInput!) { startProcess(input: $input) { id } }`;
const INSTANCE = `query($id: ID!) { processInstance(id: $id) { variables tasks { elementId assignee { id } } } }`;

type Instance = { processInstance: { variables: Record<string, unknown>; tasks: { elementId: string; assignee: { id: string } | null }[] } }; // prettier-ignore

/*
 *  manager-flow: (start) → [⚙ find-manager who, levels] ──▶ [审批 approve: boss] → (end)
 *                            ⚡ INPUT_INVALID ──▶ [输入有误 badInput: the initiator] → (bad-end)
 *  Test org chart: engineer → supervisor → manager (no manager above).
 */
describe('the find-manager action', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let agent: Session;
  const userIds: Record<string, string> = {};
  let requests = 0;

  /** Starts manager-flow and waits until find-manager answered (`boss` set) or its input was refused. */
  const startLookup = async (variables: Record<string, unknown>) => {
    const started = await gql<{ startProcess: { id: string } }>(baseUrl, START, {
      token: agent.token,
      variables: { input: { processKey: 'manager-flow', variables, requestId: `manager-${++requests}` } },
    });
    const id = started.data!.startProcess.id;
    return waitFor('find-manager to answer', async () => {
      const read = await gql<Instance>(baseUrl, INSTANCE, { token: agent.token, variables: { id } });
      const instance = read.data?.processInstance;
      if (!instance) return undefined;
      const refused = instance.tasks.some((t) => t.elementId === 'badInput');
      return refused || 'boss' in instance.variables ? instance : undefined;
    });
  };
  const sql = (statement: string, params: unknown[] = []) =>
    testApp.app.get(EntityManager).fork().execute(statement, params);

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    await testApp.app
      .get(DefinitionRegistry)
      .deploy({ kind: 'process', key: 'manager-flow', content: readWorkflowFixture('manager-flow.bpmn') });
    agent = await login(baseUrl, 'agent');
    const rows = (await sql('select id, username from app_user')) as { id: string; username: string }[];
    for (const row of rows) userIds[row.username] = row.id;
  });

  afterAll(() => testApp?.close());

  it("should give the approval to the engineer's manager one level up, and to the manager above him two levels up", async () => {
    // Given the engineer reports to the supervisor, who reports to the manager
    // When the process looks one, then two levels up
    const one = await startLookup({ who: userIds['engineer'], levels: 1 });
    const two = await startLookup({ who: userIds['engineer'], levels: 2 });
    // Then the approval goes to the supervisor, then to the manager
    expect(one.variables['boss']).toBe(userIds['supervisor']);
    expect(one.tasks.find((t) => t.elementId === 'approve')?.assignee?.id).toBe(userIds['supervisor']);
    expect(two.variables['boss']).toBe(userIds['manager']);
    expect(two.tasks.find((t) => t.elementId === 'approve')?.assignee?.id).toBe(userIds['manager']);
  });

  it('should answer null when the chain ends before that level', async () => {
    const instance = await startLookup({ who: userIds['engineer'], levels: 3 });
    expect(instance.variables['boss']).toBeNull();
  });

  it('should answer null when the manager at that level is no longer active', async () => {
    // Given the supervisor has left the company
    await sql(`update app_user set active = false where id = ?::uuid`, [userIds['supervisor']]);
    try {
      // When the engineer's first-level manager is looked up, then nobody is named; two levels up still is
      expect((await startLookup({ who: userIds['engineer'], levels: 1 })).variables['boss']).toBeNull();
      expect((await startLookup({ who: userIds['engineer'], levels: 2 })).variables['boss']).toBe(userIds['manager']);
    } finally {
      await sql(`update app_user set active = true where id = ?::uuid`, [userIds['supervisor']]);
    }
  });

  it('should refuse a user that is not an id, and levels that are not a whole number from 1, as INPUT_INVALID', async () => {
    for (const variables of [
      { who: 'engineer', levels: 1 },
      { who: userIds['engineer'], levels: 0 },
      { who: userIds['engineer'], levels: 1.5 },
      { who: userIds['engineer'] },
    ]) {
      const instance = await startLookup(variables);
      expect(instance.tasks.map((t) => t.elementId)).toEqual(['badInput']);
      expect(instance.variables).not.toHaveProperty('boss');
    }
  });
});
