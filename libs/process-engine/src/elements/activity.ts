import type { JsonObject, JsonValue } from '@anxin/rules';
import { dataAtToken, evaluateRule, writeVariable } from '../engine/scope-data';
import { invariant, type StepContext } from '../engine/step-context';
import { firstDue, scheduleTimer } from '../engine/timer-schedule';
import { cancelTimersOf, tokenOf, updateToken } from '../engine/token-ops';
import type { ActivityNode, VariableMapping } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';
import { executeBusinessRuleTask } from './business-rule-task';
import { bodyInstanceDone, startBody } from './multi-instance-body';
import { executeCallActivity, executeServiceTask } from './service-task';
import { executeSubProcess } from './sub-process';
import { executeUserTask } from './user-task';

/** Evaluates mappings against `data`; each target gets the rule's value. */
export function evaluateMappings(
  ctx: StepContext,
  mappings: readonly VariableMapping[],
  data: JsonObject,
  where: string,
): Record<string, JsonValue> {
  const values: Record<string, JsonValue> = {};
  for (const mapping of mappings) {
    values[mapping.target] = evaluateRule(ctx, mapping.rule, { ...data, ...values }, `${where}/${mapping.target}`);
  }
  return values;
}

/**
 * A token arrives at an activity: boundary timers are armed on it (so they cover the whole multi-instance body),
 * then either the body starts its instances or the activity itself runs.
 */
export function enterActivity(ctx: StepContext, token: TokenState, node: ActivityNode): void {
  armBoundaryTimers(ctx, token, node);
  if (node.multiInstance) return startBody(ctx, token, node);
  executeActivity(ctx, token, node);
}

function armBoundaryTimers(ctx: StepContext, token: TokenState, node: ActivityNode): void {
  for (const boundaryId of node.boundaryIds) {
    const boundary = ctx.model.elements[boundaryId];
    if (boundary?.type !== 'boundaryEvent' || boundary.trigger.type !== 'timer') continue;
    const { timer } = boundary.trigger;
    scheduleTimer(ctx, {
      tokenId: token.id,
      elementId: boundary.id,
      purpose: 'boundary',
      due: firstDue(ctx, timer, dataAtToken(ctx, token.id)),
      ...(timer.calendar ? { calendar: timer.calendar } : {}),
    });
  }
}

/** Runs one execution of the activity (the whole activity, or one multi-instance instance). */
export function executeActivity(ctx: StepContext, token: TokenState, node: ActivityNode): void {
  const input = evaluateMappings(ctx, node.inputs, dataAtToken(ctx, token.id), `elements/${node.id}/inputs`);
  switch (node.type) {
    case 'userTask':
      for (const [name, value] of Object.entries(input)) writeVariable(ctx, token.scopeId, name, value, node.id);
      return executeUserTask(ctx, token, node);
    case 'serviceTask':
      return executeServiceTask(ctx, token, node, input);
    case 'callActivity':
      return executeCallActivity(ctx, token, node, input);
    case 'businessRuleTask':
      return executeBusinessRuleTask(ctx, token, node, input);
    case 'subProcess':
      return executeSubProcess(ctx, token, node, input);
  }
}

/**
 * An execution of the activity finished: an inner multi-instance token reports to its body; any other token (a
 * plain activity, or the outer token of a finished body) runs the output mappings, disarms its boundary timers and
 * leaves.
 */
export function completeActivity(ctx: StepContext, tokenId: string, output?: JsonObject, onlyFlowId?: string): void {
  const token = tokenOf(ctx, tokenId);
  const node = ctx.model.elements[token.elementId];
  invariant(node && 'boundaryIds' in node, `token ${tokenId} completed outside an activity`);
  // A multi-instance activity maps its outputs once, when the whole body is done (the approval outcome is known).
  if (!token.loop) {
    const data = { ...dataAtToken(ctx, tokenId), ...(output ?? {}) };
    const values = evaluateMappings(ctx, node.outputs, data, `elements/${node.id}/outputs`);
    for (const [name, value] of Object.entries(values)) writeVariable(ctx, token.scopeId, name, value, node.id);
  }
  if (token.loop) {
    const outcome = output?.['outcome'];
    return bodyInstanceDone(ctx, token, outcome === 'approved' || outcome === 'rejected' ? outcome : undefined);
  }
  cancelTimersOf(ctx, tokenId);
  updateToken(ctx, tokenId, { phase: 'active' });
  ctx.queue.push({ kind: 'leave', tokenId, ...(onlyFlowId ? { onlyFlowId } : {}) });
}
