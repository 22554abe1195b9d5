import { partition, type StepInput, type StepOutcome } from './assignment-step.type';

/**
 * Continuity: keeps the first of `request.previousAssigneeIds` still among the candidates (the engineer who
 * repaired this unit before). When none is, everyone stays.
 */
export function preferPreviousStep({ candidates, request }: StepInput): StepOutcome {
  const present = new Set(candidates.map((c) => c.id));
  const previous = (request.previousAssigneeIds ?? []).find((id) => present.has(id));
  if (previous === undefined)
    return { ok: true, kept: candidates, removed: [], note: 'no previous assignee among the candidates' };
  return partition(
    candidates,
    (c) => c.id === previous,
    (c) => ({ candidateId: c.id, reason: 'NOT_PREVIOUS', detail: `${previous} handled this before` }),
  );
}
