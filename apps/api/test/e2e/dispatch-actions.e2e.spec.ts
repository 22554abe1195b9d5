import { EntityManager } from '@mikro-orm/postgresql';
import { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import { FAST_AUTH_ENV, gql, login, type Session } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { demoIds, readWorkflowFixture } from '../support/workflow-fixtures';

const START = `mutation($input: StartProcessInput!) { startProcess(input: $input) { id } }`;
const INSTANCE = `query($id: ID!) { processInstance(id: $id) { variables tasks { elementId assignee { id } } } }`;

type Instance = { processInstance: { variables: Record<string, unknown>; tasks: { elementId: string; assignee: { id: string } | null }[] } }; // prettier-ignore

/*
 *  dispatch-flow: (start) → [⚙ assign any-plumber] → [⚙ find-users finance] → [维修 fix: the chosen engineer] → (end)
 *  Demo plumbers: `engineer` (lakeside) and `engineer2` (hillside); `finance` works on both projects.
 */
describe('the assign, find-users and match-dictionary actions', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let agent: Session;
  const userIds: Record<string, string> = {};

  /** Starts an instance and waits until the assign step answered (and, unless nobody was chosen, `fix` opened). */
  const startDispatch = async (variables: Record<string, unknown>, requestId: string) => {
    const started = await gql<{ startProcess: { id: string } }>(baseUrl, START, {
      token: agent.token,
      variables: { input: { processKey: 'dispatch-flow', variables, requestId } },
    });
    const id = started.data!.startProcess.id;
    return waitFor('the fix task', async () => {
      const read = await gql<Instance>(baseUrl, INSTANCE, { token: agent.token, variables: { id } });
      const instance = read.data?.processInstance;
      // (variables and tasks are read one after the other: wait until both show the end of the automatic steps)
      if (!instance || !('financeUsers' in instance.variables)) return undefined;
      const assigned = instance.tasks.some((t) => t.elementId === 'fix');
      return assigned || instance.variables['engineer'] === null ? instance : undefined;
    });
  };

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    const registry = testApp.app.get(DefinitionRegistry);
    await registry.deploy({
      kind: 'assignment',
      key: 'any-plumber',
      content: readWorkflowFixture('any-plumber.assignment.json'),
    });
    await registry.deploy({
      kind: 'process',
      key: 'dispatch-flow',
      content: readWorkflowFixture('dispatch-flow.bpmn'),
    });
    agent = await login(baseUrl, 'agent');
    const rows = await testApp.app
      .get(EntityManager)
      .fork()
      .execute<{ id: string; username: string }[]>('select id, username from app_user');
    for (const row of rows) userIds[row.username] = row.id;
  });

  afterAll(() => testApp?.close());

  it("should give the work to the project's plumber and name the project's finance users, explaining why", async () => {
    const ids = await demoIds(testApp);
    const instance = await startDispatch({ projectId: ids.project('lakeside') }, 'dispatch-1');
    expect(instance.variables['engineer']).toBe(userIds['engineer']);
    expect(instance.tasks.find((t) => t.elementId === 'fix')?.assignee?.id).toBe(userIds['engineer']);
    expect(instance.variables['financeUsers']).toEqual([userIds['finance']]);
    expect((instance.variables['why'] as string[]).at(-1)).toBe(`assigned to ${userIds['engineer']}`);
  });

  it('should share work without a project between the plumbers, the less loaded first, then in turn', async () => {
    // Given engineer holds one open task from the first case and engineer2 none
    const first = await startDispatch({}, 'dispatch-2');
    expect(first.variables['engineer']).toBe(userIds['engineer2']);
    // When both hold one, the round robin moves on from the last chosen (engineer2) to engineer
    const second = await startDispatch({}, 'dispatch-3');
    expect(second.variables['engineer']).toBe(userIds['engineer']);
  });

  it('should leave the work unassigned when nobody is on duty, and say so', async () => {
    await testApp.app
      .get(EntityManager)
      .fork()
      .execute(`update app_user set on_duty = false where 'engineer' = any(roles)`);
    const instance = await startDispatch({}, 'dispatch-4');
    expect(instance.variables['engineer']).toBeNull();
    expect((instance.variables['why'] as string[]).at(-1)).toBe('nobody left: left unassigned');
    // (an empty assignee on "fix" is the process's business: its default empty-approver policy skips the task)
    expect(instance.tasks.some((t) => t.elementId === 'fix')).toBe(false);
  });

  it('should find the words of a dictionary in a text, by value or label', async () => {
    const registry = testApp.app.get(DefinitionRegistry);
    await registry.deploy({
      kind: 'dictionary',
      key: 'complaint-words',
      content: readWorkflowFixture('complaint-words.dictionary.json'),
    });
    await registry.deploy({
      kind: 'process',
      key: 'keyword-check',
      content: readWorkflowFixture('keyword-check.bpmn'),
    });
    const check = async (comment: string, requestId: string) => {
      const started = await gql<{ startProcess: { id: string } }>(baseUrl, START, {
        token: agent.token,
        variables: { input: { processKey: 'keyword-check', variables: { comment }, requestId } },
      });
      const id = started.data!.startProcess.id;
      return waitFor('the match', async () => {
        const read = await gql<Instance>(baseUrl, INSTANCE, { token: agent.token, variables: { id } });
        const variables = read.data?.processInstance.variables;
        return variables && 'flagged' in variables ? variables : undefined;
      });
    };
    expect(await check('维修太慢了，很不满意', 'words-1')).toMatchObject({ flagged: true, words: ['slow', 'unhappy'] });
    expect(await check('师傅很专业，谢谢', 'words-2')).toMatchObject({ flagged: false, words: [] });
  });
});
