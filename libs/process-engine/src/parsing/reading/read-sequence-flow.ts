import type { JsonLogicRule } from '@anxin/rules';
import type { SequenceFlow } from '../../model/process-model.type';
import { bodyOf, childOf, idOf, trimmedOf, type ModdleElement } from '../moddle-element';
import { report, type ReadContext } from './read-context';
import { readExpressionLanguage } from './read-expression-language';
import type { NodeInput } from './read-node-base';
import { readRuleText } from './read-rule-text';

function readCondition(flow: ModdleElement, ctx: ReadContext): JsonLogicRule | undefined {
  const elementId = idOf(flow) ?? '';
  const expression = childOf(flow, 'conditionExpression');
  if (expression === undefined) return undefined;
  ctx.conditionFlowIds.add(elementId);
  const path = 'conditionExpression';
  if (!readExpressionLanguage({ expression, elementId, path }, ctx)) return undefined;
  return readRuleText({ text: bodyOf(expression), elementId, path, what: 'The condition' }, ctx);
}

function reportMissingEnd({ flowId, end }: { flowId: string; end: 'sourceRef' | 'targetRef' }, ctx: ReadContext): void {
  const message = `Sequence flow "${flowId}" has no valid ${end}: it must name a flow node of the process.`;
  report(ctx, { code: 'flow.danglingReference', elementId: flowId, path: end, message });
}

/**
 * A sequence flow with its JSONLogic condition. Flows whose source or target does not resolve are reported
 * (`flow.danglingReference`) and left out of the model; those crossing scopes are left to the flow check.
 */
export function readSequenceFlow({ el, scopeId }: NodeInput, ctx: ReadContext): void {
  const id = idOf(el) ?? '';
  const source = childOf(el, 'sourceRef');
  const target = childOf(el, 'targetRef');
  const condition = readCondition(el, ctx);
  if (source === undefined) reportMissingEnd({ flowId: id, end: 'sourceRef' }, ctx);
  if (target === undefined) reportMissingEnd({ flowId: id, end: 'targetRef' }, ctx);
  if (source === undefined || target === undefined) return;
  const name = trimmedOf(el, 'name');
  const flow: SequenceFlow = {
    id,
    ...(name !== undefined && { name }),
    sourceId: idOf(source) ?? '',
    targetId: idOf(target) ?? '',
    ...(condition !== undefined && { condition }),
  };
  ctx.flows[id] = flow;
  ctx.flowScopes.set(id, scopeId);
}
