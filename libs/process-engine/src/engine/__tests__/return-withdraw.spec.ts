import type { ValueSource } from '../../model/process-model.type';
import { buildModel, type NodeSpec } from '../../../test/support/build-model';
import { Driver } from '../../../test/support/engine-harness';

const user = (id: string): ValueSource => ({ kind: 'literal', value: id });
const task = (taskId: string, assignee: string, extra: object = {}): NodeSpec => ({
  id: taskId,
  type: 'userTask',
  assignment: { assignee: user(assignee), candidateUsers: [], candidateGroups: [] },
  ...extra,
});

/*
 *                        ┌→ [b: bob] ─┐
 *  (start) → [a: ann] → <+>           <+> → [[d: x, y]] 会签 → [e: eve] → (end)
 *                        └→ [c: cat] ─┘
 */
const forked = () =>
  buildModel(
    'ret',
    [
      { id: 'start', type: 'startEvent' },
      task('a', 'ann'),
      { id: 'fork', type: 'parallelGateway' },
      task('b', 'bob'),
      task('c', 'cat'),
      { id: 'join', type: 'parallelGateway' },
      {
        id: 'd',
        type: 'userTask',
        approval: { mode: 'all' },
        multiInstance: { sequential: false, collection: { var: 'signers' }, elementVariable: 'signer' },
      },
      task('e', 'eve'),
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'a'],
      ['a', 'fork'],
      ['fork', 'b'],
      ['fork', 'c'],
      ['b', 'join'],
      ['c', 'join'],
      ['join', 'd'],
      ['d', 'e'],
      ['e', 'end'],
    ],
  );

function atD() {
  const driver = new Driver(forked(), undefined, { variables: { signers: ['x', 'y'] } });
  driver.complete('a');
  driver.complete('b');
  driver.complete('c');
  return driver;
}

describe('退回 (returnTo)', () => {
  it('should return from a multi-instance approval into one parallel branch and still pass the join', () => {
    // given both branches done and a 会签 with x approved, y pending
    const driver = atD();
    driver.approve('d', 'x');

    // when y returns the ticket to b
    const effects = driver.run({
      type: 'returnTo',
      taskId: driver.task('d', 'y').id,
      actor: 'y',
      targetElementId: 'b',
    });

    // then only b is open, the body is gone, c's arrival at the join is kept
    expect(driver.openAt()).toEqual(['b:bob']);
    expect(Object.values(driver.state.scopes).filter((s) => s.kind === 'body')).toHaveLength(0);
    expect(effects.filter((e) => e.type === 'TaskCancelled')).toEqual([
      { type: 'TaskCancelled', taskId: expect.any(String), reason: 'returned' },
    ]);

    // and completing b passes the join (no stuck instance, no duplicate d)
    driver.complete('b');
    expect(driver.openAt()).toEqual(['d:x', 'd:y']);
  });

  it('should return to a node before the fork, cancelling both branches', () => {
    const driver = new Driver(forked(), undefined, { variables: { signers: ['x'] } });
    driver.complete('a');
    driver.complete('b');
    driver.run({ type: 'returnTo', taskId: driver.task('c').id, actor: 'cat', targetElementId: 'a' });
    expect(driver.openAt()).toEqual(['a:ann']);
    expect(Object.values(driver.state.tokens)).toHaveLength(1);

    driver.complete('a');
    expect(driver.openAt()).toEqual(['b:bob', 'c:cat']);
  });

  it('should keep a sibling branch that the target does not lead to', () => {
    // given b done and waiting at the join; c open
    const driver = new Driver(forked(), undefined, { variables: { signers: ['x'] } });
    driver.complete('a');
    driver.complete('b');

    // when c... cannot return to b: b does not lead to c
    const error = driver.refused({ type: 'returnTo', taskId: driver.task('c').id, actor: 'cat', targetElementId: 'b' });
    expect(error.code).toBe('return.invalidTarget');
  });

  it('should refuse a target that never completed', () => {
    const driver = atD();
    const error = driver.refused({
      type: 'returnTo',
      taskId: driver.task('d', 'x').id,
      actor: 'x',
      targetElementId: 'e',
    });
    expect(error).toMatchObject({ code: 'return.invalidTarget', path: 'targetElementId' });
  });
});

describe('撤回 (withdraw)', () => {
  it('should give the previous actor their task back while the next step is untouched', () => {
    const driver = new Driver(forked(), undefined, { variables: { signers: ['x'] } });
    driver.complete('a');
    expect(driver.openAt()).toEqual(['b:bob', 'c:cat']);

    driver.run({ type: 'withdraw', actor: 'ann' });

    expect(driver.openAt()).toEqual(['a:ann']);
    expect(Object.values(driver.state.tokens)).toHaveLength(1);
  });

  it('should refuse once somebody acted after the actor', () => {
    const driver = new Driver(forked(), undefined, { variables: { signers: ['x'] } });
    driver.complete('a');
    driver.complete('b');
    expect(driver.refused({ type: 'withdraw', actor: 'ann' }).code).toBe('withdraw.notPossible');
  });

  it('should reopen a signer’s own vote inside a running 会签, undoing the counters', () => {
    const driver = atD();
    driver.approve('d', 'x');
    driver.run({ type: 'withdraw', actor: 'x' });
    const body = Object.values(driver.state.scopes).find((s) => s.kind === 'body');
    expect(body).toMatchObject({
      nrOfInstances: 2,
      nrOfActiveInstances: 2,
      nrOfCompletedInstances: 0,
      nrOfApproved: 0,
    });
    expect(driver.openAt()).toEqual(['d:x', 'd:y']);
  });
});

describe('撤回 of a deciding vote', () => {
  it('should run the approval again when the signer who decided it withdraws', () => {
    // given a single-signer approval that x approved, so e is open
    const driver = new Driver(forked(), undefined, { variables: { signers: ['x'] } });
    driver.complete('a');
    driver.complete('b');
    driver.complete('c');
    driver.approve('d', 'x');
    expect(driver.openAt()).toEqual(['e:eve']);

    // when x withdraws the vote
    driver.run({ type: 'withdraw', actor: 'x' });

    // then e is cancelled and the approval asks x again
    expect(driver.openAt()).toEqual(['d:x']);
  });
});
