import { boundaryOwner } from '../elements/event-propagation';
import { canReach, flowReaches } from '../engine/model-graph';
import { recordHistory, refuse, type StepContext } from '../engine/step-context';
import { byId, cancelToken, createToken, tokenOf, tokensInScope } from '../engine/token-ops';
import type { CancelReason } from '../effects/effect.type';
import type { TokenState } from '../state/instance-state.type';
import type { ReturnToCommand } from './command.type';
import { requireWorker, taskOf } from './task-access';

/** The model scope a live scope runs: the process key, or the sub-process element id. */
function modelScopeOf(ctx: StepContext, scopeId: string): string | undefined {
  const scope = ctx.state.scopes[scopeId];
  if (!scope) return undefined;
  if (scope.kind === 'process') return ctx.model.key;
  return scope.kind === 'subProcess' ? scope.elementId : undefined;
}

/**
 * The token, on the path from `token` out to the process, that runs in the live scope where `targetId` lives —
 * multi-instance inner tokens stand for their outer token. Undefined when the target is not on that path.
 */
export function anchorFor(ctx: StepContext, token: TokenState, targetId: string): TokenState | undefined {
  const targetScope = ctx.model.elements[targetId]?.scopeId;
  let anchor: TokenState | undefined = boundaryOwner(ctx, token);
  while (anchor) {
    if (modelScopeOf(ctx, anchor.scopeId) === targetScope) return anchor;
    const scope = ctx.state.scopes[anchor.scopeId];
    if (!scope || scope.kind === 'process') return undefined;
    anchor = boundaryOwner(ctx, tokenOf(ctx, scope.parentTokenId));
  }
  return undefined;
}

/**
 * Moves the instance back to `targetId` in the anchor's scope, keeping every invariant:
 * 1. every token of that scope that is at or downstream of the target is cancelled with all it holds (tasks, timers,
 *    multi-instance bodies, sub-processes) — except join arrivals from branches the target does not produce;
 * 2. parallel joins downstream of the target get the arrivals of branches that will not run again, so the single
 *    new token does not wait forever at a join (the flowable #3944 / yudao #668 class of bugs);
 * 3. one token starts at the target, which creates its task anew.
 */
export function moveBackTo(ctx: StepContext, anchor: TokenState, targetId: string, reason: CancelReason): void {
  const model = ctx.model;
  const scopeId = anchor.scopeId;
  const downstream = (t: TokenState) =>
    (t.elementId === targetId || canReach(model, targetId, t.elementId)) &&
    !(t.phase === 'joining' && t.arrivedBy !== undefined && !flowReaches(model, t.arrivedBy, targetId));
  for (const t of tokensInScope(ctx, scopeId).filter(downstream).sort(byId)) cancelToken(ctx, t.id, reason);
  for (const gatewayId of model.scopes[model.elements[targetId]?.scopeId ?? '']?.nodeIds ?? []) {
    const gateway = model.elements[gatewayId];
    if (gateway?.type !== 'parallelGateway' || gateway.incoming.length < 2) continue;
    if (!canReach(model, targetId, gateway.id)) continue;
    for (const flowId of gateway.incoming) restoreArrival(ctx, scopeId, gateway.id, flowId, targetId);
  }
  const token = createToken(ctx, { elementId: targetId, scopeId });
  ctx.queue.push({ kind: 'enter', tokenId: token.id, elementId: targetId });
}

function restoreArrival(ctx: StepContext, scopeId: string, gatewayId: string, flowId: string, targetId: string): void {
  const model = ctx.model;
  if (flowReaches(model, flowId, targetId)) return;
  const live = tokensInScope(ctx, scopeId);
  if (live.some((t) => t.elementId === gatewayId && t.phase === 'joining' && t.arrivedBy === flowId)) return;
  const source = model.flows[flowId]?.sourceId ?? '';
  if (live.some((t) => t.elementId === source || canReach(model, t.elementId, source))) return;
  const token = createToken(ctx, { elementId: gatewayId, scopeId, phase: 'joining' });
  ctx.state.tokens[token.id] = { ...token, arrivedBy: flowId };
}

/** 退回: the worker of a task sends the instance back to a user task completed earlier on the way here. */
export function returnTo(ctx: StepContext, command: ReturnToCommand): void {
  const task = taskOf(ctx, command.taskId);
  requireWorker(ctx, task, command.groups);
  if (task.status === 'delegated') refuse('task.notAllowed', 'taskId', 'a delegated task is resolved first');
  const target = ctx.model.elements[command.targetElementId];
  const done = ctx.state.trail.some((e) => e.elementId === command.targetElementId);
  if (target?.type !== 'userTask' || !done) {
    refuse(
      'return.invalidTarget',
      'targetElementId',
      `${command.targetElementId} is not a user task completed in this instance`,
    );
  }
  const anchor = anchorFor(ctx, tokenOf(ctx, task.tokenId), target.id);
  if (!anchor || anchor.elementId === target.id || !canReach(ctx.model, target.id, anchor.elementId)) {
    refuse('return.invalidTarget', 'targetElementId', `${target.id} does not lead to this task`);
  }
  recordHistory(ctx, 'returned', {
    elementId: task.elementId,
    taskId: task.id,
    details: { to: target.id },
    ...(command.comment ? { comment: command.comment } : {}),
  });
  moveBackTo(ctx, anchor, target.id, 'returned');
}
