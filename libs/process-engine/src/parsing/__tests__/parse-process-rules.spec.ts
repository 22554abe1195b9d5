import { located, parseFixture } from './parse-fixture';

/*
 * invalid-rules.bpmn:
 *
 *   start → xor ─[{"shout":…}]→ a          unknown operation
 *               ├─[{"var":"costs"} > 500]→ b  unknown variable (cost is declared)
 *               ├─[cost > 500]→ c           not JSON
 *               ├─[FEEL]→ d                 not JSONLogic
 *               └─(default)→ e
 */
describe('parseProcess rule checks', () => {
  it('should report a condition with an unknown operation', async () => {
    // given the flow to a
    // when it is read
    const { problems } = await parseFixture('invalid-rules');
    // then the rules library's code leads the message
    const problem = problems.find((p) => p.elementId === 'f-a');
    expect(problem).toMatchObject({ code: 'rule.invalid', path: 'conditionExpression', severity: 'error' });
    expect(problem?.message).toMatch(/^UNKNOWN_OPERATION: /);
  });

  it('should report a condition reading an undeclared variable, with the pointer to it', async () => {
    // given the flow to b
    // when it is read
    const { problems } = await parseFixture('invalid-rules');
    // then the path points into the rule
    const problem = problems.find((p) => p.elementId === 'f-b');
    expect(problem).toMatchObject({ code: 'rule.invalid', path: 'conditionExpression/>/0/var' });
    expect(problem?.message).toMatch(/^UNDECLARED_VARIABLE: "costs"/);
  });

  it('should report a condition that is not JSON and one in another language', async () => {
    // given the flows to c and d
    // when it is read
    const { model, problems } = await parseFixture('invalid-rules');
    // then neither becomes a condition in the model
    expect(located(problems)).toEqual(expect.arrayContaining(['rule.malformedJson f-c', 'rule.invalid f-d']));
    expect(problems.find((p) => p.elementId === 'f-d')?.message).toContain('"feel"');
    expect(model?.flows['f-c']?.condition).toBeUndefined();
  });

  it('should report nothing more than these four rules', async () => {
    // given the fixture, whose unconditioned flows all have a broken condition or are the default
    // when it is read
    const { problems } = await parseFixture('invalid-rules');
    // then no gateway or lint problem is added on top
    expect(located(problems).sort()).toEqual(
      ['rule.invalid f-a', 'rule.invalid f-b', 'rule.malformedJson f-c', 'rule.invalid f-d'].sort(),
    );
  });

  it('should accept the implicit variables: initiator, outcomes, instance counters, element variable, outputs', async () => {
    // given an approval reading reviewer and nrOf*, an input reading initiator, a condition reading
    // approveOutcome and the output target decidedBy
    // when it is read
    const { problems } = await parseFixture('implicit-variables');
    // then every rule checks
    expect(problems).toEqual([]);
  });

  it('should check timer rules against the process variables', async () => {
    // given a timeDate rule reading the undeclared "day"
    // when it is read
    const { model, problems } = await parseFixture('invalid-timers');
    // then the rule is kept and its variable reported
    expect(problems.find((p) => p.elementId === 'wait-rule')).toMatchObject({
      code: 'rule.invalid',
      path: 'timerEventDefinition/timeDate/cat/1/var',
    });
    expect(model?.elements['wait-rule']).toMatchObject({
      trigger: { type: 'timer', timer: { kind: 'date', calendar: 'cn-workdays', value: { kind: 'rule' } } },
    });
  });
});
