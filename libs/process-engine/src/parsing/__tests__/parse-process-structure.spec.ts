import { hasModelErrors } from '../has-model-errors';
import { parseProcess } from '../parse-process';
import { located, parseFixture, readFixture } from './parse-fixture';

describe('parseProcess structure checks', () => {
  it('should name an unsupported element and what to use instead', async () => {
    // given start → script task → end
    // when it is read
    const { model, problems } = await parseFixture('unsupported-script-task');
    // then the script task is reported by its BPMN type, and left out of an otherwise present model
    expect(located(problems)).toEqual(['element.unsupported run-script']);
    expect(problems[0]?.message).toBe('bpmn:ScriptTask is not supported; use a service task with anxin:action.');
    expect(model?.elements['run-script']).toBeUndefined();
    expect(hasModelErrors(problems)).toBe(true);
  });

  it('should report a node no start event reaches', async () => {
    // given start → work → end, and forgotten → forgotten-end with nothing leading to forgotten
    // when it is read
    const { problems } = await parseFixture('unreachable-node');
    // then both forgotten nodes are unreachable (bpmnlint's no-implicit-start on forgotten is left out)
    expect(located(problems)).toEqual(['node.unreachable forgotten', 'node.unreachable forgotten-end']);
  });

  it('should report a process without start event', async () => {
    // given work → end without a start event
    // when it is read
    const { problems } = await parseFixture('no-start');
    // then the process is named, and nothing is reported unreachable on top of it
    expect(located(problems)).toContain('start.missing no-start');
    expect(problems.some((p) => p.code === 'node.unreachable')).toBe(false);
  });

  it('should report a process without end event', async () => {
    // given start → work and nothing after
    // when it is read
    const { problems } = await parseFixture('no-end');
    // then the process is named
    expect(located(problems)).toContain('end.missing no-end');
  });

  it('should report a duplicate id, which the XML reader drops', async () => {
    // given a user task and a service task both with id "work"
    // when it is read
    const { model, problems } = await parseFixture('duplicate-id');
    // then the id is reported and the first element kept
    expect(located(problems)).toEqual(['element.duplicateId work']);
    expect(model?.elements['work']?.type).toBe('userTask');
  });

  it('should report an element whose id is the definitions id', async () => {
    // given a user task with id "definitions", the id of <bpmn:definitions>
    // when it is read
    const { problems } = await parseFixture('id-equals-definitions');
    // then it gets its own code rather than a plain duplicate
    expect(located(problems)).toEqual(['element.idEqualsDefinitionsId definitions']);
  });

  it('should report sub-process starts, a boundary on a non-activity and a flow leaving its scope', async () => {
    // given a sub-process with two none starts and a flow to the outer end, and a boundary on the start event
    // when it is read
    const { problems } = await parseFixture('sub-process-problems');
    // then each is reported on its element
    expect(located(problems)).toEqual(
      expect.arrayContaining([
        'subProcess.startInvalid inspect',
        'boundary.invalidAttachment reminder',
        'flow.danglingReference f-leak',
      ]),
    );
    expect(problems.find((p) => p.code === 'flow.danglingReference')?.path).toBe('targetRef');
  });

  it('should require a processKey when the document holds several executable processes', async () => {
    // given a collaboration of two executable processes
    // when it is read without a processKey
    const { model, problems } = await parseFixture('process-selection');
    // then there is no model
    expect(model).toBeUndefined();
    expect(located(problems)).toEqual(['process.multiple -']);
  });

  it('should read the process a processKey names and ignore the other pools', async () => {
    // given the same collaboration, both pools with a task connected to nothing
    // when the company process is read
    const { model, problems } = await parseFixture('process-selection', { processKey: 'company' });
    // then the model is the company's and the owner pool's lint findings are left out
    expect(model?.key).toBe('company');
    expect(located(problems)).toEqual(['node.unreachable company-lonely', 'lint.no-implicit-end company-lonely']);
  });

  it('should report a processKey that names no process', async () => {
    // given the collaboration
    // when a missing process is asked for
    const { model, problems } = await parseFixture('process-selection', { processKey: 'tenant' });
    // then there is no model
    expect(model).toBeUndefined();
    expect(located(problems)).toEqual(['process.missing -']);
  });

  it('should report a document without executable process', async () => {
    // given a process not marked executable
    const xml = readFixture('no-end').replace('isExecutable="true"', 'isExecutable="false"');
    // when it is read
    const { model, problems } = await parseProcess(xml);
    // then there is no model
    expect(model).toBeUndefined();
    expect(located(problems)).toEqual(['process.missing -']);
  });

  it('should report misspelt anxin attributes and unknown anxin elements', async () => {
    // given a user task with anxin:asignee and an <anxin:aproval>
    const xml = readFixture('no-end').replace(
      '<bpmn:userTask id="work" />',
      '<bpmn:userTask id="work" anxin:asignee="wang"><bpmn:extensionElements><anxin:aproval mode="all"/></bpmn:extensionElements></bpmn:userTask>',
    );
    // when it is read
    const { problems } = await parseProcess(xml);
    // then both are extension errors
    expect(located(problems)).toEqual(expect.arrayContaining(['extension.invalid work', 'extension.invalid -']));
  });
});

describe('parseProcess element references', () => {
  it('should report a sequence flow whose target does not exist', async () => {
    // given start → work where the flow names the target "wrok"
    const xml = readFixture('no-end').replace('targetRef="work"', 'targetRef="wrok"');
    // when it is read
    const { model, problems } = await parseProcess(xml);
    // then the flow is named and left out of the model
    expect(problems.find((p) => p.code === 'flow.danglingReference')).toMatchObject({
      elementId: 'f1',
      path: 'targetRef',
    });
    expect(model?.flows['f1']).toBeUndefined();
  });

  it('should name the event definition an event does not support', async () => {
    // given a start event with a signal definition and an end event with a message definition
    const xml = readFixture('no-start')
      .replace(
        '<bpmn:userTask id="work" />',
        '<bpmn:startEvent id="start"><bpmn:signalEventDefinition /></bpmn:startEvent><bpmn:userTask id="work" />',
      )
      .replace('<bpmn:endEvent id="end" />', '<bpmn:endEvent id="end"><bpmn:messageEventDefinition /></bpmn:endEvent>');
    // when it is read
    const { problems } = await parseProcess(xml);
    // then each event is named with its definition type
    const unsupported = problems.filter((p) => p.code === 'element.unsupported');
    expect(unsupported.map((p) => `${p.elementId ?? ''}: ${p.message}`)).toEqual([
      'start: bpmn:SignalEventDefinition on bpmn:StartEvent is not supported; use no event definition or a message definition.',
      'end: bpmn:MessageEventDefinition on bpmn:EndEvent is not supported; use no event definition, a terminate definition, an error definition or an escalation definition.',
    ]);
  });
});
