import { flagOf, type ModdleElement } from '../moddle-element';

const ACTIVITY_TYPES = new Set(['bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:BusinessRuleTask', 'bpmn:CallActivity']);

/** An activity Anxin runs: the supported tasks, call activities and embedded (non-event) sub-processes. */
export function isSupportedActivity(el: ModdleElement): boolean {
  if (el.$type === 'bpmn:SubProcess') return flagOf(el, 'triggeredByEvent') !== true;
  return ACTIVITY_TYPES.has(el.$type);
}
