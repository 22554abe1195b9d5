import { partition, type StepInput, type StepOutcome } from './assignment-step.type';

/** Keeps candidates with fewer open tasks than their capacity. */
export function underCapacityStep({ candidates }: StepInput): StepOutcome {
  return partition(
    candidates,
    (c) => c.openTasks < c.capacity,
    (c) => ({ candidateId: c.id, reason: 'AT_CAPACITY', detail: `${c.openTasks}/${c.capacity} open tasks` }),
  );
}
