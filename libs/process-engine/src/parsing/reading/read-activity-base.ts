import type { UserTaskNode } from '../../model/process-model.type';
import type { ReadContext } from './read-context';
import { readDefaultFlow } from './read-default-flow';
import { readMultiInstance } from './read-multi-instance';
import { readNodeBase, type NodeInput } from './read-node-base';
import { readVariableMappings } from './read-variable-mappings';

export type ActivityBaseFields = Pick<
  UserTaskNode,
  | 'id'
  | 'name'
  | 'scopeId'
  | 'incoming'
  | 'outgoing'
  | 'status'
  | 'inputs'
  | 'outputs'
  | 'boundaryIds'
  | 'multiInstance'
  | 'defaultFlowId'
>;

/** What every activity has: mappings, attached boundary events, multi-instance and default flow. */
export function readActivityBase(input: NodeInput, ctx: ReadContext): ActivityBaseFields {
  const { el } = input;
  const base = readNodeBase(input);
  const elementId = base.id;
  const multiInstance = readMultiInstance({ el, elementId }, ctx);
  const defaultFlowId = readDefaultFlow({ el, elementId, outgoing: base.outgoing }, ctx);
  return {
    ...base,
    inputs: readVariableMappings({ el, elementId, direction: 'input' }, ctx),
    outputs: readVariableMappings({ el, elementId, direction: 'output' }, ctx),
    boundaryIds: ctx.boundaries.get(elementId) ?? [],
    ...(multiInstance !== undefined && { multiInstance }),
    ...(defaultFlowId !== undefined && { defaultFlowId }),
  };
}
