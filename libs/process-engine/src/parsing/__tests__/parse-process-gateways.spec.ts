import { located, parseFixture } from './parse-fixture';

describe('parseProcess gateway checks', () => {
  it('should report a gateway flow without condition and no default', async () => {
    // given xor ─[cost > 500]→ big-end and xor ─(no condition)→ small-end, no default
    // when it is read
    const { model, problems } = await parseFixture('gateway-missing-condition');
    // then the unconditioned flow is named (bpmnlint's conditional-flows on it is left out)
    expect(located(problems)).toEqual(['gateway.missingCondition f-small']);
    expect(problems[0]?.path).toBe('conditionExpression');
    expect(model?.flows['f-big']?.condition).toEqual({ '>': [{ var: 'cost' }, 500] });
  });

  it('should report a default flow that does not leave the gateway', async () => {
    // given xor with default="f-start", the flow leading into it
    // when it is read
    const { model, problems } = await parseFixture('gateway-default-not-outgoing');
    // then the gateway is named and keeps no default
    expect(located(problems)).toContain('gateway.defaultNotOutgoing xor');
    expect(model?.elements['xor']).not.toHaveProperty('defaultFlowId');
  });

  it('should report an event-based gateway leading to a task', async () => {
    // given wait ─→ paid (message catch) and wait ─→ call-owner (user task)
    // when it is read
    const { problems } = await parseFixture('event-gateway-to-task');
    // then the gateway is named, with the offending flow in the path
    expect(located(problems)).toEqual(['eventGateway.invalidTarget wait']);
    expect(problems[0]?.path).toBe('outgoing/f-call');
  });
});
