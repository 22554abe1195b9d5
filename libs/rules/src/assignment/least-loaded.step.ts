import type { AssignmentCandidate, AssignmentStep } from './assignment.type';
import { partition, type StepInput, type StepOutcome } from './assignment-step.type';

type LeastLoaded = Extract<AssignmentStep, { type: 'leastLoaded' }>;

/** Load of a candidate: open tasks, or open tasks over capacity (no capacity counts as full). */
function loadOf(candidate: AssignmentCandidate, measure: LeastLoaded['measure']): number {
  if (measure !== 'utilisation') return candidate.openTasks;
  return candidate.capacity > 0 ? candidate.openTasks / candidate.capacity : Number.POSITIVE_INFINITY;
}

function show(load: number, measure: LeastLoaded['measure']): string {
  return measure === 'utilisation' ? `${Math.round(load * 100)}% utilised` : `${load} open tasks`;
}

/** Keeps the least loaded candidates; all of them when tied (a later `roundRobin` can rotate among them). */
export function leastLoadedStep({ step, candidates }: StepInput<LeastLoaded>): StepOutcome {
  const loads = new Map(candidates.map((c) => [c.id, loadOf(c, step.measure)]));
  const lowest = Math.min(...loads.values());
  return partition(
    candidates,
    (c) => loads.get(c.id) === lowest,
    (c) => ({
      candidateId: c.id,
      reason: 'MORE_LOADED',
      detail: `${show(loads.get(c.id) ?? 0, step.measure)} vs ${show(lowest, step.measure)}`,
    }),
  );
}
