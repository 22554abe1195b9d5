import { canReach } from '../engine/model-graph';
import type { StepContext } from '../engine/step-context';
import { byId, cancelToken, updateToken } from '../engine/token-ops';
import type { InclusiveGatewayNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';

/** An inclusive join parks arriving tokens; the run loop decides it at quiescence. A split just leaves. */
export function enterInclusiveGateway(ctx: StepContext, token: TokenState, node: InclusiveGatewayNode): void {
  if (node.incoming.length <= 1) {
    ctx.queue.push({ kind: 'leave', tokenId: token.id });
    return;
  }
  updateToken(ctx, token.id, { phase: 'joining' });
}

/**
 * Fires every inclusive join that no other token can still reach: it waits only for branches that can arrive.
 * A token elsewhere in the scope blocks a join when the join is reachable from where it is. Returns whether any
 * join fired (the run loop then continues).
 */
export function fireReadyInclusiveJoins(ctx: StepContext): boolean {
  const parked = Object.values(ctx.state.tokens)
    .filter((t) => t.phase === 'joining' && ctx.model.elements[t.elementId]?.type === 'inclusiveGateway')
    .sort(byId);
  const groups = new Map<string, TokenState[]>();
  for (const t of parked) {
    const key = `${t.scopeId}\u0000${t.elementId}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  let fired = false;
  for (const arrivals of groups.values()) {
    const [survivor, ...merged] = arrivals;
    if (!survivor || isStillAwaited(ctx, survivor)) continue;
    for (const t of merged) cancelToken(ctx, t.id, 'instanceEnded');
    updateToken(ctx, survivor.id, { phase: 'active', arrivedBy: undefined });
    ctx.queue.push({ kind: 'leave', tokenId: survivor.id });
    fired = true;
  }
  return fired;
}

function isStillAwaited(ctx: StepContext, parked: TokenState): boolean {
  return Object.values(ctx.state.tokens).some(
    (t) =>
      t.scopeId === parked.scopeId &&
      !(t.elementId === parked.elementId && t.phase === 'joining') &&
      canReach(ctx.model, t.elementId, parked.elementId),
  );
}
