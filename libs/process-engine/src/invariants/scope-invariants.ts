import { violation, type InvariantViolation } from './invariant-violation';
import type { StateIndex } from './state-index';

/**
 * Every sub-process or body scope hangs on a live token: a sub-process scope on a token at that sub-process (phase
 * `active`), a body on a token at that activity (phase `body`); a token holds at most one child scope.
 */
export function checkScopes({ model, state, childScopesByToken }: StateIndex): InvariantViolation[] {
  const found: InvariantViolation[] = [];
  for (const scope of Object.values(state.scopes)) {
    if (scope.kind === 'process') continue;
    const parent = state.tokens[scope.parentTokenId];
    if (!parent) {
      found.push(
        violation(
          'scope.orphan',
          `${scope.kind} scope ${scope.id} hangs on token ${scope.parentTokenId}, which is gone`,
          scope.id,
        ),
      );
      continue;
    }
    const phase = scope.kind === 'body' ? 'body' : 'active';
    const elementType = model.elements[scope.elementId]?.type;
    const typeOk = scope.kind === 'body' || elementType === 'subProcess';
    if (parent.elementId !== scope.elementId || parent.phase !== phase || !typeOk) {
      found.push(
        violation(
          'scope.parentMismatch',
          `${scope.kind} scope ${scope.id} of ${scope.elementId} hangs on token ${parent.id} at ${parent.elementId} (${parent.phase}); expected ${phase} at ${scope.elementId}`,
          scope.id,
          parent.id,
        ),
      );
    }
  }
  for (const [tokenId, scopes] of childScopesByToken) {
    if (scopes.length < 2) continue;
    const ids = scopes.map((s) => s.id);
    found.push(
      violation(
        'scope.duplicate',
        `token ${tokenId} holds ${scopes.length} child scopes: ${ids.join(', ')}`,
        tokenId,
        ...ids,
      ),
    );
  }
  return found;
}
