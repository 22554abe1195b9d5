import type { ProcessModel } from '../../model/process-model.type';
import { hasModelErrors } from '../has-model-errors';
import { parseFixture } from './parse-fixture';

/*
 * repair-order.bpmn (every supported construct):
 *
 *   start ─┐                                   ┌─[cost > 500]→ approve (MI ratio approval) ─┐
 *          ├→ join-start → review → cost-check ┤                                           ├→ merge → dispatch ─┐
 *   start-by-message ┘                         └─(default)─────────────────────────────────┘   ⚡no-worker → escalate → end
 *
 *   → prioritize → fork ─→ purchase (call v3) ──────────────────────┐
 *                       └→ on-site [site-start → visit → site-check] ├→ join → notify-choice (inclusive) → … → wait-owner
 *                              ⏱ overdue (non-interrupting), ⚡ unfixable┘                  wait-owner ─→ confirmed ✉ → done
 *                                                                                                   └→ timeout ⏱ P3D → auto-closed
 */
describe('parseProcess with a valid repair order', () => {
  let model: ProcessModel;

  beforeAll(async () => {
    // given the repair-order fixture, when it is read
    const result = await parseFixture('repair-order');
    // then there is a model and no problem at all
    expect(result.problems).toEqual([]);
    expect(hasModelErrors(result.problems)).toBe(false);
    model = result.model!;
  });

  it('should read the process attributes and declared variables', () => {
    // given / when the valid fixture read above
    // then the process-level settings are the model's
    expect(model.key).toBe('repair-order');
    expect(model.name).toBe('报修处理');
    expect(model.definitionsId).toBe('repair-order-definitions');
    expect(model.allowRevoke).toBe(false);
    expect(model.variables).toEqual([
      { name: 'estimatedCost', type: 'number' },
      { name: 'category', type: 'string' },
      { name: 'approvers', type: 'array' },
      { name: 'urgent', type: 'boolean' },
      { name: 'fixable', type: 'boolean' },
    ]);
  });

  it('should read a user task with its assignment, fields, status, SLA and approver policies', () => {
    // given / when the review task
    // then every anxin attribute is in the node
    expect(model.elements['review']).toEqual({
      id: 'review',
      name: '审核报修',
      type: 'userTask',
      scopeId: 'repair-order',
      incoming: ['f-join-start'],
      outgoing: ['f-review'],
      inputs: [{ target: 'costLimit', rule: 500 }],
      outputs: [],
      boundaryIds: [],
      assignment: {
        assignee: { kind: 'rule', rule: { var: 'initiator' } },
        candidateUsers: [],
        candidateGroups: [
          { kind: 'literal', value: 'dispatchers' },
          { kind: 'literal', value: 'leads' },
        ],
      },
      formKey: 'repair-review',
      fieldPermissions: { estimatedCost: 'write', category: 'read', internalNote: 'hidden' },
      status: '审核中',
      sla: { kind: 'duration', value: { kind: 'literal', value: 'PT4H' }, calendar: 'cn-workdays' },
      emptyApprover: { kind: 'assignTo', user: 'lead-1' },
      initiatorApprover: 'skip',
    });
  });

  it('should read a multi-instance approval task', () => {
    // given / when the approve task
    const approve = model.elements['approve'];
    // then its multi-instance, approval and per-instance assignee are read
    expect(approve).toMatchObject({
      type: 'userTask',
      multiInstance: {
        sequential: false,
        collection: { var: 'approvers' },
        elementVariable: 'approver',
        completionCondition: { '>=': [{ var: 'nrOfApproved' }, 2] },
      },
      approval: { mode: 'ratio', ratio: 0.6, onReject: { kind: 'end' } },
      assignment: { assignee: { kind: 'rule', rule: { var: 'approver' } } },
      outputs: [{ target: 'approvalOutcome', rule: { var: 'approveOutcome' } }],
      emptyApprover: { kind: 'autoApprove' },
      initiatorApprover: 'keep',
    });
  });

  it('should read conditions as rule objects and gateway defaults', () => {
    // given / when the cost check and the notification choice
    // then conditions are JSONLogic objects and defaults flow ids
    expect(model.flows['f-expensive']).toEqual({
      id: 'f-expensive',
      sourceId: 'cost-check',
      targetId: 'approve',
      condition: { '>': [{ var: 'estimatedCost' }, 500] },
    });
    expect(model.flows['f-cheap']?.condition).toBeUndefined();
    expect(model.elements['cost-check']).toMatchObject({ type: 'exclusiveGateway', defaultFlowId: 'f-cheap' });
    expect(model.elements['notify-choice']).toMatchObject({
      type: 'inclusiveGateway',
      defaultFlowId: 'f-notify-owner',
    });
    expect(model.elements['fork']).toMatchObject({
      type: 'parallelGateway',
      outgoing: ['f-fork-purchase', 'f-fork-visit'],
    });
    expect(model.elements['wait-owner']?.type).toBe('eventBasedGateway');
  });

  it('should read service, business rule and call activities', () => {
    // given / when the automated steps
    // then action, mappings, decision and called process are read
    expect(model.elements['dispatch']).toMatchObject({
      type: 'serviceTask',
      action: 'dispatch',
      inputs: [{ target: 'category', rule: { var: 'category' } }],
      outputs: [{ target: 'workOrderId', rule: { var: 'result.workOrderId' } }],
      boundaryIds: ['no-worker'],
    });
    expect(model.elements['prioritize']).toMatchObject({ type: 'businessRuleTask', decisionKey: 'repair-priority' });
    expect(model.elements['purchase']).toMatchObject({
      type: 'callActivity',
      calledKey: 'material-purchase',
      calledVersion: 3,
    });
  });

  it('should read boundary events with their interrupting flags and triggers', () => {
    // given / when the boundary events on dispatch and on-site
    // then cancelActivity="false" is non-interrupting, the default and error boundaries interrupt
    expect(model.elements['overdue']).toEqual({
      id: 'overdue',
      type: 'boundaryEvent',
      scopeId: 'repair-order',
      incoming: [],
      outgoing: ['f-overdue'],
      attachedToId: 'on-site',
      interrupting: false,
      trigger: {
        type: 'timer',
        timer: { kind: 'duration', value: { kind: 'literal', value: 'PT2H' }, calendar: 'cn-workdays' },
      },
    });
    expect(model.elements['unfixable']).toMatchObject({
      interrupting: true,
      trigger: { type: 'error', errorCode: 'UNFIXABLE' },
    });
    expect(model.elements['no-worker']).toMatchObject({
      interrupting: true,
      attachedToId: 'dispatch',
      trigger: { type: 'error', errorCode: 'NO_WORKER' },
    });
  });

  it('should read start, catch, throw and end event triggers', () => {
    // given / when the events of the fixture
    const trigger = (id: string): unknown => (model.elements[id] as { trigger?: unknown } | undefined)?.trigger;
    // then message names, codes and timers come from the referenced definitions
    expect(trigger('start')).toEqual({ type: 'none' });
    expect(trigger('start-by-message')).toEqual({ type: 'message', messageName: 'repair-reported' });
    expect(trigger('confirmed')).toEqual({ type: 'message', messageName: 'owner-confirmed' });
    expect(trigger('timeout')).toEqual({
      type: 'timer',
      timer: { kind: 'duration', value: { kind: 'literal', value: 'P3D' } },
    });
    expect(trigger('escalate-no-worker')).toEqual({ type: 'escalation', escalationCode: 'NO_WORKER' });
    expect(trigger('site-error')).toEqual({ type: 'error', errorCode: 'UNFIXABLE' });
    expect(trigger('unfixable-end')).toEqual({ type: 'terminate' });
    expect(trigger('done')).toEqual({ type: 'none' });
  });

  it('should give the top level and the sub-process their own scopes', () => {
    // given / when the process and its on-site sub-process
    // then each scope lists its own start events and direct children
    expect(model.scope).toBe(model.scopes['repair-order']);
    expect(model.scope.noneStartIds).toEqual(['start']);
    expect(model.scope.messageStartIds).toEqual({ 'repair-reported': 'start-by-message' });
    expect(model.scope.nodeIds).toContain('on-site');
    expect(model.scope.nodeIds).not.toContain('visit');
    expect(model.scopes['on-site']).toEqual({
      id: 'on-site',
      noneStartIds: ['site-start'],
      messageStartIds: {},
      nodeIds: ['site-start', 'visit', 'site-check', 'site-end', 'site-error'],
    });
    expect(model.elements['on-site']).toMatchObject({ type: 'subProcess', boundaryIds: ['overdue', 'unfixable'] });
    expect(model.elements['visit']).toMatchObject({
      scopeId: 'on-site',
      assignment: {
        assignee: { kind: 'rule', rule: { var: 'workOrderId' } },
        candidateUsers: [
          { kind: 'literal', value: 'wang' },
          { kind: 'literal', value: 'li' },
        ],
      },
    });
  });

  it('should leave annotations, associations and data objects out of the model', () => {
    // given / when the tolerated artefacts of the fixture
    // then none of them is a node or a flow
    for (const id of ['note', 'note-link', 'repair-data', 'repair-data-ref']) {
      expect(model.elements[id]).toBeUndefined();
      expect(model.flows[id]).toBeUndefined();
    }
  });
});
