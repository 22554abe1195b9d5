import type { TimerState, TokenState } from '../state/instance-state.type';
import { violation, type InvariantViolation } from './invariant-violation';
import type { StateIndex } from './state-index';

/**
 * Every timer belongs to a live token, where it makes sense: a boundary timer on the (outer) token of the activity
 * it is attached to, a catch timer on a token waiting at that event (or at the event-based gateway before it), an
 * SLA timer on a token whose task at that user task is open.
 */
export function checkTimers(index: StateIndex): InvariantViolation[] {
  const found: InvariantViolation[] = [];
  for (const timer of Object.values(index.state.timers)) {
    const token = index.state.tokens[timer.tokenId];
    if (!token) {
      found.push(
        violation(
          'timer.orphan',
          `${timer.purpose} timer ${timer.id} belongs to token ${timer.tokenId}, which is gone`,
          timer.id,
        ),
      );
      continue;
    }
    if (!isPlaced(index, timer, token)) {
      found.push(
        violation(
          'timer.misplaced',
          `${timer.purpose} timer ${timer.id} of ${timer.elementId} is on token ${token.id} at ${token.elementId} (${token.phase})`,
          timer.id,
          token.id,
        ),
      );
    }
  }
  return found;
}

function isPlaced({ model, tasksByToken }: StateIndex, timer: TimerState, token: TokenState): boolean {
  switch (timer.purpose) {
    case 'boundary': {
      const boundary = model.elements[timer.elementId];
      return (
        boundary?.type === 'boundaryEvent' &&
        boundary.attachedToId === token.elementId &&
        !token.loop &&
        (token.phase === 'active' || token.phase === 'body')
      );
    }
    case 'catch': {
      if (token.phase !== 'waitingEvent') return false;
      if (token.elementId === timer.elementId) return true;
      const gateway = model.elements[token.elementId];
      return (
        gateway?.type === 'eventBasedGateway' &&
        gateway.outgoing.some((flowId) => model.flows[flowId]?.targetId === timer.elementId)
      );
    }
    case 'sla':
      return (tasksByToken.get(token.id) ?? []).some((task) => task.elementId === timer.elementId);
  }
}
