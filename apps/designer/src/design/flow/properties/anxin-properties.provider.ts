import { is } from 'bpmn-js/lib/util/ModelUtil';
import { type DiagramElement, label } from './flow-panel-context';
import { canHaveCondition, timerDefinitionOf } from './flow-properties';
import { ConditionEntry, FieldPermissionsEntry, mappingsEntry, TimerBodyEntry, TimerKindEntry } from './other-entries';
import {
  ApprovalModeEntry,
  ApprovalRatioEntry,
  attributeEntry,
  CalendarEntry,
  CollectionEntry,
  EmptyApproverEntry,
  EmptyApproverUserEntry,
  FormKeyEntry,
  InitiatorApproverEntry,
  RejectRouteEntry,
} from './user-task-entries';
import { multiInstanceOf } from './user-task-properties';
import { AllowRevokeEntry, RevokeConditionEntry, TicketEntry, VariablesEntry } from './process-entries';
import { AssignmentStepEntry } from '../assignment-step/assignment-step.entry';
import type { MessageKey } from '../../../i18n/messages';

interface Entry {
  id: string;
  component: unknown;
}
interface Group {
  id: string;
  label: string;
  entries: (Entry & { element: DiagramElement })[];
}

// Groups of the standard provider our own replace: the engine reads timers and conditions as anxin defines them.
const REPLACED_GROUPS = new Set(['timer', 'condition']);

function group(id: string, title: MessageKey, element: DiagramElement, entries: Entry[]): Group {
  return { id: `anxin-${id}`, label: label(title), entries: entries.map((entry) => ({ ...entry, element })) };
}

/** The anxin groups of one element: only what the descriptor and the engine support (docs/definitions/bpmn.md). */
export function anxinGroups(element: DiagramElement): Group[] {
  const bo = element.businessObject;
  const groups: Group[] = [];
  if (is(bo, 'bpmn:Process')) {
    groups.push(
      group('revoke', 'panel.revoke', element, [
        { id: 'anxin-allowRevoke', component: AllowRevokeEntry },
        { id: 'anxin-revokeCondition', component: RevokeConditionEntry },
      ]),
      group('variables', 'panel.variables', element, [{ id: 'anxin-variables', component: VariablesEntry }]),
      group('ticket', 'panel.ticket', element, [{ id: 'anxin-ticket', component: TicketEntry }]),
    );
  }
  if (is(bo, 'bpmn:SequenceFlow') && canHaveCondition(bo)) {
    groups.push(group('condition', 'panel.condition', element, [{ id: 'anxin-condition', component: ConditionEntry }]));
  }
  if (is(bo, 'bpmn:UserTask')) {
    groups.push(
      group('assignment', 'panel.assignment', element, [
        { id: 'anxin-assignee', component: attributeEntry('assignee', 'panel.assignee', 'panel.assigneeHint') },
        {
          id: 'anxin-candidateUsers',
          component: attributeEntry('candidateUsers', 'panel.candidateUsers', 'panel.candidateUsersHint'),
        },
        {
          id: 'anxin-candidateGroups',
          component: attributeEntry('candidateGroups', 'panel.candidateGroups', 'panel.candidateGroupsHint'),
        },
        { id: 'anxin-assignmentStep', component: AssignmentStepEntry },
      ]),
      group('approval', 'panel.approval', element, [
        { id: 'anxin-approvalMode', component: ApprovalModeEntry },
        { id: 'anxin-approvalRatio', component: ApprovalRatioEntry },
        { id: 'anxin-onReject', component: RejectRouteEntry },
        ...(multiInstanceOf(bo) ? [{ id: 'anxin-collection', component: CollectionEntry }] : []),
        { id: 'anxin-emptyApprover', component: EmptyApproverEntry },
        { id: 'anxin-emptyApproverUser', component: EmptyApproverUserEntry },
        { id: 'anxin-initiatorApprover', component: InitiatorApproverEntry },
      ]),
      group('form', 'panel.form', element, [
        { id: 'anxin-formKey', component: FormKeyEntry },
        { id: 'anxin-fieldPermissions', component: FieldPermissionsEntry },
      ]),
      group('sla', 'panel.sla', element, [
        { id: 'anxin-sla', component: attributeEntry('sla', 'panel.slaDuration', 'panel.slaHint') },
        { id: 'anxin-slaCalendar', component: CalendarEntry('slaCalendar', (e) => e.businessObject) },
      ]),
    );
  }
  if (is(bo, 'bpmn:ServiceTask')) {
    groups.push(
      group('service', 'panel.service', element, [
        { id: 'anxin-action', component: attributeEntry('action', 'panel.action', 'panel.actionHint') },
      ]),
    );
  }
  if (is(bo, 'bpmn:BusinessRuleTask')) {
    groups.push(
      group('decision', 'panel.decision', element, [
        { id: 'anxin-decision', component: attributeEntry('decision', 'panel.decision') },
      ]),
    );
  }
  if (is(bo, 'bpmn:Activity')) {
    groups.push(
      group('inputs', 'panel.inputs', element, [{ id: 'anxin-inputs', component: mappingsEntry('anxin:Input') }]),
      group('outputs', 'panel.outputs', element, [{ id: 'anxin-outputs', component: mappingsEntry('anxin:Output') }]),
    );
  }
  if (timerDefinitionOf(bo)) {
    groups.push(
      group('timer', 'panel.timer', element, [
        { id: 'anxin-timerKind', component: TimerKindEntry },
        { id: 'anxin-timerBody', component: TimerBodyEntry },
        { id: 'anxin-timerCalendar', component: CalendarEntry('calendar', (e) => timerDefinitionOf(e.businessObject)) },
      ]),
    );
  }
  if (is(bo, 'bpmn:FlowNode')) {
    groups.push(
      group('status', 'panel.status', element, [
        { id: 'anxin-status', component: attributeEntry('status', 'panel.status', 'panel.statusHint') },
      ]),
    );
  }
  return groups;
}

/** Adds the anxin groups after the standard ones (General, Documentation, …) of bpmn-js-properties-panel. */
export class AnxinPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: { registerProvider(priority: number, provider: AnxinPropertiesProvider): void }) {
    propertiesPanel.registerProvider(500, this);
  }

  getGroups(element: DiagramElement): (groups: Group[]) => Group[] {
    return (groups) => [...groups.filter((candidate) => !REPLACED_GROUPS.has(candidate.id)), ...anxinGroups(element)];
  }
}

export const anxinPropertiesModule = {
  __init__: ['anxinPropertiesProvider'],
  anxinPropertiesProvider: ['type', AnxinPropertiesProvider],
};
