import type { EventTrigger } from '../../model/process-model.type';
import { childOf, idOf, trimmedOf, type ModdleElement } from '../moddle-element';
import { report, type ReadContext } from './read-context';
import { readTimer } from './read-timer';

/** The trigger each supported BPMN event definition gives. */
export const TRIGGER_TYPES: Readonly<Record<string, EventTrigger['type']>> = {
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:TimerEventDefinition': 'timer',
  'bpmn:ErrorEventDefinition': 'error',
  'bpmn:EscalationEventDefinition': 'escalation',
  'bpmn:TerminateEventDefinition': 'terminate',
};

/** An event definition and the id of the event it belongs to. */
export interface DefinitionInput {
  readonly definition: ModdleElement;
  readonly elementId: string;
}

function messageTrigger({ definition, elementId }: DefinitionInput, ctx: ReadContext): EventTrigger {
  const message = childOf(definition, 'messageRef');
  const messageName = message === undefined ? undefined : (trimmedOf(message, 'name') ?? idOf(message));
  if (messageName !== undefined) return { type: 'message', messageName };
  const text = `Message event "${elementId}" references no <bpmn:message>; its id is used as the message name.`;
  const path = 'messageEventDefinition/messageRef';
  report(ctx, { code: 'xml.warning', elementId, path, message: text, severity: 'warning' });
  return { type: 'message', messageName: elementId };
}

function codeOf(referenced: ModdleElement | undefined, code: string): string | undefined {
  return referenced === undefined ? undefined : trimmedOf(referenced, code);
}

/**
 * The trigger of an event definition of a type listed in {@link TRIGGER_TYPES} (no definition: `none`). Messages are
 * named by the referenced `<bpmn:message name>`, errors and escalations by their codes.
 */
export function readEventTrigger(input: DefinitionInput | undefined, ctx: ReadContext): EventTrigger {
  const definition = input?.definition;
  switch (definition === undefined ? 'none' : TRIGGER_TYPES[definition.$type]) {
    case 'message':
      return messageTrigger(input as DefinitionInput, ctx);
    case 'timer':
      return { type: 'timer', timer: readTimer(input as DefinitionInput, ctx) };
    case 'error': {
      const errorCode = codeOf(definition && childOf(definition, 'errorRef'), 'errorCode');
      return errorCode === undefined ? { type: 'error' } : { type: 'error', errorCode };
    }
    case 'escalation': {
      const escalationCode = codeOf(definition && childOf(definition, 'escalationRef'), 'escalationCode');
      return escalationCode === undefined ? { type: 'escalation' } : { type: 'escalation', escalationCode };
    }
    case 'terminate':
      return { type: 'terminate' };
    default:
      return { type: 'none' };
  }
}
