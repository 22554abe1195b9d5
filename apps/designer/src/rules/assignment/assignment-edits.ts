import type { AssignmentFallback, AssignmentStep, AssignmentStepType, AssignmentStrategy } from '@anxin/rules';

/** Every step type, in the order a strategy usually runs them: filters first, then the choosers. */
export const STEP_TYPES: readonly AssignmentStepType[] = [
  'requireSkills',
  'inTeams',
  'onDutyOnly',
  'underCapacity',
  'preferPrevious',
  'leastLoaded',
  'roundRobin',
];

/** A new step of a type, with what it needs to run. */
export function newStep(type: AssignmentStepType): AssignmentStep {
  switch (type) {
    case 'requireSkills':
      return { type, skills: [], match: 'all' };
    case 'inTeams':
      return { type, teams: [] };
    case 'leastLoaded':
      return { type, measure: 'openTasks' };
    case 'onDutyOnly':
    case 'underCapacity':
    case 'preferPrevious':
    case 'roundRobin':
      return { type };
  }
}

/** The step after a change of type: its description stays, everything else is the new type's. */
export function changeStepType(step: AssignmentStep, type: AssignmentStepType): AssignmentStep {
  const fresh = newStep(type);
  return step.description ? { ...fresh, description: step.description } : fresh;
}

export function replaceStep(strategy: AssignmentStrategy, index: number, step: AssignmentStep): AssignmentStrategy {
  return { ...strategy, steps: strategy.steps.map((item, i) => (i === index ? step : item)) };
}

export function addStep(strategy: AssignmentStrategy, type: AssignmentStepType): AssignmentStrategy {
  return { ...strategy, steps: [...strategy.steps, newStep(type)] };
}

export function removeStep(strategy: AssignmentStrategy, index: number): AssignmentStrategy {
  return { ...strategy, steps: strategy.steps.filter((_, i) => i !== index) };
}

/** Moves a step up (-1) or down (+1): steps run in order. */
export function moveStep(strategy: AssignmentStrategy, index: number, by: -1 | 1): AssignmentStrategy {
  const target = index + by;
  if (target < 0 || target >= strategy.steps.length) return strategy;
  const steps = [...strategy.steps];
  [steps[index], steps[target]] = [steps[target] as AssignmentStep, steps[index] as AssignmentStep];
  return { ...strategy, steps };
}

/** The fallback of a policy, keeping the target it had when the policy stays. */
export function fallbackFor(policy: AssignmentFallback['policy'], previous: AssignmentFallback): AssignmentFallback {
  if (policy === previous.policy) return previous;
  switch (policy) {
    case 'escalate':
      return { policy };
    case 'assignTo':
      return { policy, candidateId: '' };
    case 'leaveUnassigned':
      return { policy };
  }
}
