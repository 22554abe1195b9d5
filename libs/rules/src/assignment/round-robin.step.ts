import type { AssignmentStep } from './assignment.type';
import { partition, type StepInput, type StepOutcome } from './assignment-step.type';

type RoundRobin = Extract<AssignmentStep, { type: 'roundRobin' }>;

/** Name of the cursor a round-robin step uses when it does not name one. */
export const DEFAULT_CURSOR = 'roundRobin';

/**
 * Keeps the candidate whose id follows the cursor (the id chosen last time) in id order, wrapping around. The
 * rotation is by id, not by position, so it stays fair when candidates come and go. The cursor lives in the
 * request's `state` and the result's new `state`; nothing is remembered here.
 *
 *   ids: a  b  c  d      cursor: b   →   picks c
 *   ids: a  b  d         cursor: c   →   picks d (c is off duty)
 *   ids: a  b  d         cursor: d   →   picks a (wraps)
 */
export function roundRobinStep({ step, candidates, request }: StepInput<RoundRobin>): StepOutcome {
  const name = step.cursor ?? DEFAULT_CURSOR;
  const ids = candidates.map((c) => c.id).sort();
  const cursor = request.state?.cursors[name];
  const next = (cursor === undefined ? undefined : ids.find((id) => id > cursor)) ?? ids[0];
  if (next === undefined) return { ok: true, kept: [], removed: [] };
  const outcome = partition(
    candidates,
    (c) => c.id === next,
    (c) => ({
      candidateId: c.id,
      reason: 'NOT_NEXT_IN_ROTATION',
      detail: `after ${cursor ?? '(start)'} comes ${next}`,
    }),
  );
  return outcome.ok ? { ...outcome, cursor: { name, candidateId: next } } : outcome;
}
