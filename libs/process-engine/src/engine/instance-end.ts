import type { InstanceEndedEffect } from '../effects/effect.type';
import { emit, recordHistory, type StepContext } from './step-context';
import { byId, cancelToken } from './token-ops';

/**
 * Ends the instance: every remaining token is cancelled with everything it holds (tasks, timers, bodies), so an
 * ended instance has no tokens, tasks or timers.
 */
export function endInstance(ctx: StepContext, result: InstanceEndedEffect['result'], reason?: string): void {
  if (ctx.state.status !== 'running') return;
  const cancelReason = reason === 'revoked' ? 'revoked' : 'instanceEnded';
  for (const token of Object.values(ctx.state.tokens).sort(byId)) cancelToken(ctx, token.id, cancelReason);
  for (const scope of Object.values(ctx.state.scopes)) if (scope.kind !== 'process') delete ctx.state.scopes[scope.id];
  ctx.state.actions = {};
  ctx.state.status = result;
  ctx.state.endedAt = ctx.nowIso;
  if (reason) ctx.state.endReason = reason;
  ctx.queue.length = 0;
  recordHistory(ctx, `instance${result[0]?.toUpperCase()}${result.slice(1)}`, reason ? { comment: reason } : {});
  emit(ctx, { type: 'InstanceEnded', result, ...(reason ? { reason } : {}) });
}
