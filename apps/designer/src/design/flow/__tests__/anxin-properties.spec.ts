import { anxinAttribute, setAnxinAttributes } from '../properties/anxin-attributes';
import {
  readCondition,
  readMappings,
  readTimer,
  setCondition,
  setMappings,
  setTimer,
  timerDefinitionOf,
} from '../properties/flow-properties';
import {
  emptyApproverText,
  multiInstanceOf,
  readApproval,
  readEmptyApprover,
  readFieldPermissions,
  setApproval,
  setFieldPermission,
  setFormKey,
} from '../properties/user-task-properties';
import { fixtureXml, loadFixture } from './moddle-fixture';

describe('anxin properties of a user task (read and written without a canvas)', () => {
  it('given a task without approval, when 票签 with ratio 0.6 is chosen, then an anxin:approval and a parallel multi-instance are written', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const review = fixture.byId('review');
    expect(readApproval(review)).toBeUndefined();

    fixture.apply(
      setApproval({
        element: {},
        bo: review,
        approval: { mode: 'ratio', ratio: '0.6', onReject: 'end' },
        factory: fixture.factory,
      }),
    );

    expect(readApproval(review)).toEqual({ mode: 'ratio', ratio: '0.6', onReject: 'end' });
    expect(multiInstanceOf(review)?.get('isSequential')).toBe(false);
    // The existing field permission is kept next to the approval
    expect(readFieldPermissions(review)).toEqual({ amount: 'read' });
    const xml = await fixture.xml();
    expect(xml).toContain('<anxin:approval mode="ratio" ratio="0.6" onReject="end" />');
    expect(xml).toContain('<bpmn:multiInstanceLoopCharacteristics');
  });

  it('given an approval, when the mode becomes 依次, then the multi-instance turns sequential and the ratio is dropped', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const review = fixture.byId('review');
    fixture.apply(
      setApproval({ element: {}, bo: review, approval: { mode: 'ratio', ratio: '0.5' }, factory: fixture.factory }),
    );

    fixture.apply(
      setApproval({
        element: {},
        bo: review,
        approval: { mode: 'sequential', ratio: '0.5' },
        factory: fixture.factory,
      }),
    );

    expect(readApproval(review)).toEqual({ mode: 'sequential' });
    expect(multiInstanceOf(review)?.get('isSequential')).toBe(true);
  });

  it('given field permissions, when one changes, one is added and one is reset, then the others keep their order', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const review = fixture.byId('review');
    const set = (field: string, permission: 'read' | 'write' | 'hidden' | undefined) =>
      fixture.apply(setFieldPermission({ element: {}, bo: review, field, permission, factory: fixture.factory }));

    set('buyer', 'hidden');
    set('amount', 'write');
    expect(Object.entries(readFieldPermissions(review))).toEqual([
      ['amount', 'write'],
      ['buyer', 'hidden'],
    ]);

    set('amount', undefined);
    expect(readFieldPermissions(review)).toEqual({ buyer: 'hidden' });
  });

  it('when another form is bound, then the permissions of the old form’s fields are removed with it', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const review = fixture.byId('review');

    fixture.apply(setFormKey({ element: {}, bo: review, formKey: 'purchase-approval', factory: fixture.factory }));

    expect(anxinAttribute(review, 'formKey')).toBe('purchase-approval');
    expect(readFieldPermissions(review)).toEqual({});
    // Nothing else was in its extension elements: none are left behind empty
    expect(review.get('extensionElements')).toBeUndefined();
  });

  it('given attributes, when one is blanked, then it is removed rather than written empty', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const review = fixture.byId('review');

    fixture.apply([setAnxinAttributes({}, review, { candidateGroups: '  ', sla: 'PT8H', slaCalendar: 'cn-workdays' })]);

    expect(anxinAttribute(review, 'candidateGroups')).toBe('');
    const xml = await fixture.xml();
    expect(xml).toContain('anxin:sla="PT8H" anxin:slaCalendar="cn-workdays"');
    expect(xml).not.toContain('candidateGroups');
  });

  it('reads and writes the empty-approver policy as the engine spells it', () => {
    const task = (value: string | undefined) => ({ $type: 'bpmn:UserTask', get: () => value });
    expect(readEmptyApprover(task('assignTo:u-7'))).toEqual({ kind: 'assignTo', user: 'u-7' });
    expect(readEmptyApprover(task('escalate'))).toEqual({ kind: 'escalate' });
    expect(readEmptyApprover(task(undefined))).toEqual({ kind: 'autoApprove' });
    expect(emptyApproverText({ kind: 'assignTo', user: 'u-7' })).toBe('assignTo:u-7');
    expect(emptyApproverText({ kind: 'autoApprove' })).toBeUndefined();
  });
});

describe('flow conditions, timers and mappings', () => {
  it('given a JSONLogic condition, when the threshold changes, then the flow holds the new rule as jsonlogic', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const large = fixture.byId('large');
    expect(readCondition(large)).toEqual({ kind: 'rule', rule: { '>': [{ var: 'amount' }, 500] } });

    fixture.apply(
      setCondition({ element: {}, bo: large, rule: { '>': [{ var: 'amount' }, 800] }, factory: fixture.factory }),
    );

    expect(readCondition(large)).toEqual({ kind: 'rule', rule: { '>': [{ var: 'amount' }, 800] } });
    expect(await fixture.xml()).toContain(
      '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="jsonlogic">{"&gt;":[{"var":"amount"},800]}</bpmn:conditionExpression>',
    );
  });

  it('when the condition is cleared, then the flow has none; text that is not JSON is reported as unreadable', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const large = fixture.byId('large');
    fixture.apply(setCondition({ element: {}, bo: large, rule: undefined, factory: fixture.factory }));
    expect(readCondition(large)).toEqual({ kind: 'none' });

    const expression = fixture.factory.create('bpmn:FormalExpression', { body: '${amount > 500}' });
    fixture.apply([
      {
        cmd: 'element.updateModdleProperties',
        context: { element: {}, moddleElement: large, properties: { conditionExpression: expression } },
      },
    ]);
    expect(readCondition(large)).toEqual({ kind: 'unreadable', text: '${amount > 500}' });
  });

  it('given a duration timer, when it becomes a cycle, then only timeCycle is written and the calendar stays', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const timer = timerDefinitionOf(fixture.byId('late'))!;
    expect(readTimer(timer)).toEqual({ kind: 'timeDuration', body: 'PT4H' });

    fixture.apply(
      setTimer({ element: {}, timer, spec: { kind: 'timeCycle', body: 'R3/PT1H' }, factory: fixture.factory }),
    );

    expect(readTimer(timer)).toEqual({ kind: 'timeCycle', body: 'R3/PT1H' });
    const xml = await fixture.xml();
    expect(xml).not.toContain('timeDuration');
    expect(xml).toContain('anxin:calendar="cn-workdays"');
  });

  it('when inputs are set on a task, then they are written as anxin:input with the rule as body', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const review = fixture.byId('review');

    fixture.apply(
      setMappings({
        element: {},
        bo: review,
        type: 'anxin:Input',
        mappings: [{ target: 'limit', body: '{"var":"amount"}' }],
        factory: fixture.factory,
      }),
    );

    expect(readMappings(review, 'anxin:Input')).toEqual([{ target: 'limit', body: '{"var":"amount"}' }]);
    expect(readMappings(review, 'anxin:Output')).toEqual([]);
    expect(readFieldPermissions(review)).toEqual({ amount: 'read' });
  });
});
