import type { LocalizedMessage } from '../model/localized-text';

/** Problems of a submission found by `validateSubmission` (and rule failures found by `evaluateForm`). */
export type SubmissionProblemCode =
  | 'FORM_INVALID'
  | 'DATA_NOT_OBJECT'
  | 'UNKNOWN_FIELD'
  | 'TYPE_MISMATCH'
  | 'REQUIRED'
  | 'MIN_LENGTH'
  | 'MAX_LENGTH'
  | 'PATTERN_MISMATCH'
  | 'MIN_VALUE'
  | 'MAX_VALUE'
  | 'NOT_INTEGER'
  | 'TOO_MANY_DECIMALS'
  | 'INVALID_PHONE'
  | 'INVALID_EMAIL'
  | 'INVALID_ID_CARD'
  | 'ID_CARD_CHECKSUM'
  | 'ID_CARD_BIRTH_DATE'
  | 'ID_CARD_REGION'
  | 'INVALID_DATE'
  | 'INVALID_DATETIME'
  | 'INVALID_TIME'
  | 'INVALID_LOCATION'
  | 'OPTION_NOT_ALLOWED'
  | 'OPTIONS_UNAVAILABLE'
  | 'LEAF_REQUIRED'
  | 'DUPLICATE_VALUE'
  | 'MIN_ITEMS'
  | 'MAX_ITEMS'
  | 'MIN_ROWS'
  | 'MAX_ROWS'
  | 'FILE_UNKNOWN'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE'
  | 'VALIDATION_FAILED'
  | 'RULE_FAILED';

/**
 * One finding about a submission. `path` names the data: `""` (the whole submission), `category`, `materials`,
 * `materials[2]` (the third row) or `materials[2].quantity`; it always exists in the form. `message` is English
 * (logs); `messages` has both languages for the user. `params` are the values in the message (i18n keys).
 */
export interface SubmissionProblem {
  readonly code: SubmissionProblemCode;
  readonly path: string;
  readonly message: string;
  readonly messages: LocalizedMessage;
  readonly severity: 'error' | 'warning';
  readonly params?: Readonly<Record<string, string | number>>;
}

/** True when a problem blocks the submission. */
export function blocksSubmission(problems: readonly SubmissionProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
