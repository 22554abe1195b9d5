import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cnWorkdaysCalendar, type DecisionTable } from '@anxin/rules';
import { checkInvariants } from '../../invariants/check-invariants';
import { parseProcess } from '../../parsing/parse-process';
import type { ProcessEffect } from '../../effects/effect.type';
import { Driver, fakeEnv } from '../../../test/support/engine-harness';

const priority: DecisionTable = {
  key: 'repair-priority',
  hitPolicy: 'FIRST',
  inputs: [{ id: 'urgent', expression: { var: 'urgent' }, type: 'boolean' }],
  outputs: [{ id: 'priority' }],
  rules: [
    { id: 'urgent', when: { urgent: true }, then: { priority: 'high' } },
    { id: 'normal', when: {}, then: { priority: 'normal' } },
  ],
};

function requested(effects: readonly ProcessEffect[], type: 'ActionRequested' | 'ProcessStartRequested'): string[] {
  return effects.flatMap((e) => (e.type === type ? [e.actionId] : []));
}

/*
 * The parser's repair-order fixture, every construct at once, run end to end from its XML:
 * review → 票签 approval → dispatch ⚙ → prioritize ▦ → (purchase [[call]] ∥ on-site sub-process)
 *        → notify the manager when urgent (else the owner) → wait for the owner's message or three days → done
 */
describe('the repair-order fixture, parsed and executed', () => {
  it('should run from its XML to the end, keeping every invariant after each step', async () => {
    // given the parsed model and an urgent, expensive, fixable ticket
    const xml = readFileSync(path.join(__dirname, '../../../test/fixtures/parsing/repair-order.bpmn'), 'utf8');
    const { model, problems } = await parseProcess(xml);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (!model) throw new Error('no model');
    const env = fakeEnv(Date.parse('2026-03-02T09:00:00+08:00'), {
      decisionTable: (key) => (key === 'repair-priority' ? priority : undefined),
      calendar: () => cnWorkdaysCalendar(),
    });
    const driver = new Driver(model, env, {
      initiator: 'ann',
      variables: { estimatedCost: 800, category: 'leak', approvers: ['a', 'b', 'c'], urgent: true, fixable: true },
    });
    const step = (run: () => readonly ProcessEffect[]) => {
      const effects = run();
      expect(checkInvariants(model, driver.state)).toEqual([]);
      return effects;
    };

    // when review and two of three approvers (票签 0.6) act
    expect(driver.openAt()).toEqual(['review:ann']);
    step(() => driver.complete('review'));
    expect(driver.openAt()).toEqual(['approve:a', 'approve:b', 'approve:c']);
    step(() => driver.approve('approve', 'a'));
    const dispatched = step(() => driver.approve('approve', 'b'));
    expect(driver.state.variables['approvalOutcome']).toBe('approved');

    // and the host answers the dispatch action, the decision runs, the call and the visit go in parallel
    const [dispatch] = requested(dispatched, 'ActionRequested');
    const forked = step(() =>
      driver.run({
        type: 'completeAction',
        actionId: dispatch ?? '',
        actor: 'system',
        result: { workOrderId: 'wang' },
      }),
    );
    expect(driver.state.variables['priority']).toBe('high');
    expect(driver.openAt()).toEqual(['visit:wang']);
    const [purchase] = requested(forked, 'ProcessStartRequested');
    step(() =>
      driver.run({ type: 'completeCall', actionId: purchase ?? '', actor: 'system', output: { materials: 2 } }),
    );
    const notified = step(() => driver.complete('visit'));

    // then the urgent branch notifies the manager (the owner's default flow is for when no condition holds), and
    // after it the instance waits for the owner
    const notifications = requested(notified, 'ActionRequested');
    expect(notified).toContainEqual(expect.objectContaining({ type: 'ActionRequested', elementId: 'notify-manager' }));
    expect(notifications).toHaveLength(1);
    for (const actionId of notifications) step(() => driver.run({ type: 'completeAction', actionId, actor: 'system' }));
    expect(Object.values(driver.state.timers).map((t) => t.elementId)).toEqual(['timeout']);
    step(() => driver.run({ type: 'signal', messageName: 'owner-confirmed', actor: 'ann' }));
    expect(driver.state.status).toBe('completed');
  });
});
