import { evaluateTable, type JsonObject, type JsonValue } from '@anxin/rules';
import { dataAtToken, writeVariable } from '../engine/scope-data';
import { recordHistory, refuse, type StepContext } from '../engine/step-context';
import type { BusinessRuleTaskNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';

/**
 * Evaluates the decision table named by the task. Without output mappings, a single result's outputs become
 * variables; with them, the mappings read the decision as `result`.
 */
export function executeBusinessRuleTask(
  ctx: StepContext,
  token: TokenState,
  node: BusinessRuleTaskNode,
  input: JsonObject,
): void {
  const where = `elements/${node.id}/decision`;
  const table = ctx.env.decisionTable?.(node.decisionKey);
  if (!table) return refuse('rule.failed', where, `no decision table "${node.decisionKey}" is deployed`);
  const evaluation = evaluateTable(table, { ...dataAtToken(ctx, token.id), ...input }, { now: ctx.env.now });
  if (!evaluation.ok) {
    return refuse(
      'rule.failed',
      where,
      `decision "${node.decisionKey}": ${evaluation.problems[0]?.message ?? 'failed'}`,
    );
  }
  const { decision } = evaluation;
  const result: JsonValue =
    decision.kind === 'single' ? decision.output : decision.kind === 'list' ? [...decision.outputs] : decision.value;
  if (node.outputs.length === 0 && decision.kind === 'single' && decision.output) {
    for (const [name, value] of Object.entries(decision.output))
      writeVariable(ctx, token.scopeId, name, value ?? null, node.id);
  }
  recordHistory(ctx, 'decisionEvaluated', {
    elementId: node.id,
    details: { decision: node.decisionKey, rules: [...evaluation.appliedRuleIds] },
  });
  ctx.queue.push({ kind: 'activityDone', tokenId: token.id, output: { result } });
}
