import { buildModel } from '../../../test/support/build-model';
import { Driver } from '../../../test/support/engine-harness';
import type { BodyScopeState, InstanceState, TaskState, TokenState } from '../../state/instance-state.type';
import { checkInvariants, type InvariantCode } from '../check-invariants';

/*
 *              ┌→ [[sign: ann, bob]] ──────────────→ <x merge> ─ fromSign ─┐
 *              │     ⏱ PT1H (interrupting) → [esc: dan] ─┘                 │
 *  (start) → <+ fork>                                                       <+ join> → (end)
 *              │  ┌ sub ───────────────────────────┐                        │
 *              └→ │ (s) → [inner: cat] → (e)       │ ─────── fromSub ───────┘
 *                 └────────────────────────────────┘
 */
const model = buildModel(
  'unit',
  [
    { id: 'start', type: 'startEvent' },
    { id: 'fork', type: 'parallelGateway' },
    {
      id: 'sign',
      type: 'userTask',
      multiInstance: { sequential: false, collection: { var: 'signers' }, elementVariable: 'signer' },
      approval: { mode: 'all' },
    },
    {
      id: 'timer',
      type: 'boundaryEvent',
      attachedToId: 'sign',
      interrupting: true,
      trigger: { type: 'timer', timer: { kind: 'duration', value: { kind: 'literal', value: 'PT1H' } } },
    },
    {
      id: 'esc',
      type: 'userTask',
      assignment: { assignee: { kind: 'literal', value: 'dan' }, candidateUsers: [], candidateGroups: [] },
    },
    { id: 'merge', type: 'exclusiveGateway' },
    { id: 'sub', type: 'subProcess' },
    { id: 'sub_start', type: 'startEvent', scopeId: 'sub' },
    {
      id: 'inner',
      type: 'userTask',
      scopeId: 'sub',
      assignment: { assignee: { kind: 'literal', value: 'cat' }, candidateUsers: [], candidateGroups: [] },
    },
    { id: 'sub_end', type: 'endEvent', scopeId: 'sub' },
    { id: 'join', type: 'parallelGateway' },
    { id: 'end', type: 'endEvent' },
  ],
  [
    ['start', 'fork'],
    ['fork', 'sign'],
    ['fork', 'sub'],
    ['sign', 'merge'],
    ['timer', 'esc'],
    ['esc', 'merge'],
    ['merge', 'join', { id: 'fromSign' }],
    ['sub_start', 'inner'],
    ['inner', 'sub_end'],
    ['sub', 'join', { id: 'fromSub' }],
    ['join', 'end'],
  ],
);

type Draft = { -readonly [K in keyof InstanceState]: InstanceState[K] } & {
  tokens: Record<string, TokenState>;
  scopes: Record<string, InstanceState['scopes'][string]>;
  tasks: Record<string, TaskState>;
  timers: Record<string, InstanceState['timers'][string]>;
  actions: Record<string, InstanceState['actions'][string]>;
};

/** A healthy running state: ann and bob sign, cat works inside the sub-process (or, `subDone`, has finished). */
function healthy(subDone = false): Draft {
  const driver = new Driver(model, undefined, { variables: { signers: ['ann', 'bob'] } });
  if (subDone) driver.complete('inner');
  const copy: Draft = structuredClone(driver.state);
  return copy;
}

const tokenAt = (s: Draft, elementId: string, loop = false) =>
  Object.values(s.tokens).find((t) => t.elementId === elementId && !!t.loop === loop) as TokenState;
const taskAt = (s: Draft, elementId: string) =>
  Object.values(s.tasks).find((t) => t.elementId === elementId) as TaskState;
const body = (s: Draft) => Object.values(s.scopes).find((x) => x.kind === 'body') as BodyScopeState;
const subScope = (s: Draft) => Object.values(s.scopes).find((x) => x.kind === 'subProcess');
const patchBody = (s: Draft, patch: Partial<BodyScopeState>) => {
  s.scopes[body(s).id] = { ...body(s), ...patch };
};

