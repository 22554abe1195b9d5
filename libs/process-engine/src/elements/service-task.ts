import type { JsonObject } from '@anxin/rules';
import { emit, recordHistory, type StepContext } from '../engine/step-context';
import type { CallActivityNode, ServiceTaskNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';

/** A service task asks the host to perform its action; the token waits for `completeAction`. */
export function executeServiceTask(
  ctx: StepContext,
  token: TokenState,
  node: ServiceTaskNode,
  input: JsonObject,
): void {
  const actionId = ctx.env.newId('action');
  ctx.state.actions[actionId] = { id: actionId, tokenId: token.id, elementId: node.id, kind: 'service' };
  emit(ctx, { type: 'ActionRequested', actionId, action: node.action, elementId: node.id, input });
  recordHistory(ctx, 'actionRequested', { elementId: node.id, details: { action: node.action, actionId } });
}

/** A call activity asks the host to start the called process; the token waits for `completeCall`. */
export function executeCallActivity(
  ctx: StepContext,
  token: TokenState,
  node: CallActivityNode,
  input: JsonObject,
): void {
  const actionId = ctx.env.newId('action');
  ctx.state.actions[actionId] = { id: actionId, tokenId: token.id, elementId: node.id, kind: 'callActivity' };
  emit(ctx, {
    type: 'ProcessStartRequested',
    actionId,
    processKey: node.calledKey,
    version: node.calledVersion,
    input,
  });
  recordHistory(ctx, 'callRequested', { elementId: node.id, details: { processKey: node.calledKey, actionId } });
}
