import type { ModelProblem } from '../../model/model-problem.type';
import type { FlowNode, ProcessModel } from '../../model/process-model.type';
import { modelProblem } from '../model-problem.util';
import type { ReadContext } from '../reading/read-context';

function missingConditions(node: FlowNode, ctx: ReadContext): ModelProblem[] {
  if ((node.type !== 'exclusiveGateway' && node.type !== 'inclusiveGateway') || node.outgoing.length < 2) return [];
  return node.outgoing
    .filter((flowId) => flowId !== node.defaultFlowId && !ctx.conditionFlowIds.has(flowId))
    .map((flowId) => {
      const message = `Flow "${flowId}" leaves gateway "${node.id}" without a condition and is not its default flow.`;
      return modelProblem({
        code: 'gateway.missingCondition',
        elementId: flowId,
        path: 'conditionExpression',
        message,
      });
    });
}

function invalidEventTargets(model: ProcessModel, node: FlowNode): ModelProblem[] {
  if (node.type !== 'eventBasedGateway') return [];
  return node.outgoing.flatMap((flowId) => {
    const targetId = model.flows[flowId]?.targetId;
    const target = targetId === undefined ? undefined : model.elements[targetId];
    if (target?.type === 'intermediateCatchEvent') return [];
    const what = target === undefined ? `"${targetId ?? '?'}"` : `${target.type} "${target.id}"`;
    const message = `Event-based gateway "${node.id}" leads through "${flowId}" to ${what}; it may only lead to timer or message catch events.`;
    return [
      modelProblem({ code: 'eventGateway.invalidTarget', elementId: node.id, path: `outgoing/${flowId}`, message }),
    ];
  });
}

/** Conditions on decision gateways' flows and the targets of event-based gateways. */
export function checkGateways(model: ProcessModel, ctx: ReadContext): ModelProblem[] {
  return Object.values(model.elements).flatMap((node) => [
    ...missingConditions(node, ctx),
    ...invalidEventTargets(model, node),
  ]);
}