/** Each case breaks one invariant by hand; the code it must raise, and what the corruption does. */
const cases: readonly (readonly [InvariantCode, string, (s: Draft) => void])[] = [
  ['instance.noProcessScope', 'the process scope is gone', (s) => delete s.scopes['unit']],
  [
    'instance.revision',
    'the last move is later than the current revision',
    (s) => (s.lastMoveRevision = s.revision + 1),
  ],
  ['instance.noTokens', 'a running instance lost all its tokens', (s) => (s.tokens = {})],
  ['instance.endedResidue', 'a completed instance still has tokens and tasks', (s) => (s.status = 'completed')],
  [
    'token.unknownElement',
    'a token is on an element the model lacks',
    (s) => (s.tokens[tokenAt(s, 'inner').id] = { ...tokenAt(s, 'inner'), elementId: 'ghost' }),
  ],
  [
    'token.unknownScope',
    'a token runs in a scope that is not live',
    (s) => (s.tokens[tokenAt(s, 'inner').id] = { ...tokenAt(s, 'inner'), scopeId: 'ghost' }),
  ],
  [
    'token.wrongScope',
    'the sub-process task runs in the process scope',
    (s) => (s.tokens[tokenAt(s, 'inner').id] = { ...tokenAt(s, 'inner'), scopeId: 'unit' }),
  ],
  ['token.idle', 'the task of a user task token is gone', (s) => delete s.tasks[taskAt(s, 'inner').id]],
  ['scope.orphan', 'the sub-process scope hangs on a token that is gone', (s) => delete s.tokens[tokenAt(s, 'sub').id]],
  [
    'scope.parentMismatch',
    'the sub-process token waits as a body',
    (s) => (s.tokens[tokenAt(s, 'sub').id] = { ...tokenAt(s, 'sub'), phase: 'body' }),
  ],
  [
    'scope.duplicate',
    'the sub-process token holds two scopes',
    (s) => (s.scopes['scope-twin'] = { ...(subScope(s) as object), id: 'scope-twin' } as never),
  ],
  [
    'task.orphan',
    'a task belongs to a token that is gone',
    (s) => (s.tasks[taskAt(s, 'inner').id] = { ...taskAt(s, 'inner'), tokenId: 'ghost' }),
  ],
  [
    'task.misplaced',
    'a task says it is at another element than its token',
    (s) => (s.tasks[taskAt(s, 'inner').id] = { ...taskAt(s, 'inner'), elementId: 'esc' }),
  ],
  [
    'task.duplicate',
    'a token has two open tasks',
    (s) => (s.tasks['task-twin'] = { ...taskAt(s, 'inner'), id: 'task-twin' }),
  ],
  [
    'task.delegation',
    'a delegated task has no owner',
    (s) => (s.tasks[taskAt(s, 'inner').id] = { ...taskAt(s, 'inner'), status: 'delegated' }),
  ],
  [
    'task.blockedBy',
    'a signer task is blocked by an instance that does not exist',
    (s) => (s.tasks[taskAt(s, 'sign').id] = { ...taskAt(s, 'sign'), blockedBy: [7] }),
  ],
  [
    'timer.orphan',
    'a timer belongs to a token that is gone',
    (s) => Object.values(s.timers).forEach((t) => (s.timers[t.id] = { ...t, tokenId: 'ghost' })),
  ],
  [
    'timer.misplaced',
    'the boundary timer sits on an inner instance token',
    (s) => Object.values(s.timers).forEach((t) => (s.timers[t.id] = { ...t, tokenId: tokenAt(s, 'sign', true).id })),
  ],
  [
    'action.orphan',
    'an action belongs to a token that is gone',
    (s) => (s.actions['action-x'] = { id: 'action-x', tokenId: 'ghost', elementId: 'inner', kind: 'service' }),
  ],
  [
    'action.misplaced',
    'an action hangs on a user task token',
    (s) =>
      (s.actions['action-x'] = {
        id: 'action-x',
        tokenId: tokenAt(s, 'inner').id,
        elementId: 'inner',
        kind: 'service',
      }),
  ],
  ['body.counters', 'the body counts an approval nobody gave', (s) => patchBody(s, { nrOfApproved: 1 })],
  [
    'body.instanceToken',
    'two instances claim the same inner token',
    (s) =>
      patchBody(s, {
        instances: body(s).instances.map((i) => ({ ...i, tokenId: body(s).instances[0]?.tokenId as string })),
      }),
  ],
  ['body.sequentialOverlap', 'a sequential body runs two turns', (s) => patchBody(s, { sequential: true })],
  [
    'body.stalled',
    'a parallel body leaves a startable instance pending',
    (s) =>
      patchBody(s, {
        instances: [...body(s).instances, { index: 9, item: 'cat', status: 'pending' }],
        nrOfInstances: 3,
      }),
  ],
  [
    'body.decided',
    'a 会签 body with a rejection is still running',
    (s) =>
      patchBody(s, {
        instances: [...body(s).instances, { index: 9, item: 'cat', status: 'completed', outcome: 'rejected' }],
        nrOfInstances: 3,
        nrOfCompletedInstances: 1,
        nrOfRejected: 1,
      }),
  ],
  [
    'join.invalidArrival',
    'a token is joining at a user task',
    (s) =>
      (s.tokens['token-x'] = {
        id: 'token-x',
        elementId: 'esc',
        scopeId: 'unit',
        phase: 'joining',
        arrivedBy: 'fromSign',
      }),
  ],
];

