import type { OutboxMessageView } from '../../../engine-worker/notification-channel.port';
import { notificationRequestOf } from '../notification-request.util';
import { notificationText } from '../notification-text.util';

const USER_A = '11111111-1111-4111-8111-111111111111';
const USER_B = '22222222-2222-4222-8222-222222222222';
const INSTANCE = '33333333-3333-4333-8333-333333333333';
const TASK = '44444444-4444-4444-8444-444444444444';

const message = (kind: string, payload: OutboxMessageView['payload']): OutboxMessageView => ({
  id: '7',
  instanceId: INSTANCE,
  kind,
  payload,
  attempt: 1,
});

describe('notificationRequestOf', () => {
  it('should read an urge of a task offered to candidate groups: its user ids and its groups as roles', () => {
    // Given the engine's effect naming one user, a test actor that is no user id, and two groups
    const request = notificationRequestOf(
      message('notification.urge', {
        type: 'NotificationRequested',
        kind: 'urge',
        recipients: [USER_A, 'reviewer-1'],
        taskId: TASK,
        elementId: 'visit',
        actor: USER_B,
        data: { groups: ['engineer', 'not-a-role'] },
      }),
    );
    // Then only real ids and known roles remain
    expect(request).toMatchObject({
      kind: 'urge',
      userIds: [USER_A],
      roles: ['engineer'],
      instanceId: INSTANCE,
      taskId: TASK,
      actorId: USER_B,
    });
  });

  it("should send an escalation that names nobody to the company's admins and supervisors", () => {
    const request = notificationRequestOf(
      message('notification.escalation', { kind: 'escalation', recipients: [], elementId: 'approve', actor: 'system' }),
    );
    expect(request).toMatchObject({ kind: 'escalation', userIds: [], roles: ['admin', 'supervisor'] });
    expect(request?.actorId).toBeUndefined();
  });

  it("should read a notify action's input: one recipient or a list, roles, title and body", () => {
    const request = notificationRequestOf(
      message('notification.action', {
        instanceId: INSTANCE,
        actionId: 'a1',
        elementId: 'acknowledge',
        input: { recipients: USER_A, roles: ['finance'], title: '报修已受理', body: '师傅将在两小时内联系您' },
      }),
    );
    expect(request).toMatchObject({
      kind: 'action',
      userIds: [USER_A],
      roles: ['finance'],
      title: '报修已受理',
      body: '师傅将在两小时内联系您',
    });
  });

  it('should ignore messages that notify nobody in the app', () => {
    expect(notificationRequestOf(message('instance.ended', { result: 'completed' }))).toBeUndefined();
    expect(notificationRequestOf(message('notification.fax', {}))).toBeUndefined();
  });
});

describe('notificationText', () => {
  const names = { taskName: '现场维修', actorName: '王主管', comment: undefined, title: undefined, body: undefined };

  it('should say the kind, the task and the actor in Chinese', () => {
    expect(notificationText({ ...names, kind: 'cc' })).toEqual({
      title: '抄送：现场维修',
      body: '王主管抄送给你「现场维修」',
    });
    expect(notificationText({ ...names, kind: 'urge', comment: '业主在等' })).toEqual({
      title: '催办：现场维修',
      body: '王主管催办「现场维修」，请尽快处理：业主在等',
    });
    expect(notificationText({ ...names, kind: 'sla' }).title).toBe('超时提醒：现场维修');
  });

  it('should fall back when names are unknown, and cut an action text that is too long', () => {
    const unknown = notificationText({ ...names, kind: 'urge', taskName: undefined, actorName: undefined });
    expect(unknown).toEqual({ title: '催办：流程任务', body: '系统催办「流程任务」，请尽快处理' });
    const long = notificationText({ ...names, kind: 'action', title: '长'.repeat(500), body: undefined });
    expect(long.title).toHaveLength(200);
    expect(long.body).toBe('');
  });
});
