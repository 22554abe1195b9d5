import type { AssignmentOutcome, AssignmentTraceEntry } from './assignment.type';

function describeStep(entry: AssignmentTraceEntry): string {
  const head = entry.step === -1 ? 'tie-break' : `step ${entry.step + 1} (${entry.type})`;
  if (entry.skipped) return `${head}: skipped, ${entry.note ?? 'soft filter'}`;
  const removed = entry.removed.map((r) => `${r.candidateId} (${r.reason}${r.detail ? `: ${r.detail}` : ''})`);
  const kept = `kept ${entry.kept.join(', ') || 'nobody'}`;
  return removed.length > 0
    ? `${head}: removed ${removed.join('; ')}; ${kept}`
    : `${head}: ${entry.note ?? 'removed nobody'}; ${kept}`;
}

function describeOutcome(outcome: AssignmentOutcome): string {
  switch (outcome.kind) {
    case 'assigned':
      return outcome.byFallback
        ? `assigned to ${outcome.candidateId} by the fallback policy`
        : `assigned to ${outcome.candidateId}`;
    case 'escalated':
      return `nobody left: escalated${outcome.to ? ` to ${outcome.to}` : ''}`;
    case 'unassigned':
      return 'nobody left: left unassigned';
  }
}

/**
 * A plain-language account of an assignment, one line per step and one for the outcome, for the ticket's audit
 * log. User interfaces should build their own (localised) text from the trace's codes instead.
 */
export function explainAssignment(trace: readonly AssignmentTraceEntry[], outcome: AssignmentOutcome): string[] {
  return [...trace.map(describeStep), describeOutcome(outcome)];
}
