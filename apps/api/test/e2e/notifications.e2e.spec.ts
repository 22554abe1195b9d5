import { OutboxDelivery } from '../../src/engine-worker/outbox-delivery.service';
import { engineOf, type EngineDriver } from '../support/engine-driver';
import { codesOf, FAST_AUTH_ENV, gql, login, type Session } from '../support/graphql-session';
import { markRead, notificationsOf } from '../support/notifications-api';
import { type TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/*
 *  site-visit:  (start) → [现场维修 visit: the engineer] → (end)
 *  notify-roles: (start) → [⚙ tell: notify roles ["finance"], recipients [watcher]] → (end)
 *  The supervisor urges the visit and copies it to engineer2; the worker delivers the outbox to the in-app channel.
 */
describe('in-app notifications', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let engine: EngineDriver;
  let engineer: Session;
  let engineer2: Session;
  let supervisor: Session;
  let supervisorName: string;
  let instanceId: string;
  let taskId: string;

  const untilNotified = (session: Session, kind: string) =>
    waitFor(`a ${kind} notification`, async () =>
      (await notificationsOf(baseUrl, session.token)).find((n) => n.kind === kind),
    );

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    engine = engineOf(testApp);
    [engineer, engineer2, supervisor] = await Promise.all([
      login(baseUrl, 'engineer'),
      login(baseUrl, 'engineer2'),
      login(baseUrl, 'supervisor'),
    ]);
    const me = await gql<{ me: { displayName: string } }>(baseUrl, '{ me { displayName } }', {
      token: supervisor.token,
    });
    supervisorName = me.data?.me.displayName ?? '';
    await engine.deploy('site-visit');
    instanceId = await engine.start('site-visit', supervisor.userId, { worker: engineer.userId });
    taskId = await engine.openTask(instanceId, 'visit');
  });

  afterAll(() => testApp?.close());

  it('should show an urge to the task holder only, until he marks it read', async () => {
    // Given the engineer's open visit, when the supervisor urges it
    await engine.execute(instanceId, { type: 'urge', taskId, actor: supervisor.userId, comment: '业主在等' });

    // Then the engineer's unread notifications show it, in Chinese, naming the task and the supervisor
    const urge = await untilNotified(engineer, 'URGE');
    expect(urge).toMatchObject({
      title: '催办：现场维修',
      body: `${supervisorName}催办「现场维修」，请尽快处理：业主在等`,
      read: false,
      taskId,
      processInstanceId: instanceId,
      actor: { id: supervisor.userId, displayName: supervisorName },
    });
    // And nobody else sees anything of it
    expect(await notificationsOf(baseUrl, engineer2.token, false)).toEqual([]);

    // When engineer2 tries to mark it read, then nothing is marked and the engineer still has it unread
    const foreign = await markRead(baseUrl, engineer2.token, [urge.id]);
    expect(foreign.data?.markNotificationsRead).toEqual([]);
    expect((await notificationsOf(baseUrl, engineer.token)).map((n) => n.id)).toEqual([urge.id]);

    // When the engineer marks it read, then it is read, and no longer among his unread ones
    const own = await markRead(baseUrl, engineer.token, [urge.id]);
    expect(own.data?.markNotificationsRead).toEqual([expect.objectContaining({ id: urge.id, read: true })]);
    expect(await notificationsOf(baseUrl, engineer.token)).toEqual([]);
    expect((await notificationsOf(baseUrl, engineer.token, false)).map((n) => n.id)).toEqual([urge.id]);
    const count = await gql<{ unreadNotificationCount: number }>(baseUrl, '{ unreadNotificationCount }', {
      token: engineer.token,
    });
    expect(count.data?.unreadNotificationCount).toBe(0);
  });

  it('should notify a copied user once even when the outbox delivers the message twice', async () => {
    // Given the supervisor copies the visit to engineer2, and it was delivered
    await engine.execute(instanceId, { type: 'cc', taskId, users: [engineer2.userId], actor: supervisor.userId });
    const cc = await untilNotified(engineer2, 'CC');
    expect(cc).toMatchObject({ title: '抄送：现场维修', body: `${supervisorName}抄送给你「现场维修」` });
    const [message] = await engine.rows<{ id: string }>(
      `select id from outbox where instance_id = ? and kind = 'notification.cc'`,
      [instanceId],
    );

    // When the same outbox message is delivered again (a crash between sending and marking it)
    await engine.rows(`update outbox set status = 'pending', attempts = 0 where id = ?`, [message?.id]);
    const report = await testApp.app.get(OutboxDelivery).deliverPending({ retries: false });

    // Then it was handed to the channels again, and engineer2 still has exactly one notification of it
    expect(report.delivered).toBeGreaterThanOrEqual(1);
    const rows = await engine.rows<{ user_id: string }>('select user_id from notification where outbox_id = ?', [
      message?.id,
    ]);
    expect(rows).toEqual([{ user_id: engineer2.userId }]);
    expect((await notificationsOf(baseUrl, engineer2.token)).filter((n) => n.kind === 'CC')).toHaveLength(1);
    // And the engineer, who was not copied, has no cc
    expect((await notificationsOf(baseUrl, engineer.token, false)).map((n) => n.kind)).not.toContain('CC');
  });

  it("should deliver a notify step to the users and roles its input names, with the step's own text", async () => {
    // Given a process whose notify step names the finance role and the engineer
    const finance = await login(baseUrl, 'finance');
    await engine.deploy('notify-roles');

    // When it runs
    await engine.start('notify-roles', supervisor.userId, { watcher: engineer.userId });

    // Then the finance user and the engineer have it, with the title and body of the step; engineer2 does not
    const expected = { title: '费用待审核', body: '工单 R-42 的维修费用待审核', actor: null };
    expect(await untilNotified(finance, 'ACTION')).toMatchObject(expected);
    expect(await untilNotified(engineer, 'ACTION')).toMatchObject(expected);
    expect((await notificationsOf(baseUrl, engineer2.token, false)).map((n) => n.kind)).not.toContain('ACTION');
  });

  it("should notify a role of the instance's project only, when the step names the project", async () => {
    // Given a notify step to the engineers of lakeside (engineer works there, engineer2 at hillside)
    await engine.deploy('notify-project');
    const [lakeside] = await engine.rows<{ id: string }>(`select id from project where code = 'lakeside'`);
    // When it runs
    await engine.start('notify-project', supervisor.userId, { projectId: lakeside!.id });
    // Then engineer has it and engineer2 does not
    const found = await waitFor('the project notification', async () =>
      (await notificationsOf(baseUrl, engineer.token, false)).find((n) => n.title === '停水通知'),
    );
    expect(found).toMatchObject({ kind: 'ACTION', body: '明日 9 点至 12 点停水检修' });
    expect((await notificationsOf(baseUrl, engineer2.token, false)).map((n) => n.title)).not.toContain('停水通知');
  });

  it('should refuse ids that are not UUIDs, and anonymous callers', async () => {
    // When ids are malformed, or nobody signed in
    const malformed = await markRead(baseUrl, engineer.token, ['not-an-id']);
    const anonymous = await gql(baseUrl, '{ notifications { id } }');
    // Then the answers are coded errors
    expect(codesOf(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
