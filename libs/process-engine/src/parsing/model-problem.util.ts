import type { RuleSeverity } from '@anxin/rules';
import type { ModelProblem } from '../model/model-problem.type';

/** What a reader knows about a problem; the severity defaults to `error`. */
export type ProblemInit = Omit<ModelProblem, 'severity'> & { readonly severity?: RuleSeverity };

/** Builds a problem, leaving `elementId` out when there is none. */
export function modelProblem({ code, elementId, path, message, severity = 'error' }: ProblemInit): ModelProblem {
  return elementId === undefined ? { code, path, message, severity } : { code, elementId, path, message, severity };
}
