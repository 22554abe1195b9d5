import type { TaskAssignment, UserTaskNode } from '../../model/process-model.type';
import { textOf, trimmedOf } from '../moddle-element';
import { readActivityBase } from './read-activity-base';
import { readApproval } from './read-approval';
import { readEmptyApprover, readInitiatorApprover } from './read-approver-policies';
import type { ReadContext } from './read-context';
import { readFieldPermissions } from './read-field-permissions';
import type { ElementInput, NodeInput } from './read-node-base';
import { readTimerValue } from './read-timer';
import { readValueSource, readValueSourceList } from './read-value-source';

function readAssignment({ el, elementId }: ElementInput, ctx: ReadContext): TaskAssignment {
  const source = (name: string) => ({ text: textOf(el, name), elementId, path: `anxin:${name}` });
  const assignee = readValueSource(source('assignee'), ctx);
  return {
    ...(assignee !== undefined && { assignee }),
    candidateUsers: readValueSourceList(source('candidateUsers'), ctx),
    candidateGroups: readValueSourceList(source('candidateGroups'), ctx),
  };
}

function readSla({ el, elementId }: ElementInput, ctx: ReadContext): UserTaskNode['sla'] {
  const text = trimmedOf(el, 'sla');
  if (text === undefined) return undefined;
  const calendar = trimmedOf(el, 'slaCalendar');
  return readTimerValue({ kind: 'duration', text, calendar, elementId, path: 'anxin:sla' }, ctx);
}

/** A user task: assignment, form, SLA, field permissions, approval and approver policies. */
export function readUserTask(input: NodeInput, ctx: ReadContext): UserTaskNode {
  const { el } = input;
  const base = readActivityBase(input, ctx);
  const elementId = base.id;
  const formKey = trimmedOf(el, 'formKey');
  const sla = readSla({ el, elementId }, ctx);
  const approval = readApproval({ el, elementId, multiInstance: base.multiInstance, outgoing: base.outgoing }, ctx);
  return {
    ...base,
    type: 'userTask',
    assignment: readAssignment({ el, elementId }, ctx),
    ...(formKey !== undefined && { formKey }),
    fieldPermissions: readFieldPermissions({ el, elementId }, ctx),
    ...(sla !== undefined && { sla }),
    ...(approval !== undefined && { approval }),
    emptyApprover: readEmptyApprover({ el, elementId }, ctx),
    initiatorApprover: readInitiatorApprover({ el, elementId }, ctx),
  };
}
