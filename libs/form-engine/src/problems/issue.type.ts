import type { LocalizedMessage } from '../model/localized-text';
import type { SubmissionProblemCode } from './submission-problem.type';

/**
 * A problem before it knows where it is: field checks return issues, the validator adds the path and the field's
 * label and turns them into `SubmissionProblem`s.
 */
export interface Issue {
  readonly code: SubmissionProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly severity?: 'error' | 'warning';
  /** The author's own message (validations) instead of the catalog's. */
  readonly message?: LocalizedMessage;
}

/** Builds an issue. */
export function issue(code: SubmissionProblemCode, params?: Readonly<Record<string, string | number>>): Issue {
  return params === undefined ? { code } : { code, params };
}
