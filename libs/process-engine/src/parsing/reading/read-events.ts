import type {
  EndEventNode,
  IntermediateCatchEventNode,
  IntermediateThrowEventNode,
  StartEventNode,
} from '../../model/process-model.type';
import { readAllowedTrigger } from './read-allowed-trigger';
import type { ReadContext } from './read-context';
import { readNodeBase, type NodeInput } from './read-node-base';

export function readStartEvent(input: NodeInput, ctx: ReadContext): StartEventNode | undefined {
  const base = readNodeBase(input);
  const trigger = readAllowedTrigger({ el: input.el, elementId: base.id, allowed: ['none', 'message'] }, ctx);
  return trigger && { ...base, type: 'startEvent', trigger };
}

export function readEndEvent(input: NodeInput, ctx: ReadContext): EndEventNode | undefined {
  const base = readNodeBase(input);
  const allowed = ['none', 'terminate', 'error', 'escalation'] as const;
  const trigger = readAllowedTrigger({ el: input.el, elementId: base.id, allowed }, ctx);
  return trigger && { ...base, type: 'endEvent', trigger };
}

export function readIntermediateCatchEvent(input: NodeInput, ctx: ReadContext): IntermediateCatchEventNode | undefined {
  const base = readNodeBase(input);
  const trigger = readAllowedTrigger({ el: input.el, elementId: base.id, allowed: ['timer', 'message'] }, ctx);
  return trigger && { ...base, type: 'intermediateCatchEvent', trigger };
}

export function readIntermediateThrowEvent(input: NodeInput, ctx: ReadContext): IntermediateThrowEventNode | undefined {
  const base = readNodeBase(input);
  const trigger = readAllowedTrigger({ el: input.el, elementId: base.id, allowed: ['none', 'escalation'] }, ctx);
  return trigger && { ...base, type: 'intermediateThrowEvent', trigger };
}
