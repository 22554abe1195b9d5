import { raiseErrorAt } from '../elements/event-propagation';
import { recordHistory, refuse, type StepContext } from '../engine/step-context';
import { tokenOf } from '../engine/token-ops';
import type { ActionState } from '../state/instance-state.type';
import type { CompleteActionCommand, CompleteCallCommand } from './command.type';

function actionOf(ctx: StepContext, actionId: string, kind: ActionState['kind']): ActionState {
  const action = ctx.state.actions[actionId];
  if (!action || action.kind !== kind) return refuse('action.notFound', 'actionId', `no pending ${kind} ${actionId}`);
  return action;
}

function finish(
  ctx: StepContext,
  action: ActionState,
  output: Record<string, unknown> | undefined,
  error?: { code: string; message?: string },
) {
  delete ctx.state.actions[action.id];
  const token = tokenOf(ctx, action.tokenId);
  if (error) {
    recordHistory(ctx, 'actionFailed', {
      elementId: action.elementId,
      details: { actionId: action.id, code: error.code },
    });
    return raiseErrorAt(ctx, token, error.code, error.message ?? error.code);
  }
  recordHistory(ctx, 'actionCompleted', { elementId: action.elementId, details: { actionId: action.id } });
  ctx.queue.push({ kind: 'activityDone', tokenId: token.id, ...(output ? { output: output as never } : {}) });
}

/** The host performed a service task's action: its result feeds the output mappings, an error the boundaries. */
export function completeAction(ctx: StepContext, command: CompleteActionCommand): void {
  const action = actionOf(ctx, command.actionId, 'service');
  finish(ctx, action, { result: command.result ?? null }, command.error);
}

/** The process a call activity started has ended. */
export function completeCall(ctx: StepContext, command: CompleteCallCommand): void {
  const action = actionOf(ctx, command.actionId, 'callActivity');
  finish(ctx, action, { result: command.output ?? {}, ...(command.output ?? {}) }, command.error);
}
