import type Modeler from 'bpmn-js/lib/Modeler';
import {
  assignmentStepModule,
  INSERT_ASSIGNMENT_STEP,
  type InsertAssignmentStepContext,
  type Shape,
} from '../assignment-step/insert-assignment-step.handler';
import { diffBpmn } from '../diff/bpmn-diff';
import { fixtureXml } from './moddle-fixture';
import { openModeler } from './modeler-fixture';

interface Registry {
  get(id: string): Shape | undefined;
  filter(predicate: (element: Shape) => boolean): Shape[];
}
interface CommandStack {
  execute(name: string, context: InsertAssignmentStepContext): void;
  undo(): void;
  canUndo(): boolean;
}

/*
 *  approval-flow: (start) ─toReview─▶ [审核 review] ─toCheck─▶ <check> ─▶ (done)
 *  After the insertion: (start) ─toReview─▶ [⚙ 上级领导] ─▶ [审核 review] ─▶ …
 */
describe('inserting an assignment step before a user task (one bpmn-js command)', () => {
  let modeler: Modeler;
  let registry: Registry;
  let commandStack: CommandStack;

  beforeEach(async () => {
    modeler = await openModeler(fixtureXml('approval-flow.bpmn'), [assignmentStepModule]);
    registry = modeler.get<Registry>('elementRegistry');
    commandStack = modeler.get<CommandStack>('commandStack');
  });
  afterEach(() => modeler.destroy());

  const serviceTasks = () => registry.filter((element) => element.type === 'bpmn:ServiceTask');
  const mappingsOf = (shape: Shape) =>
    (
      (shape.businessObject.get('extensionElements') as { values: { $type: string; target: string; body: string }[] })
        .values ?? []
    ).map((m) => [m.$type, m.target, m.body]);
  const insert = (step: InsertAssignmentStepContext['step']) => {
    const context: InsertAssignmentStepContext = { task: registry.get('review')!, step, name: '上级领导（第 2 级）' };
    commandStack.execute(INSERT_ASSIGNMENT_STEP, context);
    return context.created!;
  };

  it("given the review task, when the initiator's manager 2 levels up is chosen, then a find-manager task runs before it and fills its assignee", async () => {
    const reviewBefore = { ...registry.get('review')! };
    const created = insert({ kind: 'manager', levels: 2, ofVariable: 'initiator', variable: 'reviewAssignee' });

    expect(serviceTasks()).toEqual([created]);
    expect(created.businessObject.get('anxin:action')).toBe('find-manager');
    expect(created.businessObject.get('name')).toBe('上级领导（第 2 级）');
    expect(mappingsOf(created)).toEqual([
      ['anxin:Input', 'userId', '{"var":"initiator"}'],
      ['anxin:Input', 'levels', '2'],
      ['anxin:Output', 'reviewAssignee', '{"var":"result.user"}'],
    ]);
    // wiring: the flow that entered the review now enters the service task, which flows into the review
    const review = registry.get('review')!;
    expect(registry.get('toReview')).toMatchObject({ source: registry.get('start'), target: created });
    expect(review.incoming.map((flow) => flow.source)).toEqual([created]);
    expect(review.businessObject.get('anxin:assignee')).toBe('{"var":"reviewAssignee"}');
    // layout: the service task takes the review's place and the review moved right
    expect(created.x).toBe(reviewBefore.x);
    expect(review.x).toBeGreaterThanOrEqual(created.x + created.width);

    const { xml } = await modeler.saveXML();
    expect(xml).toContain('anxin:action="find-manager"');
    expect(xml).toContain('anxin:assignee="{&#34;var&#34;:&#34;reviewAssignee&#34;}"');
  });

  it('given a strategy chosen, when inserted, then an assign task passes the strategy and the variables, and reads result.assignee', () => {
    const created = insert({
      kind: 'strategy',
      strategy: 'repair-engineer',
      projectVariable: 'buyer',
      variable: 'who',
    });

    expect(created.businessObject.get('anxin:action')).toBe('assign');
    expect(mappingsOf(created)).toEqual([
      ['anxin:Input', 'strategy', '"repair-engineer"'],
      ['anxin:Input', 'context', '{"var":""}'],
      ['anxin:Input', 'projectId', '{"var":"buyer"}'],
      ['anxin:Output', 'who', '{"var":"result.assignee"}'],
    ]);
    expect(registry.get('review')!.businessObject.get('anxin:assignee')).toBe('{"var":"who"}');
  });

  it('given the step inserted, when undone once, then the service task, its flow and the assignee are gone and the process is as before', async () => {
    const { xml: before } = await modeler.saveXML({ format: true });
    const reviewBefore = { x: registry.get('review')!.x, y: registry.get('review')!.y };
    insert({ kind: 'manager', levels: 1, ofVariable: 'initiator', variable: 'reviewAssignee' });

    commandStack.undo();

    expect(serviceTasks()).toEqual([]);
    const review = registry.get('review')!;
    expect({ x: review.x, y: review.y }).toEqual(reviewBefore);
    expect(review.incoming.map((flow) => flow.id)).toEqual(['toReview']);
    expect(review.businessObject.get('anxin:assignee')).toBeUndefined();
    expect(commandStack.canUndo()).toBe(false);
    const { xml: after } = await modeler.saveXML({ format: true });
    expect(await diffBpmn(before!, after!)).toEqual([]);
  });
});
