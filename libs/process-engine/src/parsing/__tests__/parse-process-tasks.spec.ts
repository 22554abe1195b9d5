import { located, parseFixture } from './parse-fixture';

describe('parseProcess task checks', () => {
  it('should report a ratio approval without ratio', async () => {
    // given by-ratio: <anxin:approval mode="ratio"/> over a multi-instance
    // when it is read
    const { problems } = await parseFixture('approval-problems');
    // then the ratio is reported
    expect(problems.find((p) => p.elementId === 'by-ratio')).toMatchObject({
      code: 'approval.invalid',
      path: 'anxin:approval/ratio',
    });
  });

  it('should report an onReject flow that is not an outgoing flow of the task', async () => {
    // given on-reject: onReject="f1", the flow leading into the task
    // when it is read
    const { problems } = await parseFixture('approval-problems');
    // then onReject is reported
    expect(problems.find((p) => p.elementId === 'on-reject')).toMatchObject({
      code: 'approval.invalid',
      path: 'anxin:approval/onReject',
    });
  });

  it('should report an approval without multi-instance and a sequential approval over parallel instances', async () => {
    // given single (no multi-instance) and in-turn (mode sequential, isSequential absent)
    // when it is read
    const { model, problems } = await parseFixture('approval-problems');
    // then both are reported, and a valid onReject flow is kept
    expect(located(problems)).toEqual(
      expect.arrayContaining(['approval.requiresMultiInstance single', 'approval.invalid in-turn']),
    );
    expect(model?.elements['in-turn']).toMatchObject({
      approval: { mode: 'sequential', onReject: { kind: 'flow', flowId: 'f-rejected' } },
    });
    expect(problems).toHaveLength(4);
  });

  it('should report a multi-instance without collection or cardinality', async () => {
    // given collect: <multiInstanceLoopCharacteristics isSequential="true"/>
    // when it is read
    const { model, problems } = await parseFixture('task-problems');
    // then it is reported, and the spec keeps its defaults
    expect(located(problems)).toContain('multiInstance.missingCollection collect');
    expect(model?.elements['collect']).toMatchObject({ multiInstance: { sequential: true, elementVariable: 'item' } });
  });

  it('should report a service task without action, a rule task without decision, a call without key', async () => {
    // given notify, rate and purchase without their required attributes (purchase with calledVersion "newest")
    // when it is read
    const { problems } = await parseFixture('task-problems');
    // then each is named
    expect(located(problems)).toEqual([
      'task.missingAction notify',
      'task.missingDecision rate',
      'callActivity.missingKey purchase',
      'extension.invalid purchase',
      'multiInstance.missingCollection collect',
    ]);
  });

  it('should report invalid timer durations, dates and cycles', async () => {
    // given "4 hours", a date without offset and "every hour"
    // when it is read
    const { problems } = await parseFixture('invalid-timers');
    // then each timer is named with the property that holds it
    const timers = problems.filter((p) => p.code === 'timer.invalid');
    expect(timers.map((p) => `${p.elementId ?? ''} ${p.path}`)).toEqual([
      'wait-duration timerEventDefinition/timeDuration',
      'wait-date timerEventDefinition/timeDate',
      'wait-cycle timerEventDefinition/timeCycle',
    ]);
  });
});
