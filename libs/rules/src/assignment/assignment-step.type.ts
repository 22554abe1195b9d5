import type { RuleProblem } from '../problems/rule-problem.type';
import type { AssignmentCandidate, AssignmentRemoval, AssignmentRequest, AssignmentStep } from './assignment.type';

/** What a step sees: the remaining candidates (in caller order), the request, and its own index. */
export interface StepInput<S extends AssignmentStep = AssignmentStep> {
  readonly step: S;
  readonly index: number;
  readonly candidates: readonly AssignmentCandidate[];
  readonly request: AssignmentRequest;
}

/** What a step decided, or the problems that stopped it (a rule that failed). */
export type StepOutcome =
  | {
      readonly ok: true;
      readonly kept: readonly AssignmentCandidate[];
      readonly removed: readonly AssignmentRemoval[];
      readonly note?: string;
      /** A round-robin cursor to store if the kept candidate is assigned. */
      readonly cursor?: { readonly name: string; readonly candidateId: string };
    }
  | { readonly ok: false; readonly problems: readonly RuleProblem[] };

/** Splits candidates by a predicate, recording why the others were removed. */
export function partition(
  candidates: readonly AssignmentCandidate[],
  keep: (candidate: AssignmentCandidate) => boolean,
  why: (candidate: AssignmentCandidate) => AssignmentRemoval,
): StepOutcome {
  const kept: AssignmentCandidate[] = [];
  const removed: AssignmentRemoval[] = [];
  for (const candidate of candidates) {
    if (keep(candidate)) kept.push(candidate);
    else removed.push(why(candidate));
  }
  return { ok: true, kept, removed };
}
