import type { EventTrigger } from '../../model/process-model.type';
import { childrenOf, type ModdleElement } from '../moddle-element';
import type { ReadContext } from './read-context';
import { readEventTrigger, TRIGGER_TYPES } from './read-event-trigger';
import { reportUnsupported } from './report-unsupported';

type TriggerType = EventTrigger['type'];

export interface AllowedTriggerInput<T extends TriggerType> {
  readonly el: ModdleElement;
  readonly elementId: string;
  readonly allowed: readonly T[];
}

function advice(allowed: readonly TriggerType[]): string {
  const kinds = allowed.map((type) => {
    if (type === 'none') return 'no event definition';
    return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} definition`;
  });
  const last = kinds.pop();
  return `use ${kinds.length > 0 ? `${kinds.join(', ')} or ${last ?? ''}` : (last ?? '')}`;
}

/**
 * The event's trigger when this kind of event supports it; otherwise reports `element.unsupported` (naming the event
 * definition) and yields nothing. Only the first definition counts: bpmnlint's `single-event-definition` reports more.
 */
export function readAllowedTrigger<T extends TriggerType>(
  input: AllowedTriggerInput<T>,
  ctx: ReadContext,
): Extract<EventTrigger, { type: T }> | undefined {
  const { el, elementId, allowed } = input;
  const [definition] = childrenOf(el, 'eventDefinitions');
  const type = definition === undefined ? 'none' : TRIGGER_TYPES[definition.$type];
  if (type !== undefined && (allowed as readonly TriggerType[]).includes(type)) {
    const trigger = readEventTrigger(definition && { definition, elementId }, ctx);
    return trigger as Extract<EventTrigger, { type: T }>;
  }
  const unsupported = definition === undefined ? `${el.$type} without an event definition` : definition.$type;
  reportUnsupported({ el, type: unsupported, path: 'eventDefinitions', advice: advice(allowed) }, ctx);
  return undefined;
}
