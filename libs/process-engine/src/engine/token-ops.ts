import type { CancelReason } from '../effects/effect.type';
import type { TokenPhase, TokenState } from '../state/instance-state.type';
import { emit, invariant, type StepContext } from './step-context';

export function tokenOf(ctx: StepContext, tokenId: string): TokenState {
  const token = ctx.state.tokens[tokenId];
  invariant(token, `unknown token ${tokenId}`);
  return token;
}

export function createToken(
  ctx: StepContext,
  fields: { elementId: string; scopeId: string; phase?: TokenPhase; loop?: TokenState['loop'] },
): TokenState {
  const token: TokenState = {
    id: ctx.env.newId('token'),
    elementId: fields.elementId,
    scopeId: fields.scopeId,
    phase: fields.phase ?? 'active',
    ...(fields.loop ? { loop: fields.loop } : {}),
  };
  ctx.state.tokens[token.id] = token;
  return token;
}

export function updateToken(ctx: StepContext, tokenId: string, patch: Partial<Omit<TokenState, 'id'>>): TokenState {
  const next = { ...tokenOf(ctx, tokenId), ...patch };
  if (patch.arrivedBy === undefined && 'arrivedBy' in patch) delete (next as { arrivedBy?: string }).arrivedBy;
  ctx.state.tokens[tokenId] = next;
  return next;
}

export function tokensInScope(ctx: StepContext, scopeId: string): TokenState[] {
  return Object.values(ctx.state.tokens).filter((t) => t.scopeId === scopeId);
}

/** Cancels the timers a token owns (boundary, catch and SLA timers), optionally only those of some elements. */
export function cancelTimersOf(ctx: StepContext, tokenId: string, keep?: (elementId: string) => boolean): void {
  for (const timer of Object.values(ctx.state.timers)) {
    if (timer.tokenId !== tokenId || keep?.(timer.elementId)) continue;
    delete ctx.state.timers[timer.id];
    emit(ctx, { type: 'TimerCancelled', timerId: timer.id });
  }
}

/**
 * Removes a token and everything that hangs on it: its tasks, timers and pending actions, and every scope it holds
 * open (a sub-process, a multi-instance body) with all their tokens, depth first. Deterministic: ids sorted.
 */
export function cancelToken(ctx: StepContext, tokenId: string, reason: CancelReason): void {
  if (!ctx.state.tokens[tokenId]) return;
  for (const scope of Object.values(ctx.state.scopes)) {
    if (scope.kind === 'process' || scope.parentTokenId !== tokenId) continue;
    for (const inner of tokensInScope(ctx, scope.id).sort(byId)) cancelToken(ctx, inner.id, reason);
    delete ctx.state.scopes[scope.id];
  }
  for (const task of Object.values(ctx.state.tasks)) {
    if (task.tokenId !== tokenId) continue;
    delete ctx.state.tasks[task.id];
    emit(ctx, { type: 'TaskCancelled', taskId: task.id, reason });
  }
  cancelTimersOf(ctx, tokenId);
  for (const action of Object.values(ctx.state.actions)) {
    if (action.tokenId === tokenId) delete ctx.state.actions[action.id];
  }
  delete ctx.state.tokens[tokenId];
}

export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
