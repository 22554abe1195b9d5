import { canReach } from '../engine/model-graph';
import type { TokenState } from '../state/instance-state.type';
import { violation, type InvariantViolation } from './invariant-violation';
import type { StateIndex } from './state-index';

/**
 * Joins fire once, as soon as they can: a token parked at a join sits at a parallel or inclusive gateway with
 * several incoming flows and arrived by one of them; at quiescence no parallel join holds an arrival on every
 * incoming flow, and every inclusive join with arrivals still awaits a token of its scope that can reach it.
 */
export function checkJoins(index: StateIndex): InvariantViolation[] {
  const { model, state } = index;
  const found: InvariantViolation[] = [];
  const groups = new Map<string, TokenState[]>();
  for (const token of Object.values(state.tokens)) {
    if (token.phase !== 'joining') continue;
    const node = model.elements[token.elementId];
    const isJoin = (node?.type === 'parallelGateway' || node?.type === 'inclusiveGateway') && node.incoming.length > 1;
    if (!node || !isJoin || token.arrivedBy === undefined || !node.incoming.includes(token.arrivedBy)) {
      found.push(
        violation(
          'join.invalidArrival',
          `token ${token.id} is joining at ${token.elementId} (${node?.type ?? 'unknown'}) arrived by ${token.arrivedBy ?? 'no flow'}`,
          token.id,
        ),
      );
      continue;
    }
    const key = `${token.scopeId}\u0000${token.elementId}`;
    groups.set(key, [...(groups.get(key) ?? []), token]);
  }
  for (const arrivals of groups.values()) {
    const first = arrivals[0] as TokenState;
    const node = model.elements[first.elementId];
    const ids = arrivals.map((t) => t.id);
    if (node?.type === 'parallelGateway') {
      if (node.incoming.every((flowId) => arrivals.some((t) => t.arrivedBy === flowId))) {
        found.push(
          violation(
            'join.wouldFire',
            `parallel join ${node.id} in ${first.scopeId} holds an arrival on every incoming flow`,
            node.id,
            ...ids,
          ),
        );
      }
      continue;
    }
    const awaited = (index.tokensByScope.get(first.scopeId) ?? []).some(
      (t) =>
        !(t.elementId === first.elementId && t.phase === 'joining') && canReach(model, t.elementId, first.elementId),
    );
    if (!awaited) {
      found.push(
        violation(
          'join.wouldFire',
          `inclusive join ${first.elementId} in ${first.scopeId} awaits no token but has not fired`,
          first.elementId,
          ...ids,
        ),
      );
    }
  }
  return found;
}
