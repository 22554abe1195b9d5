import type { InstanceState } from '../../state/instance-state.type';
import type { FamilyInstance } from './model-family.arbitrary';

/**
 * Invariants that hold for the generated family only (block-structured processes), on top of `checkInvariants`:
 * - one token per element per scope (a second one means a duplicated task or branch) — except on the paths of
 *   non-interrupting boundary events, which may run several times;
 * - one arrival per incoming flow at a join (a second one would wait forever);
 * - a sequential body runs one turn at a time, not counting the signers added by 加签 `before`/`parallel` (`alongside`,
 *   tracked from the commands) — sharper than the state-only check, which cannot tell an `after` signer's turn from
 *   a signer added alongside.
 */
export function familyViolations(
  family: FamilyInstance,
  state: InstanceState,
  alongside: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const token of Object.values(state.tokens)) {
    if (token.loop || family.sharedElementIds.has(token.elementId)) continue;
    const key =
      token.phase === 'joining'
        ? `${token.scopeId} ${token.elementId} arrived by ${token.arrivedBy ?? '?'}`
        : `${token.scopeId} ${token.elementId}`;
    const other = seen.get(key);
    if (other) problems.push(`tokens ${other} and ${token.id} are both at ${key}`);
    seen.set(key, token.id);
  }
  for (const scope of Object.values(state.scopes)) {
    if (scope.kind !== 'body' || !scope.sequential) continue;
    const turns = scope.instances.filter((i) => i.status === 'active' && !alongside.has(`${scope.id}#${i.index}`));
    if (turns.length > 1) {
      problems.push(`sequential body ${scope.id} runs turns ${turns.map((i) => i.index).join(', ')} at once`);
    }
  }
  return problems;
}
