import { cnWorkdaysCalendar } from '@anxin/rules';
import type { BoundaryEventNode, TimerDefinition } from '../../model/process-model.type';
import { buildModel, type NodeSpec } from '../../../test/support/build-model';
import { Driver, fakeEnv } from '../../../test/support/engine-harness';

const duration = (text: string, calendar?: string): TimerDefinition => ({
  kind: 'duration',
  value: { kind: 'literal', value: text },
  ...(calendar ? { calendar } : {}),
});
const boundary = (
  id: string,
  attachedToId: string,
  trigger: BoundaryEventNode['trigger'],
  interrupting = true,
): NodeSpec => ({ id, type: 'boundaryEvent', attachedToId, interrupting, trigger });

describe('boundary timers', () => {
  /*
   *  (start) → [fix] ──────────→ (end)
   *             ⏱ PT4H (interrupting) → [escalate] → (end2)
   */
  const interrupting = () =>
    buildModel(
      'timeout',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'fix', type: 'userTask' },
        boundary('late', 'fix', { type: 'timer', timer: duration('PT4H') }),
        { id: 'escalate', type: 'userTask' },
        { id: 'end', type: 'endEvent' },
        { id: 'end2', type: 'endEvent' },
      ],
      [
        ['start', 'fix'],
        ['fix', 'end'],
        ['late', 'escalate'],
        ['escalate', 'end2'],
      ],
    );

  it('should schedule the timer when the task starts and cancel it when the task completes', () => {
    const env = fakeEnv(Date.UTC(2026, 0, 5, 1));
    const driver = new Driver(interrupting(), env);
    expect(driver.effects).toContainEqual({
      type: 'TimerScheduled',
      timerId: expect.any(String),
      dueAt: '2026-01-05T05:00:00.000Z',
    });
    const effects = driver.complete('fix');
    expect(effects).toContainEqual({ type: 'TimerCancelled', timerId: expect.any(String) });
    expect(driver.state.status).toBe('completed');
  });

  it('should cancel the task and take the boundary path when an interrupting timer fires', () => {
    const driver = new Driver(interrupting());
    const [timer] = Object.values(driver.state.timers);
    driver.run({ type: 'fireTimer', timerId: timer?.id ?? '', actor: 'system' });
    expect(driver.openAt()).toEqual(['escalate']);
  });

  it('should do nothing when a timer fires twice or after its token moved on', () => {
    const driver = new Driver(interrupting());
    const [timer] = Object.values(driver.state.timers);
    driver.complete('fix');
    const before = driver.state;
    expect(driver.run({ type: 'fireTimer', timerId: timer?.id ?? '', actor: 'system' })).toEqual([]);
    expect(driver.state).toBe(before);
  });

  /*
   *  (start) → [fix] → (end)
   *             ⏱ R2/PT1H (non-interrupting) → [remind] → (end2)
   */
  it('should repeat a non-interrupting cycle timer its given number of times, the task staying open', () => {
    const model = buildModel(
      'remind',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'fix', type: 'userTask' },
        boundary(
          'nag',
          'fix',
          { type: 'timer', timer: { kind: 'cycle', value: { kind: 'literal', value: 'R2/PT1H' } } },
          false,
        ),
        { id: 'remind', type: 'serviceTask', action: 'notify' },
        { id: 'end', type: 'endEvent' },
        { id: 'end2', type: 'endEvent' },
      ],
      [
        ['start', 'fix'],
        ['fix', 'end'],
        ['nag', 'remind'],
        ['remind', 'end2'],
      ],
    );
    const driver = new Driver(model);
    const fire = () => {
      const timer = Object.values(driver.state.timers)[0];
      if (!timer) throw new Error('no timer');
      return driver.run({ type: 'fireTimer', timerId: timer.id, actor: 'system' });
    };
    expect(fire().filter((e) => e.type === 'ActionRequested')).toHaveLength(1);
    expect(Object.values(driver.state.timers)).toHaveLength(1);
    fire();
    expect(Object.values(driver.state.timers)).toHaveLength(0);
    expect(driver.openAt()).toEqual(['fix']);
  });

  it('should count a working-time timer in business hours and skip holidays', () => {
    // given Friday 2025-01-24 17:00 (+08:00) and a 2 working hours timer on the Chinese workday calendar
    const env = fakeEnv(Date.parse('2025-01-24T17:00:00+08:00'), { calendar: () => cnWorkdaysCalendar() });
    const model = buildModel(
      'wt',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'fix', type: 'userTask' },
        boundary('late', 'fix', { type: 'timer', timer: duration('PT2H', 'cn-workdays') }),
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'fix'],
        ['fix', 'end'],
        ['late', 'end'],
      ],
    );
    // when the task starts
    const driver = new Driver(model, env);
    // then the timer is due on the 调休 Sunday 2025-01-26 at 10:00 (+08:00)
    expect(Object.values(driver.state.timers)[0]?.dueAt).toBe('2025-01-26T02:00:00.000Z');
  });
});

