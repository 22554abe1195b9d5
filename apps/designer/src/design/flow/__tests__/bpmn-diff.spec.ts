import { diffBpmn } from '../diff/bpmn-diff';
import { fixtureXml } from './moddle-fixture';

const deployed = fixtureXml('approval-flow.bpmn');

describe('the version diff shown before publishing', () => {
  it('given the same model, then nothing changed', async () => {
    await expect(diffBpmn(deployed, deployed)).resolves.toEqual([]);
  });

  it('given a new threshold on a flow as bpmn-js writes it (xsi:type), then that flow changed in its condition body only', async () => {
    const edited = deployed
      .replace('id="defs"', 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs"')
      .replace(
        '<bpmn:conditionExpression language',
        '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language',
      )
      .replace('{"var":"amount"},500]', '{"var":"amount"},800]');

    const changes = await diffBpmn(deployed, edited);

    expect(changes).toEqual([
      {
        id: 'large',
        type: 'bpmn:SequenceFlow',
        name: '> 500',
        change: 'changed',
        properties: [
          {
            path: 'conditionExpression.body',
            before: '{">":[{"var":"amount"},500]}',
            after: '{">":[{"var":"amount"},800]}',
          },
        ],
      },
    ]);
  });

  it('given an added approval and a removed element, then the task changed in its extension and the flow is listed', async () => {
    const edited = deployed
      .replace(
        '<anxin:field name="amount" permission="read" />',
        '<anxin:field name="amount" permission="read" /><anxin:approval mode="any" />',
      )
      .replace('<bpmn:sequenceFlow id="small" sourceRef="check" targetRef="done" />', '');

    const changes = await diffBpmn(deployed, edited);

    expect(changes.find((change) => change.id === 'review')?.properties).toEqual([
      { path: 'extensionElements.anxin:Approval[0].mode', after: 'any' },
    ]);
    expect(changes.find((change) => change.id === 'small')?.change).toBe('removed');
    // The gateway's default named the removed flow
    expect(changes.find((change) => change.id === 'check')?.properties).toEqual([{ path: 'default', before: 'small' }]);
  });

  it('given a new task, then it is added; a diagram that only moved is no change', async () => {
    const withTask = deployed.replace(
      '<bpmn:endEvent id="done" />',
      '<bpmn:endEvent id="done" /><bpmn:userTask id="audit" name="稽核" />',
    );
    const withDiagram = deployed.replace(
      '</bpmn:definitions>',
      `<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d"><bpmndi:BPMNPlane id="p" bpmnElement="purchase"><bpmndi:BPMNShape id="s" bpmnElement="start"><dc:Bounds x="1" y="2" width="36" height="36" /></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`,
    );

    await expect(diffBpmn(deployed, withTask)).resolves.toEqual([
      { id: 'audit', type: 'bpmn:UserTask', name: '稽核', change: 'added', properties: [] },
    ]);
    await expect(diffBpmn(deployed, withDiagram)).resolves.toEqual([]);
  });
});
