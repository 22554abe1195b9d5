import { partition, type StepInput, type StepOutcome } from './assignment-step.type';

/** Keeps candidates on duty now (the caller derives `onDuty` from shifts and leave). */
export function onDutyOnlyStep({ candidates }: StepInput): StepOutcome {
  return partition(
    candidates,
    (c) => c.onDuty,
    (c) => ({ candidateId: c.id, reason: 'OFF_DUTY' }),
  );
}
