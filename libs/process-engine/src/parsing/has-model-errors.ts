import type { ModelProblem } from '../model/model-problem.type';

/** True when a problem makes the model unusable: the process must not be deployed or run. */
export function hasModelErrors(problems: readonly ModelProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
