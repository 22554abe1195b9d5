import type { ValueSource } from '../../model/process-model.type';
import { buildModel, type NodeSpec } from '../../../test/support/build-model';
import { Driver } from '../../../test/support/engine-harness';

const user = (id: string): ValueSource => ({ kind: 'literal', value: id });
const assigned = (id: string, taskId: string, extra: Partial<NodeSpec> = {}): NodeSpec => ({
  id: taskId,
  type: 'userTask',
  assignment: { assignee: user(id), candidateUsers: [], candidateGroups: [] },
  ...extra,
});

/*
 *  (start) → [review: ann] → [close: bob] → (end)
 */
const twoSteps = () =>
  buildModel(
    'ops',
    [
      { id: 'start', type: 'startEvent' },
      assigned('ann', 'review'),
      assigned('bob', 'close'),
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'review'],
      ['review', 'close'],
      ['close', 'end'],
    ],
  );

describe('转办 / 委派 / claim', () => {
  it('should give the task to another user on transfer', () => {
    const driver = new Driver(twoSteps());
    const task = driver.task('review');
    driver.run({ type: 'transfer', taskId: task.id, actor: 'ann', to: 'carl' });
    expect(driver.task('review').assignee).toBe('carl');
    expect(driver.refused({ type: 'complete', taskId: task.id, actor: 'ann' }).code).toBe('task.notAllowed');
  });

  it('should return a delegated task to its owner when the delegate resolves it', () => {
    const driver = new Driver(twoSteps());
    const task = driver.task('review');
    driver.run({ type: 'delegate', taskId: task.id, actor: 'ann', to: 'dora' });
    expect(driver.task('review')).toMatchObject({ assignee: 'dora', owner: 'ann', status: 'delegated' });
    expect(driver.refused({ type: 'complete', taskId: task.id, actor: 'dora' }).code).toBe('task.notAllowed');

    driver.run({ type: 'resolve', taskId: task.id, actor: 'dora', variables: { finding: 'pipe' } });
    expect(driver.task('review')).toMatchObject({ assignee: 'ann', status: 'open' });
    expect(driver.task('review').owner).toBeUndefined();
    expect(driver.state.variables['finding']).toBe('pipe');
  });

  it('should let a candidate claim a group task and refuse others', () => {
    const model = buildModel(
      'pool',
      [
        { id: 'start', type: 'startEvent' },
        {
          id: 'fix',
          type: 'userTask',
          assignment: { candidateUsers: [], candidateGroups: [user('plumbers')] },
        },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'fix'],
        ['fix', 'end'],
      ],
    );
    const driver = new Driver(model);
    const task = driver.task('fix');
    expect(driver.refused({ type: 'claim', taskId: task.id, actor: 'eve', groups: ['cleaners'] }).code).toBe(
      'task.notAllowed',
    );
    driver.run({ type: 'claim', taskId: task.id, actor: 'pat', groups: ['plumbers'] });
    expect(driver.task('fix').assignee).toBe('pat');
    driver.run({ type: 'unclaim', taskId: task.id, actor: 'pat' });
    expect(driver.task('fix').assignee).toBeUndefined();
  });
});

