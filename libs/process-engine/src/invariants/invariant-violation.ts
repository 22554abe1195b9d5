/**
 * Which invariant an instance state breaks. The prefix names what is wrong: the instance as a whole, a token, a
 * scope, a task, a timer, a pending action, a multi-instance body, or a join.
 */
export type InvariantCode =
  | 'instance.noProcessScope'
  | 'instance.noTokens'
  | 'instance.endedResidue'
  | 'instance.revision'
  | 'token.unknownElement'
  | 'token.unknownScope'
  | 'token.wrongScope'
  | 'token.idle'
  | 'scope.orphan'
  | 'scope.parentMismatch'
  | 'scope.duplicate'
  | 'task.orphan'
  | 'task.misplaced'
  | 'task.duplicate'
  | 'task.delegation'
  | 'task.blockedBy'
  | 'timer.orphan'
  | 'timer.misplaced'
  | 'action.orphan'
  | 'action.misplaced'
  | 'body.counters'
  | 'body.instanceToken'
  | 'body.sequentialOverlap'
  | 'body.stalled'
  | 'body.decided'
  | 'join.invalidArrival'
  | 'join.wouldFire';

/** One broken invariant: always an engine bug (or a state that was edited by hand). */
export interface InvariantViolation {
  readonly code: InvariantCode;
  readonly message: string;
  /** Ids of what is involved (tokens, scopes, tasks, timers, actions, elements), to find it in the state. */
  readonly ids: readonly string[];
}

export function violation(code: InvariantCode, message: string, ...ids: string[]): InvariantViolation {
  return { code, message, ids };
}
