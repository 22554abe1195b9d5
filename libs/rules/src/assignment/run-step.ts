import type { AssignmentStep } from './assignment.type';
import type { StepInput, StepOutcome } from './assignment-step.type';
import { inTeamsStep } from './in-teams.step';
import { leastLoadedStep } from './least-loaded.step';
import { onDutyOnlyStep } from './on-duty-only.step';
import { preferPreviousStep } from './prefer-previous.step';
import { requireSkillsStep } from './require-skills.step';
import { roundRobinStep } from './round-robin.step';
import { underCapacityStep } from './under-capacity.step';

/** True for steps that only remove candidates, which may be `soft`. */
export function isFilter(step: AssignmentStep): boolean {
  return (
    step.type === 'requireSkills' ||
    step.type === 'inTeams' ||
    step.type === 'onDutyOnly' ||
    step.type === 'underCapacity'
  );
}

function dispatch(input: StepInput): StepOutcome {
  const { step } = input;
  switch (step.type) {
    case 'requireSkills':
      return requireSkillsStep({ ...input, step });
    case 'inTeams':
      return inTeamsStep({ ...input, step });
    case 'onDutyOnly':
      return onDutyOnlyStep(input);
    case 'underCapacity':
      return underCapacityStep(input);
    case 'leastLoaded':
      return leastLoadedStep({ ...input, step });
    case 'preferPrevious':
      return preferPreviousStep(input);
    case 'roundRobin':
      return roundRobinStep({ ...input, step });
  }
}

/** Runs one step; a soft filter that would remove everyone keeps everyone instead and says so. */
export function runStep(input: StepInput): StepOutcome & { readonly skipped?: boolean } {
  const outcome = dispatch(input);
  const soft = isFilter(input.step) && 'soft' in input.step && input.step.soft === true;
  if (!outcome.ok || !soft || outcome.kept.length > 0 || input.candidates.length === 0) return outcome;
  return {
    ok: true,
    kept: input.candidates,
    removed: [],
    skipped: true,
    note: 'soft filter skipped: it would have removed everyone',
  };
}
