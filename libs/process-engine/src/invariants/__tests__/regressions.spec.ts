import { buildModel } from '../../../test/support/build-model';
import { Driver } from '../../../test/support/engine-harness';
import { execute } from '../../engine/execute';
import { checkInvariants } from '../check-invariants';

/*
 * Engine bugs the invariant properties found, shrunk to deterministic repros (fixed in c553bc0 and d326bac).
 */

const assignee = (user: string) => ({
  assignee: { kind: 'literal' as const, value: user },
  candidateUsers: [],
  candidateGroups: [],
});

describe('engine regressions found by the invariant properties', () => {
  /*
   *  (start) → [a: ann] → (end)
   *
   *  ann 加签 bob `before` her: a becomes a 会签 body and ann's task is blocked by bob's. When bob approves,
   *  ann's task is unblocked in the state (blockedBy removed) — but no TaskUpdated effect says so, so a runtime
   *  that mirrors tasks from the effects keeps showing it blocked.
   */
  it('should announce with TaskUpdated that a task blocked by 加签 (before) is unblocked', () => {
    // given
    const model = buildModel(
      'unblock',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'a', type: 'userTask', assignment: assignee('ann') },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'a'],
        ['a', 'end'],
      ],
    );
    const driver = new Driver(model);
    const annTask = driver.task('a', 'ann').id;
    driver.run({ type: 'addSigners', taskId: annTask, actor: 'ann', users: ['bob'], position: 'before' });
    expect(driver.state.tasks[annTask]?.blockedBy).toEqual([1]);

    // when
    const effects = driver.approve('a', 'bob');

    // then
    expect(driver.state.tasks[annTask]?.blockedBy).toBeUndefined();
    expect(effects).toContainEqual({
      type: 'TaskUpdated',
      task: driver.state.tasks[annTask],
      change: 'signersChanged',
    });
  });

  /*
   *                      ⏱ PT1H (non-interrupting) ─→ [note: cat] → (end2)
   *                      │
   *  (start) → [[approve: ann, bob]] → (end)
   *
   *  ann signs; the timer fires while bob has not; cat, on the timer's path, 退回 to `approve` (completed, and
   *  leading to her task). The running body of `approve` is not cancelled — moveBackTo only cancels tokens
   *  downstream of the target, and the target itself is not downstream of itself — so a second body starts next
   *  to it: bob now has two open tasks at `approve` (bug class A/B: duplicate tasks after 退回).
   */
  it('should not duplicate a running multi-instance when 退回 targets it from its boundary path', () => {
    // given
    const model = buildModel(
      'return-to-running-host',
      [
        { id: 'start', type: 'startEvent' },
        {
          id: 'approve',
          type: 'userTask',
          multiInstance: { sequential: false, collection: { var: 'signers' }, elementVariable: 'signer' },
          approval: { mode: 'all' },
        },
        {
          id: 'timer',
          type: 'boundaryEvent',
          attachedToId: 'approve',
          interrupting: false,
          trigger: { type: 'timer', timer: { kind: 'duration', value: { kind: 'literal', value: 'PT1H' } } },
        },
        { id: 'note', type: 'userTask', assignment: assignee('cat') },
        { id: 'end', type: 'endEvent' },
        { id: 'end2', type: 'endEvent' },
      ],
      [
        ['start', 'approve'],
        ['approve', 'end'],
        ['timer', 'note'],
        ['note', 'end2'],
      ],
    );
    const driver = new Driver(model, undefined, { variables: { signers: ['ann', 'bob'] } });
    driver.approve('approve', 'ann');
    driver.run({ type: 'fireTimer', timerId: Object.keys(driver.state.timers)[0] as string, actor: 'system' });

    // when
    driver.run({ type: 'returnTo', taskId: driver.task('note').id, actor: 'cat', targetElementId: 'approve' });

    // then one body runs `approve`, and bob has one task there
    const atApprove = Object.values(driver.state.tokens).filter((t) => t.elementId === 'approve' && !t.loop);
    expect(atApprove).toHaveLength(1);
    expect(driver.openAt().filter((t) => t === 'approve:bob')).toHaveLength(1);
    expect(checkInvariants(model, driver.state)).toEqual([]);
  });

  /*
   *            ┌→ [a: ann] ─┐
   *  (start) → <+>          <+> → [c: cat] → (end)
   *            └→ [b: bob] ─┘
   *
   *  ann and bob complete; cat 退回 to b (b runs again, a's arrival at the join is restored). Then bob 撤回 his
   *  completion of b: it is accepted although cat acted after him (withdraw ignores TrailEntry.revision), and
   *  moveBackTo keeps the token already at b and starts another: b has two open tasks.
   */
  it('should not duplicate a task when 撤回 follows somebody else’s 退回 to the same task', () => {
    // given
    const model = buildModel(
      'withdraw-after-return',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'fork', type: 'parallelGateway' },
        { id: 'a', type: 'userTask', assignment: assignee('ann') },
        { id: 'b', type: 'userTask', assignment: assignee('bob') },
        { id: 'join', type: 'parallelGateway' },
        { id: 'c', type: 'userTask', assignment: assignee('cat') },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'fork'],
        ['fork', 'a'],
        ['fork', 'b'],
        ['a', 'join'],
        ['b', 'join'],
        ['join', 'c'],
        ['c', 'end'],
      ],
    );
    const driver = new Driver(model);
    driver.complete('a');
    driver.complete('b');
    driver.run({ type: 'returnTo', taskId: driver.task('c').id, actor: 'cat', targetElementId: 'b' });
    expect(driver.openAt()).toEqual(['b:bob']);

    // when bob withdraws (refused or accepted, either is fine as long as nothing is duplicated)
    const result = execute(model, driver.state, { type: 'withdraw', actor: 'bob' }, driver.env);
    const state = result.ok ? result.state : driver.state;

    // then
    expect(Object.values(state.tasks).filter((t) => t.elementId === 'b')).toHaveLength(1);
    expect(checkInvariants(model, state)).toEqual([]);
  });
});
