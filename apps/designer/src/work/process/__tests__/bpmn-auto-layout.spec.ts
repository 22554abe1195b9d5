import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bpmnUserTasks } from '../bpmn-user-tasks';
import { enclosingSubProcesses, withAutoLayout } from '../bpmn-auto-layout';

const REPAIR = readFileSync(
  path.resolve(__dirname, '../../../../../../definitions/processes/repair-ticket.bpmn'),
  'utf8',
);
const DI = 'http://www.omg.org/spec/BPMN/20100524/DI';

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}

describe('the BPMN the work pages read', () => {
  it('given the repair ticket (no diagram in the file), then every flow node and flow gets a shape or an edge', () => {
    // When it is laid out
    const laidOut = parse(withAutoLayout(REPAIR));
    // Then there is one plane for the process and one for the respond sub-process
    const planes = Array.from(laidOut.getElementsByTagNameNS(DI, 'BPMNPlane')).map((p) =>
      p.getAttribute('bpmnElement'),
    );
    expect(planes).toEqual(['repair-ticket', 'respond']);
    // And each task, event, gateway and flow is drawn exactly once
    const drawn = Array.from(laidOut.getElementsByTagNameNS(DI, '*')).map((e) => e.getAttribute('bpmnElement'));
    const source = parse(REPAIR);
    for (const tag of ['userTask', 'serviceTask', 'exclusiveGateway', 'boundaryEvent', 'sequenceFlow', 'endEvent']) {
      for (const element of Array.from(source.getElementsByTagNameNS('*', tag))) {
        expect(drawn.filter((id) => id === element.getAttribute('id'))).toHaveLength(1);
      }
    }
  });

  it('given a model that has a diagram, then it is left as it is', () => {
    const once = withAutoLayout(REPAIR);
    expect(withAutoLayout(once)).toBe(once);
  });

  it('given the repair ticket, then the finance 会签 is an approval, the survey is not, and accept is inside respond', async () => {
    const tasks = await bpmnUserTasks(REPAIR);
    expect(tasks.get('financeApproval')).toEqual({ id: 'financeApproval', name: '财务会签', approval: true });
    expect(tasks.get('survey')?.approval).toBe(false);
    expect(enclosingSubProcesses(REPAIR).get('accept')).toEqual(['respond']);
  });
});
