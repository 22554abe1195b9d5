import type { DecisionTable } from '@anxin/rules';
import { buildModel } from '../../../test/support/build-model';
import { Driver, fakeEnv } from '../../../test/support/engine-harness';

const teams: DecisionTable = {
  key: 'dispatch-team',
  hitPolicy: 'FIRST',
  inputs: [{ id: 'category', expression: { var: 'category' }, type: 'string' }],
  outputs: [{ id: 'team' }],
  rules: [
    { id: 'leak', when: { category: '漏水' }, then: { team: 'plumbing' } },
    { id: 'other', when: {}, then: { team: 'general' } },
  ],
};

describe('business rule task', () => {
  /*
   *  (start) → [decide ▦ dispatch-team] → [fix] → (end)
   */
  const model = buildModel(
    'brt',
    [
      { id: 'start', type: 'startEvent' },
      { id: 'decide', type: 'businessRuleTask', decisionKey: 'dispatch-team' },
      { id: 'fix', type: 'userTask' },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'decide'],
      ['decide', 'fix'],
      ['fix', 'end'],
    ],
  );

  it('should write the outputs of the matching row as variables', () => {
    const env = fakeEnv(undefined, { decisionTable: (key) => (key === 'dispatch-team' ? teams : undefined) });
    const driver = new Driver(model, env, { variables: { category: '漏水' } });
    expect(driver.state.variables['team']).toBe('plumbing');
    expect(driver.openAt()).toEqual(['fix']);
  });

  it('should refuse to start when the decision table is not deployed', () => {
    expect(() => new Driver(model, fakeEnv(), { variables: { category: '漏水' } })).toThrow(/rule.failed/);
  });
});

describe('call activity and message start', () => {
  /*
   *  (✉ reported) → [[call: inspection]] → (end)
   */
  const model = buildModel(
    'caller',
    [
      { id: 'reported', type: 'startEvent', trigger: { type: 'message', messageName: 'ticketReported' } },
      {
        id: 'call',
        type: 'callActivity',
        calledKey: 'inspection',
        calledVersion: 'latest',
        inputs: [{ target: 'unit', rule: { var: 'unit' } }],
        outputs: [{ target: 'verdict', rule: { var: 'result.verdict' } }],
      },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['reported', 'call'],
      ['call', 'end'],
    ],
  );

  it('should start through a message start event and ask the host to start the called process', () => {
    const driver = new Driver(model, undefined, { messageName: 'ticketReported', variables: { unit: '3-1201' } });
    const request = driver.effects.find((e) => e.type === 'ProcessStartRequested');
    expect(request).toMatchObject({ processKey: 'inspection', version: 'latest', input: { unit: '3-1201' } });
    driver.run({
      type: 'completeCall',
      actionId: request?.type === 'ProcessStartRequested' ? request.actionId : '',
      actor: 'system',
      output: { verdict: 'ok' },
    });
    expect(driver.state).toMatchObject({ status: 'completed', variables: { verdict: 'ok' } });
  });

  it('should refuse to start without a matching start event', () => {
    expect(() => new Driver(model)).toThrow(/start.invalid/);
  });
});