describe('messages and event-based gateways', () => {
  /*
   *                       ┌→ (✉ confirmed) → [rate] → (end)
   *  (start) → [fix] → <◇>
   *                       └→ (⏱ P3D) → [autoClose] → (end2)
   */
  const awaitOwner = () =>
    buildModel(
      'owner',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'fix', type: 'userTask' },
        { id: 'wait', type: 'eventBasedGateway' },
        {
          id: 'confirmed',
          type: 'intermediateCatchEvent',
          trigger: { type: 'message', messageName: 'ownerConfirmed' },
        },
        {
          id: 'threeDays',
          type: 'intermediateCatchEvent',
          trigger: { type: 'timer', timer: duration('P3D') },
        },
        { id: 'rate', type: 'userTask' },
        { id: 'autoClose', type: 'userTask' },
        { id: 'end', type: 'endEvent' },
        { id: 'end2', type: 'endEvent' },
      ],
      [
        ['start', 'fix'],
        ['fix', 'wait'],
        ['wait', 'confirmed'],
        ['wait', 'threeDays'],
        ['confirmed', 'rate'],
        ['threeDays', 'autoClose'],
        ['rate', 'end'],
        ['autoClose', 'end2'],
      ],
    );

  it('should take the message path and cancel the timer when the message arrives first', () => {
    const driver = new Driver(awaitOwner());
    driver.complete('fix');
    expect(Object.values(driver.state.timers)).toHaveLength(1);
    const effects = driver.run({
      type: 'signal',
      messageName: 'ownerConfirmed',
      actor: 'owner',
      variables: { stars: 5 },
    });
    expect(effects).toContainEqual({ type: 'TimerCancelled', timerId: expect.any(String) });
    expect(driver.openAt()).toEqual(['rate']);
    expect(driver.state.variables['stars']).toBe(5);
  });

  it('should take the timer path when the timer fires first, and then refuse the late message', () => {
    const driver = new Driver(awaitOwner());
    driver.complete('fix');
    const timer = Object.values(driver.state.timers)[0];
    driver.run({ type: 'fireTimer', timerId: timer?.id ?? '', actor: 'system' });
    expect(driver.openAt()).toEqual(['autoClose']);
    expect(driver.refused({ type: 'signal', messageName: 'ownerConfirmed', actor: 'owner' }).code).toBe(
      'message.notExpected',
    );
  });
});