describe('加签 / 减签', () => {
  it('should make added parallel signers sign before a single task completes', () => {
    const driver = new Driver(twoSteps());
    driver.run({
      type: 'addSigners',
      taskId: driver.task('review').id,
      actor: 'ann',
      users: ['x', 'y'],
      position: 'parallel',
    });
    expect(driver.openAt()).toEqual(['review:ann', 'review:x', 'review:y']);

    driver.approve('review', 'ann');
    driver.approve('review', 'x');
    expect(driver.openAt()).toEqual(['review:y']);
    driver.approve('review', 'y');
    expect(driver.openAt()).toEqual(['close:bob']);
  });

  it('should block the actor until signers added before have signed', () => {
    const driver = new Driver(twoSteps());
    const task = driver.task('review');
    driver.run({ type: 'addSigners', taskId: task.id, actor: 'ann', users: ['x'], position: 'before' });
    expect(driver.refused({ type: 'approve', taskId: task.id, actor: 'ann' }).code).toBe('task.blocked');

    driver.approve('review', 'x');
    driver.approve('review', 'ann');
    expect(driver.openAt()).toEqual(['close:bob']);
  });

  it('should start signers added after once the actor has signed', () => {
    const driver = new Driver(twoSteps());
    driver.run({ type: 'addSigners', taskId: driver.task('review').id, actor: 'ann', users: ['x'], position: 'after' });
    expect(driver.openAt()).toEqual(['review:ann']);
    driver.approve('review', 'ann');
    expect(driver.openAt()).toEqual(['review:x']);
    driver.approve('review', 'x');
    expect(driver.openAt()).toEqual(['close:bob']);
  });

  /*
   *  (start) → [[sign: a, b, c]] sequential → (end)
   */
  const sequential = () =>
    buildModel(
      'seq',
      [
        { id: 'start', type: 'startEvent' },
        {
          id: 'sign',
          type: 'userTask',
          approval: { mode: 'sequential' },
          multiInstance: { sequential: true, collection: { var: 'signers' }, elementVariable: 'signer' },
        },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'sign'],
        ['sign', 'end'],
      ],
    );

  it('should insert a signer right after the actor in a sequential approval, counters included', () => {
    const driver = new Driver(sequential(), undefined, { variables: { signers: ['a', 'b'] } });
    driver.run({ type: 'addSigners', taskId: driver.task('sign').id, actor: 'a', users: ['z'], position: 'after' });
    const body = () => Object.values(driver.state.scopes).find((s) => s.kind === 'body');
    expect(body()).toMatchObject({ nrOfInstances: 3, nrOfActiveInstances: 1 });

    driver.approve('sign', 'a');
    expect(driver.openAt()).toEqual(['sign:z']);
    driver.approve('sign', 'z');
    expect(driver.openAt()).toEqual(['sign:b']);
    driver.approve('sign', 'b');
    expect(driver.state.status).toBe('completed');
  });

  it('should remove a signer who has not signed and decide with the rest', () => {
    const driver = new Driver(sequential(), undefined, { variables: { signers: ['a', 'b', 'c'] } });
    driver.approve('sign', 'a');
    driver.run({ type: 'removeSigner', taskId: driver.task('sign').id, actor: 'b', user: 'c' });
    const body = Object.values(driver.state.scopes).find((s) => s.kind === 'body');
    expect(body).toMatchObject({ nrOfInstances: 2, nrOfCompletedInstances: 1 });
    driver.approve('sign', 'b');
    expect(driver.state.status).toBe('completed');
  });

  it('should refuse to remove a signer who already signed', () => {
    const driver = new Driver(sequential(), undefined, { variables: { signers: ['a', 'b'] } });
    driver.approve('sign', 'a');
    const error = driver.refused({ type: 'removeSigner', taskId: driver.task('sign').id, actor: 'b', user: 'a' });
    expect(error).toMatchObject({ code: 'signer.invalid', path: 'user' });
  });
});

describe('抄送 / 催办 / 撤销', () => {
  it('should notify copied users without moving the flow', () => {
    const driver = new Driver(twoSteps());
    const effects = driver.run({ type: 'cc', actor: 'ann', users: ['mgr'], taskId: driver.task('review').id });
    expect(effects).toContainEqual(
      expect.objectContaining({ type: 'NotificationRequested', kind: 'cc', recipients: ['mgr'] }),
    );
    expect(driver.openAt()).toEqual(['review:ann']);
  });

  it('should remind the assignee on urge', () => {
    const driver = new Driver(twoSteps());
    const effects = driver.run({ type: 'urge', actor: 'initiator', taskId: driver.task('review').id });
    expect(effects).toContainEqual(
      expect.objectContaining({ type: 'NotificationRequested', kind: 'urge', recipients: ['ann'] }),
    );
  });

  it('should let only the initiator revoke, cancelling every task', () => {
    const driver = new Driver(twoSteps());
    expect(driver.refused({ type: 'revoke', actor: 'ann' }).code).toBe('revoke.notAllowed');
    const effects = driver.run({ type: 'revoke', actor: 'initiator' });
    expect(driver.state).toMatchObject({ status: 'terminated', endReason: 'revoked', tasks: {}, tokens: {} });
    expect(effects).toContainEqual(expect.objectContaining({ type: 'TaskCancelled', reason: 'revoked' }));
  });

  it('should refuse every command on an ended instance', () => {
    const driver = new Driver(twoSteps());
    driver.run({ type: 'revoke', actor: 'initiator' });
    expect(driver.refused({ type: 'cc', actor: 'x', users: ['y'] }).code).toBe('instance.notRunning');
  });
});
