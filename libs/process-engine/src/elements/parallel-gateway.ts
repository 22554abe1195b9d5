import type { StepContext } from '../engine/step-context';
import { cancelToken, tokensInScope, updateToken } from '../engine/token-ops';
import type { ParallelGatewayNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';

/**
 * A parallel join waits until a token has arrived on every incoming flow, then fires once with one token (the
 * first arrival's) and consumes one arrival per flow; extra arrivals wait for the next round.
 */
export function enterParallelGateway(ctx: StepContext, token: TokenState, node: ParallelGatewayNode): void {
  if (node.incoming.length <= 1) {
    ctx.queue.push({ kind: 'leave', tokenId: token.id });
    return;
  }
  updateToken(ctx, token.id, { phase: 'joining' });
  const waiting = tokensInScope(ctx, token.scopeId).filter((t) => t.elementId === node.id && t.phase === 'joining');
  const arrivals = node.incoming.map((flowId) => waiting.find((t) => t.arrivedBy === flowId));
  if (arrivals.some((t) => t === undefined)) return;
  const [survivor, ...merged] = arrivals as TokenState[];
  for (const t of merged) cancelToken(ctx, t.id, 'instanceEnded');
  if (!survivor) return;
  updateToken(ctx, survivor.id, { phase: 'active', arrivedBy: undefined });
  ctx.queue.push({ kind: 'leave', tokenId: survivor.id });
}
