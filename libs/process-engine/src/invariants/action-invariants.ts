import { violation, type InvariantViolation } from './invariant-violation';
import type { StateIndex } from './state-index';

/** Every pending action belongs to a live token, active at a service task or call activity; one per token. */
export function checkActions({ model, state, actionsByToken }: StateIndex): InvariantViolation[] {
  const found: InvariantViolation[] = [];
  for (const action of Object.values(state.actions)) {
    const token = state.tokens[action.tokenId];
    if (!token) {
      found.push(
        violation('action.orphan', `action ${action.id} belongs to token ${action.tokenId}, which is gone`, action.id),
      );
      continue;
    }
    const expected = action.kind === 'service' ? 'serviceTask' : 'callActivity';
    const elementType = model.elements[action.elementId]?.type;
    if (token.elementId !== action.elementId || token.phase !== 'active' || elementType !== expected) {
      found.push(
        violation(
          'action.misplaced',
          `${action.kind} action ${action.id} of ${action.elementId} is on token ${token.id} at ${token.elementId} (${token.phase})`,
          action.id,
          token.id,
        ),
      );
    }
  }
  for (const [tokenId, actions] of actionsByToken) {
    if (actions.length < 2) continue;
    const ids = actions.map((a) => a.id);
    found.push(
      violation(
        'action.misplaced',
        `token ${tokenId} has ${actions.length} pending actions: ${ids.join(', ')}`,
        tokenId,
        ...ids,
      ),
    );
  }
  return found;
}