describe('service tasks, errors and sub-processes', () => {
  /*
   *  (start) → ┌ sub ─────────────────────────────┐ → [close] → (end)
   *            │ (s) → [dispatch ⚙] → (e)          │
   *            └──────────────────────────────────┘
   *              ⚡ NO_TEAM → [manual] → (end2)
   */
  const dispatching = () =>
    buildModel(
      'svc',
      [
        { id: 'start', type: 'startEvent' },
        {
          id: 'sub',
          type: 'subProcess',
          inputs: [{ target: 'attempt', rule: 1 }],
          outputs: [{ target: 'team', rule: { var: 'assigned' } }],
        },
        { id: 's', type: 'startEvent', scopeId: 'sub' },
        {
          id: 'dispatch',
          type: 'serviceTask',
          scopeId: 'sub',
          action: 'dispatch',
          inputs: [{ target: 'category', rule: { var: 'category' } }],
          outputs: [{ target: 'assigned', rule: { var: 'result.team' } }],
        },
        { id: 'e', type: 'endEvent', scopeId: 'sub' },
        boundary('noTeam', 'sub', { type: 'error', errorCode: 'NO_TEAM' }),
        { id: 'manual', type: 'userTask' },
        { id: 'close', type: 'userTask' },
        { id: 'end', type: 'endEvent' },
        { id: 'end2', type: 'endEvent' },
      ],
      [
        ['start', 'sub'],
        ['s', 'dispatch'],
        ['dispatch', 'e'],
        ['sub', 'close'],
        ['close', 'end'],
        ['noTeam', 'manual'],
        ['manual', 'end2'],
      ],
    );

  it('should request the action with its inputs and continue with its result', () => {
    const driver = new Driver(dispatching(), undefined, { variables: { category: 'leak' } });
    const request = driver.effects.find((e) => e.type === 'ActionRequested');
    expect(request).toMatchObject({ action: 'dispatch', input: { category: 'leak' } });
    driver.run({
      type: 'completeAction',
      actionId: request?.type === 'ActionRequested' ? request.actionId : '',
      actor: 'system',
      result: { team: 'A' },
    });
    expect(driver.openAt()).toEqual(['close']);
    expect(driver.state.variables['assigned']).toBe('A');
    expect(driver.state.variables['team']).toBe('A');
  });

  it('should catch an action error on the sub-process boundary, cancelling the sub-process', () => {
    const driver = new Driver(dispatching(), undefined, { variables: { category: 'leak' } });
    const [action] = Object.values(driver.state.actions);
    driver.run({ type: 'completeAction', actionId: action?.id ?? '', actor: 'system', error: { code: 'NO_TEAM' } });
    expect(driver.openAt()).toEqual(['manual']);
    expect(Object.values(driver.state.scopes)).toHaveLength(1);
  });

  it('should fail the instance on an uncaught error', () => {
    const driver = new Driver(dispatching(), undefined, { variables: { category: 'leak' } });
    const [action] = Object.values(driver.state.actions);
    const effects = driver.run({
      type: 'completeAction',
      actionId: action?.id ?? '',
      actor: 'system',
      error: { code: 'OTHER' },
    });
    expect(driver.state.status).toBe('failed');
    expect(effects.at(-1)).toMatchObject({ type: 'InstanceEnded', result: 'failed' });
  });

  it('should end the instance as terminated at a terminate end event, cancelling parallel work', () => {
    const model = buildModel(
      'term',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'fork', type: 'parallelGateway' },
        { id: 'a', type: 'userTask' },
        { id: 'b', type: 'userTask' },
        { id: 'stop', type: 'endEvent', trigger: { type: 'terminate' } },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'fork'],
        ['fork', 'a'],
        ['fork', 'b'],
        ['a', 'stop'],
        ['b', 'end'],
      ],
    );
    const driver = new Driver(model);
    driver.complete('a');
    expect(driver.state).toMatchObject({ status: 'terminated', tasks: {}, tokens: {} });
  });

  it('should record every variable write in the history with before and after', () => {
    const driver = new Driver(dispatching(), undefined, { variables: { category: 'leak' } });
    const [action] = Object.values(driver.state.actions);
    const effects = driver.run({
      type: 'completeAction',
      actionId: action?.id ?? '',
      actor: 'system',
      result: { team: 'B' },
    });
    expect(effects).toContainEqual({
      type: 'HistoryRecorded',
      entry: expect.objectContaining({
        action: 'variableChanged',
        details: { name: 'team', before: null, after: 'B' },
      }),
    });
  });

  it('should escalate to a non-interrupting boundary from an escalation thrown inside', () => {
    const model = buildModel(
      'esc',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'sub', type: 'subProcess' },
        { id: 's', type: 'startEvent', scopeId: 'sub' },
        {
          id: 'raise',
          type: 'intermediateThrowEvent',
          scopeId: 'sub',
          trigger: { type: 'escalation', escalationCode: 'VIP' },
        },
        { id: 'work', type: 'userTask', scopeId: 'sub' },
        { id: 'e', type: 'endEvent', scopeId: 'sub' },
        boundary('vip', 'sub', { type: 'escalation', escalationCode: 'VIP' }, false),
        { id: 'notifyBoss', type: 'userTask' },
        { id: 'end', type: 'endEvent' },
        { id: 'end2', type: 'endEvent' },
      ],
      [
        ['start', 'sub'],
        ['s', 'raise'],
        ['raise', 'work'],
        ['work', 'e'],
        ['sub', 'end'],
        ['vip', 'notifyBoss'],
        ['notifyBoss', 'end2'],
      ],
    );
    const driver = new Driver(model);
    expect(driver.openAt()).toEqual(['notifyBoss', 'work']);
  });
});

