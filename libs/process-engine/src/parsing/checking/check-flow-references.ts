import type { ModelProblem } from '../../model/model-problem.type';
import type { ProcessModel, SequenceFlow } from '../../model/process-model.type';
import { modelProblem } from '../model-problem.util';
import type { ReadContext } from '../reading/read-context';

interface FlowEnd {
  readonly flow: SequenceFlow;
  readonly end: 'sourceRef' | 'targetRef';
}

function endProblem({ flow, end }: FlowEnd, ctx: ReadContext): ModelProblem[] {
  const nodeId = end === 'sourceRef' ? flow.sourceId : flow.targetId;
  const flowScope = ctx.flowScopes.get(flow.id);
  const nodeScope = ctx.nodeScopes.get(nodeId);
  if (nodeScope !== undefined && nodeScope === flowScope) return [];
  const why =
    nodeScope === undefined
      ? `"${nodeId}" is not a flow node of this process`
      : `"${nodeId}" lies in scope "${nodeScope}", the flow in "${flowScope ?? '?'}"`;
  const message = `Sequence flow "${flow.id}" ${end === 'sourceRef' ? 'starts' : 'ends'} outside its scope: ${why}.`;
  return [modelProblem({ code: 'flow.danglingReference', elementId: flow.id, path: end, message })];
}

/** Sequence flows must connect flow nodes of the scope they are declared in. */
export function checkFlowReferences(model: ProcessModel, ctx: ReadContext): ModelProblem[] {
  return Object.values(model.flows).flatMap((flow) => [
    ...endProblem({ flow, end: 'sourceRef' }, ctx),
    ...endProblem({ flow, end: 'targetRef' }, ctx),
  ]);
}
