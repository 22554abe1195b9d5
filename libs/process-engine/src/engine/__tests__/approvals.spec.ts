import type { ApprovalSpec, UserTaskNode } from '../../model/process-model.type';
import { buildModel, type FlowSpec, type NodeSpec } from '../../../test/support/build-model';
import { Driver } from '../../../test/support/engine-harness';

/*
 *  (start) → [submit] → [[approve]] ──→ <x> ─ approveOutcome == approved → [repair] → (end)
 *                        multi-instance     └ default ──────────────────→ [close] ──→ (end2)
 */
function approvalModel(approval: ApprovalSpec, extra: Partial<UserTaskNode> = {}, extraFlows: FlowSpec[] = []) {
  const approve: NodeSpec = {
    id: 'approve',
    type: 'userTask',
    approval,
    multiInstance: {
      sequential: approval.mode === 'sequential',
      collection: { var: 'approvers' },
      elementVariable: 'approver',
    },
    ...extra,
  };
  return buildModel(
    'approval',
    [
      { id: 'start', type: 'startEvent' },
      { id: 'submit', type: 'userTask' },
      approve,
      { id: 'x', type: 'exclusiveGateway' },
      { id: 'repair', type: 'userTask' },
      { id: 'close', type: 'userTask' },
      { id: 'end', type: 'endEvent' },
      { id: 'end2', type: 'endEvent' },
    ],
    [
      ['start', 'submit'],
      ['submit', 'approve'],
      ['approve', 'x'],
      ['x', 'repair', { condition: { '==': [{ var: 'approveOutcome' }, 'approved'] } }],
      ['x', 'close', { id: 'toClose', isDefault: true }],
      ['repair', 'end'],
      ['close', 'end2'],
      ...extraFlows,
    ],
  );
}

function driverFor(approval: ApprovalSpec, approvers: string[], extra: Partial<UserTaskNode> = {}) {
  const driver = new Driver(approvalModel(approval, extra), undefined, { variables: { approvers } });
  driver.complete('submit');
  return driver;
}

function body(driver: Driver) {
  return Object.values(driver.state.scopes).find((s) => s.kind === 'body');
}

describe('会签 (mode all)', () => {
  it('should create one task per approver and wait for every approval', () => {
    const driver = driverFor({ mode: 'all' }, ['a', 'b', 'c']);
    expect(driver.openAt()).toEqual(['approve:a', 'approve:b', 'approve:c']);
    expect(body(driver)).toMatchObject({ nrOfInstances: 3, nrOfActiveInstances: 3, nrOfCompletedInstances: 0 });

    driver.approve('approve', 'a');
    driver.approve('approve', 'b');
    expect(body(driver)).toMatchObject({ nrOfActiveInstances: 1, nrOfCompletedInstances: 2, nrOfApproved: 2 });

    driver.approve('approve', 'c');
    expect(driver.state.variables['approveOutcome']).toBe('approved');
    expect(driver.openAt()).toEqual(['repair']);
    expect(body(driver)).toBeUndefined();
  });

  it('should reject at the first rejection and cancel the other approvers’ tasks', () => {
    const driver = driverFor({ mode: 'all' }, ['a', 'b', 'c']);
    const effects = driver.reject('approve', 'b');
    expect(driver.state.variables['approveOutcome']).toBe('rejected');
    expect(driver.openAt()).toEqual(['close']);
    expect(effects.filter((e) => e.type === 'TaskCancelled')).toHaveLength(2);
  });
});

describe('或签 (mode any)', () => {
  it('should approve on the first approval and cancel the rest', () => {
    const driver = driverFor({ mode: 'any' }, ['a', 'b']);
    driver.approve('approve', 'b');
    expect(driver.state.variables['approveOutcome']).toBe('approved');
    expect(driver.openAt()).toEqual(['repair']);
  });
});

describe('依次 (mode sequential)', () => {
  it('should ask approvers one after another in collection order', () => {
    const driver = driverFor({ mode: 'sequential' }, ['a', 'b', 'c']);
    expect(driver.openAt()).toEqual(['approve:a']);
    driver.approve('approve', 'a');
    expect(driver.openAt()).toEqual(['approve:b']);
    driver.approve('approve', 'b');
    driver.approve('approve', 'c');
    expect(driver.openAt()).toEqual(['repair']);
  });

  it('should stop the sequence at a rejection', () => {
    const driver = driverFor({ mode: 'sequential' }, ['a', 'b', 'c']);
    driver.approve('approve', 'a');
    driver.reject('approve', 'b');
    expect(driver.openAt()).toEqual(['close']);
  });
});

