import type { Mapping } from '../properties/flow-properties';

/**
 * What a user task's assignee is looked up with, as a service task run before it (the engine has no user-task
 * attribute for either): the manager `levels` up the chain of a user (`find-manager`), or an ASSIGNMENT strategy
 * (`assign`). `variable` is the process variable the service task's output fills and the task's assignee reads.
 */
export type AssignmentStep =
  | { kind: 'manager'; levels: number; ofVariable: string; variable: string }
  | { kind: 'strategy'; strategy: string; projectVariable?: string; variable: string };

/** The variable every instance has: the user who started it (docs/definitions/bpmn.md). */
export const INITIATOR = 'initiator';

/** A variable name rules can read with `{"var": name}`: a JSON identifier without dots or spaces. */
export function isVariableName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name);
}

const rule = (value: unknown) => JSON.stringify(value);

/** The service task's `anxin:action`, input and output mappings for `step` (docs/definitions/bpmn.md). */
export function assignmentServiceTask(step: AssignmentStep): {
  action: 'find-manager' | 'assign';
  inputs: Mapping[];
  outputs: Mapping[];
} {
  if (step.kind === 'manager') {
    return {
      action: 'find-manager',
      inputs: [
        { target: 'userId', body: rule({ var: step.ofVariable }) },
        { target: 'levels', body: rule(step.levels) },
      ],
      outputs: [{ target: step.variable, body: rule({ var: 'result.user' }) }],
    };
  }
  return {
    action: 'assign',
    inputs: [
      { target: 'strategy', body: rule(step.strategy) },
      // The strategy's rules read the request: every process variable, as the docs' example passes it.
      { target: 'context', body: rule({ var: '' }) },
      ...(step.projectVariable ? [{ target: 'projectId', body: rule({ var: step.projectVariable }) }] : []),
    ],
    outputs: [{ target: step.variable, body: rule({ var: 'result.assignee' }) }],
  };
}

/** The user task's `anxin:assignee`: a rule reading the variable the service task fills. */
export function assigneeRule(step: AssignmentStep): string {
  return rule({ var: step.variable });
}

/** Whether the step can be inserted: a variable name, and a level from 1 or a strategy key. */
export function isCompleteStep(step: AssignmentStep): boolean {
  if (!isVariableName(step.variable)) return false;
  if (step.kind === 'manager')
    return isVariableName(step.ofVariable) && Number.isInteger(step.levels) && step.levels >= 1 && step.levels <= 20;
  return step.strategy.trim() !== '';
}
