import { isTruthy } from '@anxin/rules';
import { endInstance } from '../engine/instance-end';
import { dataAt } from '../engine/scope-data';
import { evaluateRule } from '../engine/scope-data';
import { invariant, refuse, type StepContext } from '../engine/step-context';
import { cancelToken, createToken, tokenOf, tokensInScope } from '../engine/token-ops';
import type { FlowNode, SequenceFlow } from '../model/process-model.type';

function conditionHolds(ctx: StepContext, flow: SequenceFlow, scopeId: string): boolean {
  if (flow.condition === undefined) return true;
  return isTruthy(evaluateRule(ctx, flow.condition, dataAt(ctx, scopeId), `flows/${flow.id}/condition`));
}

function defaultFlowOf(node: FlowNode): string | undefined {
  return 'defaultFlowId' in node ? node.defaultFlowId : undefined;
}

/**
 * The flows a token takes when it leaves `node`: exclusive gateways the first true condition (in document order),
 * inclusive gateways and activities every true condition, parallel gateways all; the default flow only when no
 * other flow is taken. A gateway with no way out refuses the command: the author must add a default flow.
 */
export function selectFlows(ctx: StepContext, node: FlowNode, scopeId: string): string[] {
  if (node.type === 'parallelGateway') return [...node.outgoing];
  const defaultFlow = defaultFlowOf(node);
  const candidates = node.outgoing.filter((id) => id !== defaultFlow);
  const taken: string[] = [];
  for (const flowId of candidates) {
    const flow = ctx.model.flows[flowId];
    invariant(flow, `unknown flow ${flowId}`);
    if (!conditionHolds(ctx, flow, scopeId)) continue;
    taken.push(flowId);
    if (node.type === 'exclusiveGateway') break;
  }
  if (taken.length === 0 && defaultFlow) taken.push(defaultFlow);
  if (taken.length === 0 && node.outgoing.length > 0) {
    refuse('rule.failed', `elements/${node.id}`, `no outgoing flow of "${node.id}" applies and it has no default flow`);
  }
  return taken;
}

/** Moves a token out of its element along the selected flows; extra flows fork new tokens in the same scope. */
export function leaveNode(ctx: StepContext, tokenId: string, onlyFlowId?: string): void {
  const token = tokenOf(ctx, tokenId);
  const node = ctx.model.elements[token.elementId];
  invariant(node, `unknown element ${token.elementId}`);
  const flows = onlyFlowId ? [onlyFlowId] : selectFlows(ctx, node, token.scopeId);
  if (flows.length === 0) return consumeToken(ctx, tokenId);
  flows.forEach((flowId, i) => {
    const flow = ctx.model.flows[flowId];
    invariant(flow, `unknown flow ${flowId}`);
    const moving = i === 0 ? token : createToken(ctx, { elementId: node.id, scopeId: token.scopeId });
    ctx.queue.push({ kind: 'enter', tokenId: moving.id, elementId: flow.targetId, flowId });
  });
}

/** A token reached an end: it disappears, and its scope completes when it was the last one there. */
export function consumeToken(ctx: StepContext, tokenId: string): void {
  const { scopeId } = tokenOf(ctx, tokenId);
  cancelToken(ctx, tokenId, 'instanceEnded');
  completeScopeIfEmpty(ctx, scopeId);
}

export function completeScopeIfEmpty(ctx: StepContext, scopeId: string): void {
  if (tokensInScope(ctx, scopeId).length > 0) return;
  const scope = ctx.state.scopes[scopeId];
  invariant(scope, `unknown scope ${scopeId}`);
  switch (scope.kind) {
    case 'process':
      return endInstance(ctx, 'completed');
    case 'subProcess':
      delete ctx.state.scopes[scopeId];
      ctx.queue.push({ kind: 'activityDone', tokenId: scope.parentTokenId, output: scope.variables });
      return;
    case 'body':
      invariant(false, `body ${scopeId} emptied outside its bookkeeping`);
  }
}