describe('票签 (mode ratio)', () => {
  it('should approve once two thirds approve', () => {
    const driver = driverFor({ mode: 'ratio', ratio: 0.66 }, ['a', 'b', 'c']);
    driver.approve('approve', 'a');
    driver.reject('approve', 'b');
    expect(driver.openAt()).toEqual(['approve:c']);
    driver.approve('approve', 'c');
    expect(driver.state.variables['approveOutcome']).toBe('approved');
  });

  it('should reject as soon as the ratio can no longer be reached', () => {
    const driver = driverFor({ mode: 'ratio', ratio: 0.66 }, ['a', 'b', 'c']);
    driver.reject('approve', 'a');
    driver.reject('approve', 'b');
    expect(driver.openAt()).toEqual(['close']);
  });
});

describe('onReject', () => {
  it('should end the instance as terminated when onReject is end', () => {
    const driver = driverFor({ mode: 'all', onReject: { kind: 'end' } }, ['a', 'b']);
    const effects = driver.reject('approve', 'a');
    expect(driver.state.status).toBe('terminated');
    expect(driver.state.endReason).toBe('rejected');
    expect(driver.state.tasks).toEqual({});
    expect(effects.at(-1)).toEqual({ type: 'InstanceEnded', result: 'terminated', reason: 'rejected' });
  });

  /*
   *  [submit] → [[approve]] ─ back (onReject) → [submit]
   */
  it('should leave through the named flow when onReject names one', () => {
    // given an approval whose rejection goes back to the submitter through flow "back"
    const model = approvalModel({ mode: 'all', onReject: { kind: 'flow', flowId: 'back' } }, {}, [
      ['approve', 'submit', { id: 'back', condition: false }],
    ]);
    const driver = new Driver(model, undefined, { variables: { approvers: ['a'] } });
    driver.complete('submit');

    // when the approver rejects
    driver.reject('approve', 'a');

    // then only the rejection flow is taken
    expect(driver.openAt()).toEqual(['submit']);
    expect(driver.state.variables['approveOutcome']).toBe('rejected');
  });
});

describe('approver policies', () => {
  it('should auto-approve when the collection is empty and the policy is autoApprove', () => {
    const driver = driverFor({ mode: 'all' }, []);
    expect(driver.state.variables['approveOutcome']).toBe('approved');
    expect(driver.openAt()).toEqual(['repair']);
  });

  it('should assign to the named user when the collection is empty and the policy is assignTo', () => {
    const driver = driverFor({ mode: 'all' }, [], { emptyApprover: { kind: 'assignTo', user: 'boss' } });
    expect(driver.openAt()).toEqual(['approve:boss']);
  });

  it('should escalate with an unassigned task when the policy is escalate', () => {
    const driver = new Driver(approvalModel({ mode: 'all' }, { emptyApprover: { kind: 'escalate' } }), undefined, {
      variables: { approvers: [] },
    });
    const effects = driver.complete('submit');
    expect(driver.openAt()).toEqual(['approve']);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'NotificationRequested', kind: 'escalation' }));
  });

  it('should skip the initiator as approver when the policy is skip', () => {
    const driver = driverFor({ mode: 'all' }, ['initiator', 'b'], { initiatorApprover: 'skip' });
    expect(driver.openAt()).toEqual(['approve:b']);
    driver.approve('approve', 'b');
    expect(driver.openAt()).toEqual(['repair']);
  });

  it('should keep the initiator as approver by default', () => {
    const driver = driverFor({ mode: 'all' }, ['initiator', 'b']);
    expect(driver.openAt()).toEqual(['approve:b', 'approve:initiator']);
  });
});

describe('completionCondition', () => {
  it('should end a plain multi-instance early when its completion condition holds', () => {
    const model = buildModel(
      'mi',
      [
        { id: 'start', type: 'startEvent' },
        {
          id: 'survey',
          type: 'userTask',
          multiInstance: {
            sequential: false,
            collection: { var: 'people' },
            elementVariable: 'person',
            completionCondition: { '>=': [{ var: 'nrOfCompletedInstances' }, 2] },
          },
        },
        { id: 'done', type: 'userTask' },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'survey'],
        ['survey', 'done'],
        ['done', 'end'],
      ],
    );
    const driver = new Driver(model, undefined, { variables: { people: ['a', 'b', 'c'] } });
    driver.complete('survey', undefined, 'a');
    expect(driver.openAt()).toHaveLength(2);
    driver.complete('survey', undefined, 'c');
    expect(driver.openAt()).toEqual(['done']);
  });
});
