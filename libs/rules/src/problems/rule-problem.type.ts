import type { RuleProblemCode } from './problem-code.type';

/** `error` makes a definition unusable (or an evaluation fail); `warning` and `info` only inform the author. */
export type RuleSeverity = 'error' | 'warning' | 'info';

/**
 * One finding about a rule, table, strategy or calendar. `path` is a JSON Pointer (RFC 6901) into the checked
 * document (`""` is the whole document, `/and/1/var` the `var` of the second `and` argument).
 */
export interface RuleProblem {
  readonly code: RuleProblemCode;
  readonly path: string;
  readonly message: string;
  readonly severity: RuleSeverity;
}

/** Builds a problem; `severity` defaults to `error`. */
export function problem(
  code: RuleProblemCode,
  path: string,
  message: string,
  severity: RuleSeverity = 'error',
): RuleProblem {
  return { code, path, message, severity };
}

/** True when at least one problem is an error. */
export function hasErrors(problems: readonly RuleProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Escapes one JSON Pointer reference token (`~` → `~0`, `/` → `~1`). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends reference tokens to a JSON Pointer. */
export function childPath(path: string, ...tokens: readonly (string | number)[]): string {
  return tokens.reduce<string>((acc, token) => `${acc}/${pointerToken(token)}`, path);
}

/** Re-roots problems found in a nested document (a table input expression, a strategy rule) under `prefix`. */
export function prefixProblems(prefix: string, problems: readonly RuleProblem[]): RuleProblem[] {
  return problems.map((p) => ({ ...p, path: `${prefix}${p.path}` }));
}
