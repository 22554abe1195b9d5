import type { ProcessModel } from '../model/process-model.type';
import type { InstanceState } from '../state/instance-state.type';
import { checkActions } from './action-invariants';
import { checkBodies } from './body-invariants';
import type { InvariantViolation } from './invariant-violation';
import { checkJoins } from './join-invariants';
import { checkLifecycle } from './lifecycle-invariants';
import { checkScopes } from './scope-invariants';
import { indexState } from './state-index';
import { checkTasks } from './task-invariants';
import { checkTimers } from './timer-invariants';
import { checkTokens } from './token-invariants';

/**
 * Checks the invariants every instance state must keep after each `start` or `execute` step (the engine is quiet
 * then: every token waits). Pure and read-only; returns every violation found, or `[]`. A violation is always an
 * engine bug: the runtime should log it and refuse to persist the state.
 *
 * - Lifecycle: revisions in order (last move ≤ revision, trail ascending up to the last move); the process scope
 *   is there; a running instance has a token; an ended one has no tokens, tasks, timers, actions or scopes besides
 *   the process scope.
 * - Tokens: on an existing element of their live scope, and held by something (a task, an action, a child scope, a
 *   body, an event they wait for, a join).
 * - Scopes: every sub-process and body scope hangs on a live token at its element (phase `active` / `body`); one
 *   child scope per token.
 * - Tasks: each belongs to a live token active at its user task; one open task per token; an owner exactly while
 *   delegated; 加签 blocks only on active signers of the same body.
 * - Timers and actions: each belongs to a live token, at the element it serves.
 * - Multi-instance bodies: counters add up, one inner token per active instance, one turn at a time in a
 *   sequential body (besides 加签 `before`/`parallel` signers), an active instance in every live body, no
 *   startable instance left pending, no decided approval left running.
 * - Joins: arrivals are valid; a parallel join never holds a full set and an inclusive join never a set no token
 *   can add to (a join fires once, as soon as it can).
 */
export function checkInvariants(model: ProcessModel, state: InstanceState): InvariantViolation[] {
  const index = indexState(model, state);
  return [
    ...checkLifecycle(index),
    ...checkTokens(index),
    ...checkScopes(index),
    ...checkTasks(index),
    ...checkTimers(index),
    ...checkActions(index),
    ...checkBodies(index),
    ...checkJoins(index),
  ];
}

export type { InvariantCode, InvariantViolation } from './invariant-violation';
