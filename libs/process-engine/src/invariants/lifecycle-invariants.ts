import type { InstanceState } from '../state/instance-state.type';
import { violation, type InvariantViolation } from './invariant-violation';
import type { StateIndex } from './state-index';

/**
 * Revisions only grow: the last move (撤回 looks at it) is at or before the current revision, and the trail is in
 * revision order, its last step at or before the last move.
 */
function checkRevisions(state: InstanceState): InvariantViolation[] {
  const trail = state.trail.map((e) => e.revision);
  const ordered = trail.every((r, i) => i === 0 || (trail[i - 1] as number) <= r);
  const last = trail.at(-1) ?? 0;
  if (
    state.lastMoveRevision >= 1 &&
    state.lastMoveRevision <= state.revision &&
    ordered &&
    last <= state.lastMoveRevision
  ) {
    return [];
  }
  return [
    violation(
      'instance.revision',
      `revision ${state.revision}, last move ${state.lastMoveRevision}, trail revisions ${trail.join(', ') || 'none'}`,
    ),
  ];
}

/**
 * The instance as a whole: revisions are in order; the process scope is there; a running instance has a token
 * (otherwise it would have completed); an ended one has nothing left but its process scope.
 */
export function checkLifecycle({ model, state }: StateIndex): InvariantViolation[] {
  const found: InvariantViolation[] = [];
  const processScopes = Object.values(state.scopes).filter((s) => s.kind === 'process');
  if (state.scopes[model.key]?.kind !== 'process' || processScopes.length !== 1) {
    found.push(
      violation(
        'instance.noProcessScope',
        `expected exactly one process scope "${model.key}", found ${processScopes.map((s) => s.id).join(', ') || 'none'}`,
        model.key,
      ),
    );
  }
  found.push(...checkRevisions(state));
  if (state.status === 'running') {
    if (Object.keys(state.tokens).length === 0) {
      found.push(violation('instance.noTokens', 'a running instance has no token: it should have completed'));
    }
    return found;
  }
  const residue = {
    tokens: Object.keys(state.tokens),
    tasks: Object.keys(state.tasks),
    timers: Object.keys(state.timers),
    actions: Object.keys(state.actions),
    scopes: Object.values(state.scopes)
      .filter((s) => s.kind !== 'process')
      .map((s) => s.id),
  };
  for (const [what, ids] of Object.entries(residue)) {
    if (ids.length === 0) continue;
    found.push(
      violation('instance.endedResidue', `a ${state.status} instance still has ${what}: ${ids.join(', ')}`, ...ids),
    );
  }
  return found;
}
