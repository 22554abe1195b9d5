import { is } from 'bpmn-js/lib/util/ModelUtil';
import type { ModdleElement } from '../properties/moddle-element.type';
import { type AssignmentStep, assigneeRule, assignmentServiceTask } from './assignment-step';

/** The command the panel runs: `commandStack.execute(INSERT_ASSIGNMENT_STEP, { task, step, name })`. */
export const INSERT_ASSIGNMENT_STEP = 'anxin.insertAssignmentStep';

/** A diagram shape or connection, as far as this handler reads it. */
export interface Shape {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  parent?: Shape;
  incoming: Connection[];
  businessObject: ModdleElement;
}
export interface Connection {
  id: string;
  type: string;
  source: Shape;
  target: Shape;
}

export interface InsertAssignmentStepContext {
  /** The user task (shape) whose assignee the step looks up. */
  task: Shape;
  step: AssignmentStep;
  /** The service task's name, in the designer's language. */
  name: string;
  /** Set by the handler: the service task it created. */
  created?: Shape;
}

interface Modeling {
  createSpace(
    moving: unknown[],
    resizing: unknown[],
    delta: { x: number; y: number },
    direction: string,
    start: number,
  ): void;
  createShape(shape: unknown, position: { x: number; y: number }, parent: unknown): Shape;
  reconnectEnd(connection: Connection, target: Shape, docking: { x: number; y: number }): void;
  connect(source: Shape, target: Shape, attrs?: { type: string }): Connection;
  updateModdleProperties(element: unknown, moddleElement: ModdleElement, properties: Record<string, unknown>): void;
}
interface BpmnFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement & { $parent?: ModdleElement };
}

/** Room between the new service task and the user task. */
const GAP = 50;

const middle = (shape: Shape) => ({ x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 });

/**
 * Inserts a service task that looks the assignee up (`find-manager` or `assign`) before a user task, and points the
 * task's assignee at the variable it fills. Everything happens in `preExecute` through `modeling`, so the whole
 * insertion — space made, shape created, flows rewired, assignee set — is one command: one undo removes it all.
 */
export class InsertAssignmentStepHandler {
  static $inject = ['modeling', 'elementFactory', 'bpmnFactory', 'spaceTool', 'elementRegistry'];

  constructor(
    private readonly modeling: Modeling,
    private readonly elementFactory: { createShape(attrs: Record<string, unknown>): Shape },
    private readonly bpmnFactory: BpmnFactory,
    private readonly spaceTool: {
      calculateAdjustments(
        elements: unknown[],
        axis: 'x',
        delta: number,
        start: number,
      ): {
        movingShapes: unknown[];
        resizingShapes: unknown[];
      };
    },
    private readonly elementRegistry: { getAll(): unknown[] },
  ) {}

  preExecute(context: InsertAssignmentStepContext): void {
    const { task, step, name } = context;
    const shape = this.elementFactory.createShape({
      type: 'bpmn:ServiceTask',
      businessObject: this.serviceTask(step, name),
    });
    const left = task.x;
    const shift = shape.width + GAP;
    // Make room: everything from the task's left edge on moves right (containers around it grow).
    const start = left - 1;
    const { movingShapes, resizingShapes } = this.spaceTool.calculateAdjustments(
      this.elementRegistry.getAll(),
      'x',
      shift,
      start,
    );
    this.modeling.createSpace(movingShapes, resizingShapes, { x: shift, y: 0 }, 'e', start);
    const created = this.modeling.createShape(
      shape,
      { x: left + shape.width / 2, y: task.y + task.height / 2 },
      task.parent,
    );
    for (const flow of task.incoming.filter((connection) => is(connection, 'bpmn:SequenceFlow'))) {
      this.modeling.reconnectEnd(flow, created, middle(created));
    }
    this.modeling.connect(created, task, { type: 'bpmn:SequenceFlow' });
    this.modeling.updateModdleProperties(task, task.businessObject, { 'anxin:assignee': assigneeRule(step) });
    context.created = created;
  }

  private serviceTask(step: AssignmentStep, name: string): ModdleElement {
    const { action, inputs, outputs } = assignmentServiceTask(step);
    const mappings = [
      ...inputs.map((input) => this.bpmnFactory.create('anxin:Input', { ...input })),
      ...outputs.map((output) => this.bpmnFactory.create('anxin:Output', { ...output })),
    ];
    const extensions = this.bpmnFactory.create('bpmn:ExtensionElements', { values: mappings });
    for (const mapping of mappings) mapping.$parent = extensions;
    const serviceTask = this.bpmnFactory.create('bpmn:ServiceTask', {
      name,
      'anxin:action': action,
      extensionElements: extensions,
    });
    extensions.$parent = serviceTask;
    return serviceTask;
  }
}

/** Registers the command with bpmn-js' command stack. */
export class AssignmentStepCommands {
  static $inject = ['commandStack'];

  constructor(commandStack: { registerHandler(name: string, handler: unknown): void }) {
    commandStack.registerHandler(INSERT_ASSIGNMENT_STEP, InsertAssignmentStepHandler);
  }
}

export const assignmentStepModule = {
  __init__: ['anxinAssignmentStepCommands'],
  anxinAssignmentStepCommands: ['type', AssignmentStepCommands],
};
