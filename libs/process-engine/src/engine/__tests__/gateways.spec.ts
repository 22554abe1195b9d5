import { buildModel } from '../../../test/support/build-model';
import { Driver } from '../../../test/support/engine-harness';

describe('sequence and gateways', () => {
  /*
   *  (start) → [a] → [b] → (end)
   */
  it('should move through a sequence of user tasks and complete', () => {
    // given
    const model = buildModel(
      'seq',
      [
        { id: 'start', type: 'startEvent' },
        {
          id: 'a',
          type: 'userTask',
          assignment: { assignee: { kind: 'literal', value: 'ann' }, candidateUsers: [], candidateGroups: [] },
        },
        {
          id: 'b',
          type: 'userTask',
          assignment: { assignee: { kind: 'literal', value: 'bob' }, candidateUsers: [], candidateGroups: [] },
        },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'a'],
        ['a', 'b'],
        ['b', 'end'],
      ],
    );
    const driver = new Driver(model);
    expect(driver.openAt()).toEqual(['a:ann']);

    // when
    driver.complete('a', { note: 'done' });
    const effects = driver.complete('b');

    // then
    expect(driver.state.status).toBe('completed');
    expect(driver.state.tokens).toEqual({});
    expect(driver.state.variables).toEqual({ note: 'done' });
    expect(effects.at(-1)).toEqual({ type: 'InstanceEnded', result: 'completed' });
    expect(driver.state.revision).toBe(3);
  });

  /*
   *            ┌─ cost > 500 ─→ [finance] ─┐
   *  (start) → <x>                          → (end)
   *            └─ default ────→ [close] ───┘
   */
  const routed = () =>
    buildModel(
      'route',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'x', type: 'exclusiveGateway' },
        { id: 'finance', type: 'userTask' },
        { id: 'close', type: 'userTask' },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'x'],
        ['x', 'finance', { condition: { '>': [{ var: 'cost' }, 500] } }],
        ['x', 'close', { isDefault: true }],
        ['finance', 'end'],
        ['close', 'end'],
      ],
    );

  it('should route to finance when cost is over the threshold', () => {
    const driver = new Driver(routed(), undefined, { variables: { cost: 800 } });
    expect(driver.openAt()).toEqual(['finance']);
  });

  it('should take the default flow when no condition holds', () => {
    const driver = new Driver(routed(), undefined, { variables: { cost: 100 } });
    expect(driver.openAt()).toEqual(['close']);
  });

  it('should refuse the command, changing nothing, when a condition fails to evaluate', () => {
    // given a condition that divides by a string
    const model = buildModel(
      'broken',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'a', type: 'userTask' },
        { id: 'x', type: 'exclusiveGateway' },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'a'],
        ['a', 'x'],
        ['x', 'end', { condition: { unknownOp: [1] } as never }],
      ],
    );
    const driver = new Driver(model);
    const before = driver.state;

    // when
    const error = driver.refused({ type: 'complete', taskId: driver.task('a').id, actor: 'anyone' });

    // then
    expect(error.code).toBe('rule.failed');
    expect(driver.state).toBe(before);
    expect(Object.keys(before.tasks)).toHaveLength(1);
  });

  /*
   *            ┌→ [a] ─┐
   *  (start) → <+>     <+> → [c] → (end)
   *            └→ [b] ─┘
   */
  it('should fire a parallel join once, after both branches arrive', () => {
    const model = buildModel(
      'par',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'fork', type: 'parallelGateway' },
        { id: 'a', type: 'userTask' },
        { id: 'b', type: 'userTask' },
        { id: 'join', type: 'parallelGateway' },
        { id: 'c', type: 'userTask' },
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
    expect(driver.openAt()).toEqual(['a', 'b']);

    driver.complete('a');
    expect(driver.openAt()).toEqual(['b']);
    expect(
      Object.values(driver.state.tokens)
        .map((t) => [t.elementId, t.phase])
        .sort(),
    ).toEqual([
      ['b', 'active'],
      ['join', 'joining'],
    ]);

    driver.complete('b');
    expect(driver.openAt()).toEqual(['c']);
    expect(Object.keys(driver.state.tokens)).toHaveLength(1);
  });

  /*
   *            ┌─ leak ───→ [plumber] ─┐
   *  (start) → <o>                      <o> → [check] → (end)
   *            ├─ power ──→ [electric] ─┤
   *            └─ default → [general] ──┘
   */
  const inclusive = () =>
    buildModel(
      'inc',
      [
        { id: 'start', type: 'startEvent' },
        { id: 'split', type: 'inclusiveGateway' },
        { id: 'plumber', type: 'userTask' },
        { id: 'electric', type: 'userTask' },
        { id: 'general', type: 'userTask' },
        { id: 'join', type: 'inclusiveGateway' },
        { id: 'check', type: 'userTask' },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'split'],
        ['split', 'plumber', { condition: { var: 'leak' } }],
        ['split', 'electric', { condition: { var: 'power' } }],
        ['split', 'general', { isDefault: true }],
        ['plumber', 'join'],
        ['electric', 'join'],
        ['general', 'join'],
        ['join', 'check'],
        ['check', 'end'],
      ],
    );

  it('should join inclusive branches waiting only for those that were taken', () => {
    const driver = new Driver(inclusive(), undefined, { variables: { leak: true, power: true } });
    expect(driver.openAt()).toEqual(['electric', 'plumber']);

    driver.complete('plumber');
    expect(driver.openAt()).toEqual(['electric']);

    driver.complete('electric');
    expect(driver.openAt()).toEqual(['check']);
    expect(Object.keys(driver.state.tokens)).toHaveLength(1);
  });

  it('should pass an inclusive join at once when a single branch was taken', () => {
    const driver = new Driver(inclusive(), undefined, { variables: { leak: false, power: false } });
    expect(driver.openAt()).toEqual(['general']);
    driver.complete('general');
    expect(driver.openAt()).toEqual(['check']);
  });
});