describe('checkInvariants', () => {
  it('should find nothing wrong in the states the engine produces', () => {
    // given the instance after start, and after the sub-process finished
    const states = [healthy(), healthy(true)];

    // when
    const found = states.map((s) => checkInvariants(model, s));

    // then
    expect(found).toEqual([[], []]);
  });

  it.each(cases)('should report %s when %s', (code, _what, corrupt) => {
    // given a healthy state, broken by hand
    const state = healthy();
    corrupt(state);

    // when
    const codes = checkInvariants(model, state).map((v) => v.code);

    // then
    expect(codes).toContain(code);
  });

  it('should report join.wouldFire when a parallel join holds an arrival on every incoming flow', () => {
    // given the sub-process arrived at the join, and an arrival from the other branch is added by hand
    const state = healthy(true);
    state.tokens['token-x'] = {
      id: 'token-x',
      elementId: 'join',
      scopeId: 'unit',
      phase: 'joining',
      arrivedBy: 'fromSign',
    };

    // when
    const violations = checkInvariants(model, state);

    // then
    expect(violations).toContainEqual(
      expect.objectContaining({ code: 'join.wouldFire', ids: expect.arrayContaining(['join', 'token-x']) }),
    );
  });

  it('should allow signers added by 加签 before or parallel to sign alongside the turn of a sequential body', () => {
    // given a sequential body whose second active instance was added by ann
    const state = healthy();
    patchBody(state, {
      sequential: true,
      instances: body(state).instances.map((i) => (i.index === 1 ? { ...i, addedBy: 'ann' } : i)),
    });

    // when
    const codes = checkInvariants(model, state).map((v) => v.code);

    // then
    expect(codes).toEqual([]);
  });

  /*
   *            ┌─ leak ──→ [plumber] ─┐
   *  (start) → <o>                     <o> → (end)
   *            └─ power ─→ [electric] ┘
   */
  it('should report join.wouldFire when an inclusive join holds arrivals no token can add to', () => {
    // given plumber arrived at the join while electric still works
    const inclusive = buildModel(
      'inc',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'split', type: 'inclusiveGateway' },
        { id: 'plumber', type: 'userTask' },
        { id: 'electric', type: 'userTask' },
        { id: 'join', type: 'inclusiveGateway' },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'split'],
        ['split', 'plumber', { condition: { var: 'leak' } }],
        ['split', 'electric', { condition: { var: 'power' } }],
        ['plumber', 'join'],
        ['electric', 'join'],
        ['join', 'end'],
      ],
    );
    const driver = new Driver(inclusive, undefined, { variables: { leak: true, power: true } });
    driver.complete('plumber');
    expect(checkInvariants(inclusive, driver.state)).toEqual([]);

    // when electric's token and task vanish
    const state = structuredClone(driver.state) as Draft;
    const electric = tokenAt(state, 'electric');
    delete state.tokens[electric.id];
    delete state.tasks[taskAt(state, 'electric').id];

    // then the join should have fired
    expect(checkInvariants(inclusive, state).map((v) => v.code)).toEqual(['join.wouldFire']);
  });
});
