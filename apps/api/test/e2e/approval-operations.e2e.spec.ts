import { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import { codesOf, FAST_AUTH_ENV, gql, login, type Session } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { readWorkflowFixture } from '../support/workflow-fixtures';

const START = `mutation($input: StartProcessInput!) { startProcess(input: $input) { id } }`;
const INSTANCE = `query($id: ID!) {
  processInstance(id: $id) { status history { type } tasks { id elementId status assignee { id } owner { id } } }
}`;
const RESULT = 'processStatus createdTaskIds replayed';

type Instance = {
  processInstance: {
    status: string;
    history: { type: string }[];
    tasks: {
      id: string;
      elementId: string;
      status: string;
      assignee: { id: string } | null;
      owner: { id: string } | null;
    }[];
  };
};

/*
 *  approval-flow (apps/api/test/fixtures/workflow/approval-flow.bpmn):
 *  (start) → [prepare: initiator] → [[review: 会签 by approvers]] → [sign: signer] → (paid: message) → (end)
 *  a rejection in review goes back to prepare.
 */
describe('the approval operations over GraphQL', () => {
  let testApp: TestApp;
  let baseUrl: string;
  const s: Record<string, Session> = {};
  let instanceId = '';

  const as = async <T = Record<string, unknown>>(
    user: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const result = await gql<T>(baseUrl, query, { token: s[user]!.token, variables });
    return result;
  };
  const ok = async (user: string, mutation: string, variables: Record<string, unknown>) => {
    const result = await as(user, mutation, variables);
    expect(result.errors).toBeUndefined();
    return result;
  };
  const nameOf = (id: string | undefined) => Object.keys(s).find((name) => s[name]!.userId === id) ?? id;
  /** Open tasks as `element:assignee` (`element:assignee<owner` while delegated), sorted. */
  const open = async () => {
    const read = await as<Instance>('agent', INSTANCE, { id: instanceId });
    return (read.data?.processInstance.tasks ?? [])
      .filter((t) => t.status === 'open' || t.status === 'delegated')
      .map((t) => `${t.elementId}:${nameOf(t.assignee?.id)}${t.owner ? `<${nameOf(t.owner.id)}` : ''}`)
      .sort();
  };
  const taskOf = async (elementId: string, user: string) => {
    const read = await as<Instance>('agent', INSTANCE, { id: instanceId });
    const task = read.data?.processInstance.tasks.find(
      (t) =>
        t.elementId === elementId &&
        t.assignee?.id === s[user]!.userId &&
        t.status !== 'completed' &&
        t.status !== 'cancelled',
    );
    if (!task) throw new Error(`no open ${elementId} task for ${user}`);
    return task.id;
  };
  const complete = (user: string, elementId: string) =>
    taskOf(elementId, user).then((id) =>
      ok(user, `mutation($id: ID!) { completeTask(id: $id) { ${RESULT} } }`, { id }),
    );

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    await testApp.app
      .get(DefinitionRegistry)
      .deploy({ kind: 'process', key: 'approval-flow', content: readWorkflowFixture('approval-flow.bpmn') });
    for (const name of ['agent', 'finance', 'manager', 'supervisor', 'engineer', 'engineer2'])
      s[name] = await login(baseUrl, name);
    const started = await ok('agent', START, {
      input: {
        processKey: 'approval-flow',
        requestId: 'approval-1',
        variables: {
          approvers: [s['finance']!.userId, s['manager']!.userId],
          signer: s['engineer']!.userId,
          amount: 900,
        },
      },
    });
    instanceId = (started.data as { startProcess: { id: string } }).startProcess.id;
  });

  afterAll(() => testApp?.close());

  it('should open a 会签 for every approver once the initiator completes, and let him withdraw (撤回) it', async () => {
    expect(await open()).toEqual(['prepare:agent']);
    const prepare = await taskOf('prepare', 'agent');
    await complete('agent', 'prepare');
    expect(await open()).toEqual(['review:finance', 'review:manager']);
    await ok('agent', `mutation($id: ID!) { withdrawTask(id: $id) { ${RESULT} } }`, { id: prepare });
    expect(await open()).toEqual(['prepare:agent']);
    await complete('agent', 'prepare');
  });

  it('should send the work back (退回) to an earlier step with a comment, and reject (驳回) along onReject', async () => {
    const review = await taskOf('review', 'finance');
    await ok(
      'finance',
      `mutation($id: ID!) { returnTask(id: $id, targetElementId: "prepare", comment: "补充材料") { ${RESULT} } }`,
      {
        id: review,
      },
    );
    expect(await open()).toEqual(['prepare:agent']);
    await complete('agent', 'prepare');
    const again = await taskOf('review', 'finance');
    await ok('finance', `mutation($id: ID!) { rejectTask(id: $id, comment: "金额不对") { ${RESULT} } }`, { id: again });
    expect(await open()).toEqual(['prepare:agent']);
    await complete('agent', 'prepare');
    expect(await open()).toEqual(['review:finance', 'review:manager']);
  });

  it('should count approvals, add (加签) and remove (减签) a signer, then move on when all signed', async () => {
    await ok('finance', `mutation($id: ID!) { approveTask(id: $id, comment: "同意") { ${RESULT} } }`, {
      id: await taskOf('review', 'finance'),
    });
    const manager = await taskOf('review', 'manager');
    await ok(
      'manager',
      `mutation($id: ID!, $u: [ID!]!) { addSigners(id: $id, userIds: $u, position: PARALLEL) { ${RESULT} } }`,
      {
        id: manager,
        u: [s['supervisor']!.userId],
      },
    );
    expect(await open()).toEqual(['review:manager', 'review:supervisor']);
    await ok('manager', `mutation($id: ID!, $u: ID!) { removeSigner(id: $id, userId: $u) { ${RESULT} } }`, {
      id: manager,
      u: s['supervisor']!.userId,
    });
    expect(await open()).toEqual(['review:manager']);
    await ok('manager', `mutation($id: ID!) { approveTask(id: $id) { ${RESULT} } }`, { id: manager });
    expect(await open()).toEqual(['sign:engineer']);
  });

  it('should copy (抄送) and urge (催办): the holder and the copied are notified in the app', async () => {
    const sign = await taskOf('sign', 'engineer');
    await ok('agent', `mutation($id: ID!, $u: [ID!]!) { ccTask(id: $id, userIds: $u) { ${RESULT} } }`, {
      id: sign,
      u: [s['supervisor']!.userId],
    });
    await ok('agent', `mutation($id: ID!) { urgeTask(id: $id, message: "业主在等") { ${RESULT} } }`, { id: sign });
    const kinds = (user: string) => async () => {
      const read = await as<{ notifications: { kind: string; taskId: string }[] }>(
        user,
        '{ notifications(unreadOnly: true) { kind taskId } }',
      );
      const mine = (read.data?.notifications ?? []).filter((n) => n.taskId === sign).map((n) => n.kind);
      return mine.length > 0 ? mine : undefined;
    };
    expect(await waitFor('the engineer urged', kinds('engineer'))).toEqual(['URGE']);
    expect(await waitFor('the supervisor copied', kinds('supervisor'))).toEqual(['CC']);
  });

  it('should transfer (转办), delegate (委派) and resolve a task, then finish on a message', async () => {
    const sign = await taskOf('sign', 'engineer');
    await ok(
      'engineer',
      `mutation($id: ID!, $to: ID!) { transferTask(id: $id, toUserId: $to, comment: "我请假") { ${RESULT} } }`,
      {
        id: sign,
        to: s['engineer2']!.userId,
      },
    );
    expect(await open()).toEqual(['sign:engineer2']);
    await ok('engineer2', `mutation($id: ID!, $to: ID!) { delegateTask(id: $id, toUserId: $to) { ${RESULT} } }`, {
      id: sign,
      to: s['supervisor']!.userId,
    });
    expect(await open()).toEqual(['sign:supervisor<engineer2']);
    await ok('supervisor', `mutation($id: ID!) { resolveTask(id: $id) { ${RESULT} } }`, { id: sign });
    expect(await open()).toEqual(['sign:engineer2']);
    // A transfer to somebody who is not a user of the company is refused before the engine
    const bad = await as(
      'engineer2',
      `mutation($id: ID!) { transferTask(id: $id, toUserId: "00000000-0000-4000-8000-000000000000") { ${RESULT} } }`,
      { id: sign },
    );
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    await complete('engineer2', 'sign');
    expect(await open()).toEqual([]);
    await ok(
      'agent',
      `mutation($id: ID!) { sendMessage(processInstanceId: $id, name: "paid", data: { paidAt: "2026-11-23" }) { status } }`,
      {
        id: instanceId,
      },
    );
    const done = await as<Instance>('agent', INSTANCE, { id: instanceId });
    expect(done.data?.processInstance.status).toBe('completed');
    expect(done.data?.processInstance.history.map((h) => h.type)).toEqual(
      expect.arrayContaining([
        'withdrawn',
        'returned',
        'signersAdded',
        'signerRemoved',
        'cc',
        'urged',
        'transferred',
        'delegated',
        'resolved',
        'messageReceived',
      ]),
    );
  });
});
