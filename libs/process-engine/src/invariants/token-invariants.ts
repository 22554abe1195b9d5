import type { FlowNode } from '../model/process-model.type';
import type { ScopeState, TokenState } from '../state/instance-state.type';
import { violation, type InvariantViolation } from './invariant-violation';
import { countOf, type StateIndex } from './state-index';

/**
 * Every token is on an existing element of the scope it runs in, and — the engine being quiet after each step —
 * something holds it: a task, an action, a child scope, a body, a timer or message it waits for, or a join.
 */
export function checkTokens(index: StateIndex): InvariantViolation[] {
  const { model, state } = index;
  const found: InvariantViolation[] = [];
  for (const token of Object.values(state.tokens)) {
    const node = model.elements[token.elementId];
    if (!node) {
      found.push(
        violation('token.unknownElement', `token ${token.id} is on unknown element ${token.elementId}`, token.id),
      );
      continue;
    }
    const scope = state.scopes[token.scopeId];
    if (!scope) {
      found.push(
        violation(
          'token.unknownScope',
          `token ${token.id} runs in scope ${token.scopeId}, which is not live`,
          token.id,
        ),
      );
      continue;
    }
    const wrongScope = scopeMismatch(index, token, node, scope);
    if (wrongScope) found.push(violation('token.wrongScope', wrongScope, token.id, scope.id, node.id));
    const idle = idleReason(index, token, node);
    if (idle)
      found.push(
        violation('token.idle', `token ${token.id} at ${node.id} (${token.phase}) ${idle}`, token.id, node.id),
      );
  }
  return found;
}

/** Why the token's element does not belong to its live scope; undefined when it does. */
function scopeMismatch(index: StateIndex, token: TokenState, node: FlowNode, scope: ScopeState): string | undefined {
  if (scope.kind === 'body') {
    if (token.loop?.bodyId === scope.id && token.elementId === scope.elementId) return undefined;
    return `token ${token.id} in body ${scope.id} of ${scope.elementId} is at ${node.id} with loop ${JSON.stringify(token.loop ?? null)}`;
  }
  if (token.loop)
    return `token ${token.id} carries loop ${JSON.stringify(token.loop)} outside its body (in ${scope.id})`;
  const modelScope = scope.kind === 'process' ? index.model.key : scope.elementId;
  if (node.scopeId === modelScope) return undefined;
  return `token ${token.id} is at ${node.id} (in ${node.scopeId}) but runs in ${scope.id} (${modelScope})`;
}

/** Why nothing holds the token; undefined when something does. */
function idleReason(index: StateIndex, token: TokenState, node: FlowNode): string | undefined {
  switch (token.phase) {
    case 'joining':
      return undefined; // checked with the joins
    case 'body':
      return childScopes(index, token.id, 'body') > 0 ? undefined : 'has no multi-instance body';
    case 'waitingEvent':
      return waitingReason(index, token, node);
    case 'active':
      return activeReason(index, token, node);
  }
}

function waitingReason(index: StateIndex, token: TokenState, node: FlowNode): string | undefined {
  if (node.type === 'eventBasedGateway') return undefined;
  if (node.type !== 'intermediateCatchEvent') return 'waits for an event on an element that catches none';
  if (node.trigger.type !== 'timer') return undefined;
  const armed = (index.timersByToken.get(token.id) ?? []).some((t) => t.purpose === 'catch' && t.elementId === node.id);
  return armed ? undefined : 'waits for a timer that is not scheduled';
}

function activeReason(index: StateIndex, token: TokenState, node: FlowNode): string | undefined {
  switch (node.type) {
    case 'userTask':
      return countOf(index.tasksByToken, token.id) > 0 ? undefined : 'has no open task';
    case 'serviceTask':
    case 'callActivity':
      return countOf(index.actionsByToken, token.id) > 0 ? undefined : 'has no pending action';
    case 'subProcess':
      return childScopes(index, token.id, 'subProcess') > 0 ? undefined : 'has no sub-process scope';
    default:
      return 'is still in transit although the step is over';
  }
}

function childScopes(index: StateIndex, tokenId: string, kind: 'body' | 'subProcess'): number {
  return (index.childScopesByToken.get(tokenId) ?? []).filter((s) => s.kind === kind).length;
}