describe('intermediate events and message boundaries', () => {
  /*
   *  (start) → (⏱ rule: urgent ? PT1H : PT8H) → [visit] → (end)
   *                                              ✉ cancelled (interrupting) → (end2)
   */
  const model = buildModel(
    'visit',
    [
      { id: 'start', type: 'startEvent' },
      {
        id: 'wait',
        type: 'intermediateCatchEvent',
        trigger: {
          type: 'timer',
          timer: { kind: 'duration', value: { kind: 'rule', rule: { if: [{ var: 'urgent' }, 'PT1H', 'PT8H'] } } },
        },
      },
      { id: 'visit', type: 'userTask' },
      boundary('cancelled', 'visit', { type: 'message', messageName: 'ownerCancelled' }),
      { id: 'end', type: 'endEvent' },
      { id: 'end2', type: 'endEvent' },
    ],
    [
      ['start', 'wait'],
      ['wait', 'visit'],
      ['visit', 'end'],
      ['cancelled', 'end2'],
    ],
  );

  it('should compute a timer duration from a rule over the variables', () => {
    const driver = new Driver(model, fakeEnv(Date.UTC(2026, 0, 5, 1)), { variables: { urgent: true } });
    expect(Object.values(driver.state.timers)[0]?.dueAt).toBe('2026-01-05T02:00:00.000Z');
  });

  it('should move on from an intermediate timer when it fires', () => {
    const driver = new Driver(model, undefined, { variables: { urgent: false } });
    const timer = Object.values(driver.state.timers)[0];
    driver.run({ type: 'fireTimer', timerId: timer?.id ?? '', actor: 'system' });
    expect(driver.openAt()).toEqual(['visit']);
  });

  it('should interrupt a task through a message boundary event', () => {
    const driver = new Driver(model, undefined, { variables: { urgent: false } });
    driver.run({ type: 'fireTimer', timerId: Object.values(driver.state.timers)[0]?.id ?? '', actor: 'system' });
    const effects = driver.run({ type: 'signal', messageName: 'ownerCancelled', actor: 'owner' });
    expect(effects).toContainEqual({ type: 'TaskCancelled', taskId: expect.any(String), reason: 'interrupted' });
    expect(driver.state.status).toBe('completed');
  });

  it('should refuse an unknown command without touching the state', () => {
    const driver = new Driver(model, undefined, { variables: { urgent: false } });
    const error = driver.refused({ type: 'explode', actor: 'x' } as never);
    expect(error).toEqual({ code: 'command.unknown', path: 'type', message: 'unknown command "explode"' });
  });
});
