import type { ModelProblem } from '../model/model-problem.type';
import type { ProcessModel } from '../model/process-model.type';

export interface ParseProcessOptions {
  /** The process to read when the document holds several (a collaboration); otherwise the one executable process. */
  readonly processKey?: string;
}

export interface ParseProcessResult {
  /** Present whenever the document could be read into a model, even with error problems. */
  readonly model?: ProcessModel;
  /** Every problem found, errors and warnings; see `hasModelErrors`. */
  readonly problems: ModelProblem[];
}
