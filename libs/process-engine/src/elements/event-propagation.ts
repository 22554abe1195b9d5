import { endInstance } from '../engine/instance-end';
import { invariant, recordHistory, type StepContext } from '../engine/step-context';
import { cancelToken, createToken, tokenOf } from '../engine/token-ops';
import type { BoundaryEventNode } from '../model/process-model.type';
import type { TokenState } from '../state/instance-state.type';

/** The token that owns an activity's boundary events: the outer token of a multi-instance body. */
export function boundaryOwner(ctx: StepContext, token: TokenState): TokenState {
  if (!token.loop) return token;
  const body = ctx.state.scopes[token.loop.bodyId];
  invariant(body?.kind === 'body', `token ${token.id} lost its body`);
  return tokenOf(ctx, body.parentTokenId);
}

/** The activity token whose scope contains `token` (undefined at the process level). */
function enclosingActivityToken(ctx: StepContext, token: TokenState): TokenState | undefined {
  const scope = ctx.state.scopes[token.scopeId];
  invariant(scope, `unknown scope ${token.scopeId}`);
  if (scope.kind === 'process') return undefined;
  return boundaryOwner(ctx, tokenOf(ctx, scope.parentTokenId));
}

/**
 * A boundary event fires on the activity its owner token is in: a token starts at the boundary event in the
 * activity's scope; an interrupting event first cancels the activity with everything inside it.
 */
export function triggerBoundary(ctx: StepContext, owner: TokenState, boundary: BoundaryEventNode): void {
  const token = createToken(ctx, { elementId: boundary.id, scopeId: owner.scopeId });
  if (boundary.interrupting) cancelToken(ctx, owner.id, 'interrupted');
  recordHistory(ctx, 'boundaryTriggered', {
    elementId: boundary.id,
    details: { trigger: boundary.trigger.type, interrupting: boundary.interrupting },
  });
  ctx.queue.push({ kind: 'enter', tokenId: token.id, elementId: boundary.id });
}

function findBoundary(
  ctx: StepContext,
  owner: TokenState,
  type: 'error' | 'escalation',
  code: string | undefined,
): BoundaryEventNode | undefined {
  const node = ctx.model.elements[owner.elementId];
  if (!node || !('boundaryIds' in node)) return undefined;
  const boundaries = node.boundaryIds
    .map((id) => ctx.model.elements[id])
    .filter((b): b is BoundaryEventNode => b?.type === 'boundaryEvent' && b.trigger.type === type);
  const codeOf = (b: BoundaryEventNode) =>
    b.trigger.type === 'error'
      ? b.trigger.errorCode
      : b.trigger.type === 'escalation'
        ? b.trigger.escalationCode
        : undefined;
  return (
    boundaries.find((b) => codeOf(b) === code && code !== undefined) ?? boundaries.find((b) => codeOf(b) === undefined)
  );
}

/**
 * A BPMN error raised at `activity` (a failed action) or from inside it (an error end event) is caught by the
 * nearest matching error boundary walking outwards; uncaught, the instance fails.
 */
export function raiseErrorAt(ctx: StepContext, activity: TokenState | undefined, code: string, message: string): void {
  let current = activity ? boundaryOwner(ctx, activity) : undefined;
  while (current) {
    const boundary = findBoundary(ctx, current, 'error', code);
    if (boundary) return triggerBoundary(ctx, current, boundary);
    current = enclosingActivityToken(ctx, current);
  }
  endInstance(ctx, 'failed', `uncaught error ${code}: ${message}`);
}

/** An error end event: the error starts at the activity that contains the event's scope. */
export function throwError(ctx: StepContext, token: TokenState, code: string, message: string): void {
  raiseErrorAt(ctx, enclosingActivityToken(ctx, token), code, message);
}

/** An escalation goes to the nearest matching escalation boundary outwards; uncaught, it is only recorded. */
export function throwEscalation(ctx: StepContext, token: TokenState, code: string | undefined): void {
  let current = enclosingActivityToken(ctx, token);
  while (current) {
    const boundary = findBoundary(ctx, current, 'escalation', code);
    if (boundary) return triggerBoundary(ctx, current, boundary);
    current = enclosingActivityToken(ctx, current);
  }
}
