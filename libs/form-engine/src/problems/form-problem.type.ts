import type { RuleProblemCode, RuleSeverity } from '@anxin/rules';

/** Problems of a form definition found by `checkForm` (and `applyPermissions`). */
export const FORM_DEFINITION_PROBLEM_CODES = [
  // shape (what form.schema.json also says)
  'INVALID_PROPERTY',
  'MISSING_PROPERTY',
  'UNKNOWN_PROPERTY',
  'UNKNOWN_FIELD_TYPE',
  'FIELD_NOT_ALLOWED_HERE',
  // meaning (what only checkForm can say)
  'DUPLICATE_KEY',
  'OPTIONS_MISSING',
  'OPTIONS_CONFLICT',
  'DUPLICATE_OPTION',
  'UNKNOWN_DICTIONARY',
  'INVALID_RANGE',
  'INVALID_PATTERN',
  'UNSAFE_PATTERN',
  'INVALID_SERIAL_PATTERN',
  'INVALID_DEFAULT',
  'DEPENDENCY_CYCLE',
  'UNKNOWN_PROCESS_FIELD',
  'DUPLICATE_PROCESS_VARIABLE',
  'INVALID_AGGREGATE',
  'LAYOUT_SPAN',
  'UNKNOWN_PERMISSION_FIELD',
] as const;

export type FormDefinitionProblemCode = (typeof FORM_DEFINITION_PROBLEM_CODES)[number];

/** Every code `checkForm` reports: its own, and those of `checkRule` for the rules inside the form. */
export type FormProblemCode = FormDefinitionProblemCode | RuleProblemCode;

/**
 * One finding about a form definition. `path` is a JSON Pointer into the definition (`/fields/2/visibleIf/==/0`);
 * messages are English and meant for the form's author.
 */
export interface FormProblem {
  readonly code: FormProblemCode;
  readonly path: string;
  readonly message: string;
  readonly severity: RuleSeverity;
}

/** Builds a definition problem; `severity` defaults to `error`. */
export function formProblem(
  code: FormProblemCode,
  path: string,
  message: string,
  severity: RuleSeverity = 'error',
): FormProblem {
  return { code, path, message, severity };
}

/** True when at least one problem is an error. */
export function hasFormErrors(problems: readonly FormProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Escapes one JSON Pointer reference token. */
function token(part: string | number): string {
  return String(part).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends reference tokens to a JSON Pointer. */
export function pointer(path: string, ...parts: readonly (string | number)[]): string {
  return parts.reduce<string>((acc, part) => `${acc}/${token(part)}`, path);
}
