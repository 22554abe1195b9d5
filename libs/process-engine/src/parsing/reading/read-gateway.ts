import type { GatewayNode } from '../../model/process-model.type';
import type { ReadContext } from './read-context';
import { readDefaultFlow } from './read-default-flow';
import { readNodeBase, type NodeInput } from './read-node-base';

const GATEWAY_TYPES = {
  'bpmn:ExclusiveGateway': 'exclusiveGateway',
  'bpmn:InclusiveGateway': 'inclusiveGateway',
  'bpmn:ParallelGateway': 'parallelGateway',
  'bpmn:EventBasedGateway': 'eventBasedGateway',
} as const satisfies Record<string, GatewayNode['type']>;

export function isSupportedGateway(type: string): type is keyof typeof GATEWAY_TYPES {
  return type in GATEWAY_TYPES;
}

/** A supported gateway; exclusive and inclusive ones keep their `default` flow. */
export function readGateway(input: NodeInput, ctx: ReadContext): GatewayNode | undefined {
  const $type = input.el.$type;
  if (!isSupportedGateway($type)) return undefined;
  const type = GATEWAY_TYPES[$type];
  const base = readNodeBase(input);
  if (type === 'parallelGateway' || type === 'eventBasedGateway') return { ...base, type };
  const defaultFlowId = readDefaultFlow({ el: input.el, elementId: base.id, outgoing: base.outgoing }, ctx);
  return defaultFlowId === undefined ? { ...base, type } : { ...base, type, defaultFlowId };
}
