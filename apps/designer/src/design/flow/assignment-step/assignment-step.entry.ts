import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { createElement } from 'react';
import { type DiagramElement, label, useFlowContext } from '../properties/flow-panel-context';
import { declaredVariables, processOf } from '../properties/process-variables';
import { ReactEntry } from '../properties/react-entry';
import type { AssignmentStep } from './assignment-step';
import { AssignmentStepEditor } from './AssignmentStepEditor';
import { INSERT_ASSIGNMENT_STEP, type InsertAssignmentStepContext, type Shape } from './insert-assignment-step.handler';

/** The service task's name, in the designer's language when it is inserted. */
function stepName(step: AssignmentStep, strategies: readonly { key: string; name: string }[]): string {
  if (step.kind === 'manager') return label('panel.step.managerName', { levels: String(step.levels) });
  const strategy = strategies.find((candidate) => candidate.key === step.strategy);
  return label('panel.step.strategyName', { name: strategy?.name ?? step.strategy });
}

/** 上级领导（第 N 级） / 分派策略 in a user task's 办理人 group: inserts the lookup before the task (one undo step). */
export function AssignmentStepEntry({ id, element }: { id: string; element: DiagramElement }) {
  const commandStack = useService<{ execute(name: string, context: InsertAssignmentStepContext): void }>(
    'commandStack',
  );
  const context = useFlowContext();
  const userVariables = declaredVariables(processOf(element.businessObject))
    .filter((variable) => variable.type === 'string')
    .map((variable) => variable.name);
  return h(ReactEntry, {
    id,
    render: () =>
      createElement(AssignmentStepEditor, {
        key: element.id,
        taskId: element.id,
        strategies: context.assignments,
        userVariables,
        onInsert: (step) =>
          commandStack.execute(INSERT_ASSIGNMENT_STEP, {
            task: element as unknown as Shape,
            step,
            name: stepName(step, context.assignments),
          }),
      }),
  });
}
