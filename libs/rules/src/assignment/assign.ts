import { problem, type RuleProblem } from '../problems/rule-problem.type';
import type {
  AssignmentCandidate,
  AssignmentOutcome,
  AssignmentRequest,
  AssignmentResult,
  AssignmentState,
  AssignmentStrategy,
  AssignmentTraceEntry,
} from './assignment.type';
import { checkAssignmentStrategy } from './check-assignment-strategy';
import { runStep } from './run-step';

const EMPTY_STATE: AssignmentState = { cursors: {} };

function isWellFormed(c: AssignmentCandidate): boolean {
  const names = (list: unknown): boolean => Array.isArray(list) && list.every((n) => typeof n === 'string');
  return (
    typeof c.id === 'string' &&
    names(c.skills) &&
    names(c.teams) &&
    Number.isFinite(c.openTasks) &&
    Number.isFinite(c.capacity) &&
    typeof c.onDuty === 'boolean'
  );
}

/** Candidates come from the caller's queries: malformed or duplicated ones are problems, not crashes. */
function checkCandidates(candidates: readonly AssignmentCandidate[]): RuleProblem[] {
  const seen = new Set<string>();
  return candidates.flatMap((c, i) => {
    if (!isWellFormed(c))
      return [
        problem(
          'ASSIGNMENT_INVALID',
          `/candidates/${i}`,
          'A candidate needs id, skills, teams, finite openTasks and capacity, and onDuty.',
        ),
      ];
    if (seen.has(c.id))
      return [problem('ASSIGNMENT_DUPLICATE_CANDIDATE', `/candidates/${i}`, `Candidate "${c.id}" is listed twice.`)];
    seen.add(c.id);
    return [];
  });
}

function fallbackOutcome(strategy: AssignmentStrategy): AssignmentOutcome {
  const { fallback } = strategy;
  switch (fallback.policy) {
    case 'escalate':
      return { kind: 'escalated', to: fallback.to ?? null };
    case 'assignTo':
      return { kind: 'assigned', candidateId: fallback.candidateId, byFallback: true };
    case 'leaveUnassigned':
      return { kind: 'unassigned' };
  }
}

function tieBreak(remaining: readonly AssignmentCandidate[]): AssignmentTraceEntry {
  const [chosen, ...others] = remaining;
  return {
    step: -1,
    type: 'tieBreak',
    kept: chosen ? [chosen.id] : [],
    removed: others.map((c) => ({
      candidateId: c.id,
      reason: 'TIE_BREAK',
      detail: `${chosen?.id ?? ''} comes first in the candidate list`,
    })),
  };
}

/**
 * Runs an assignment strategy over the caller's candidates: each step filters or narrows them, in order, and the
 * trace records who each step removed and why ("why this engineer"). Several survivors are decided by candidate
 * order (a recorded tie-break); none triggers the fallback policy. Pure: round-robin cursors come in through
 * `request.state` and go out in `result.state`; the caller stores them.
 *
 * @example
 * ```ts
 * const result = assign(strategy, { candidates, context: ticket, state: saved });
 * if (result.ok) { save(result.state); explain(result.trace); }
 * ```
 */
export function assign(strategy: AssignmentStrategy, request: AssignmentRequest): AssignmentResult {
  const problems = [...checkAssignmentStrategy(strategy), ...checkCandidates(request.candidates)].filter(
    (p) => p.severity === 'error',
  );
  if (problems.length > 0) return { ok: false, problems };
  const state = request.state ?? EMPTY_STATE;
  const trace: AssignmentTraceEntry[] = [];
  const cursors: Record<string, string> = {};
  let remaining = request.candidates;
  for (const [index, step] of strategy.steps.entries()) {
    if (remaining.length === 0) break;
    const outcome = runStep({ step, index, candidates: remaining, request: { ...request, state } });
    if (!outcome.ok) return outcome;
    trace.push({
      step: index,
      type: step.type,
      kept: outcome.kept.map((c) => c.id),
      removed: outcome.removed,
      ...(outcome.skipped ? { skipped: true } : {}),
      ...(outcome.note ? { note: outcome.note } : {}),
    });
    if (outcome.cursor) cursors[outcome.cursor.name] = outcome.cursor.candidateId;
    remaining = outcome.kept;
  }
  const [chosen] = remaining;
  if (chosen === undefined) return { ok: true, outcome: fallbackOutcome(strategy), trace, state };
  if (remaining.length > 1) trace.push(tieBreak(remaining));
  const advanced = Object.fromEntries(Object.entries(cursors).filter(([, id]) => id === chosen.id));
  return {
    ok: true,
    outcome: { kind: 'assigned', candidateId: chosen.id, byFallback: false },
    trace,
    state: { cursors: { ...state.cursors, ...advanced } },
  };
}
