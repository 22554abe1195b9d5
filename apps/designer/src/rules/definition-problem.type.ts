/** A problem of `validateDefinition` (or of the rules library's checks): `path` is a JSON Pointer into the content. */
export interface DefinitionProblem {
  code: string;
  path: string;
  message: string;
  severity: string;
}

/** The problems at a JSON Pointer or below it (`/rules/3` holds `/rules/3/then/team`). */
export function problemsAt(problems: readonly DefinitionProblem[], pointer: string): DefinitionProblem[] {
  return problems.filter((problem) => problem.path === pointer || problem.path.startsWith(`${pointer}/`));
}

/** The antd status of a control with these problems. */
export function statusOf(problems: readonly DefinitionProblem[]): 'error' | 'warning' | undefined {
  if (problems.some((problem) => problem.severity === 'error')) return 'error';
  return problems.length > 0 ? 'warning' : undefined;
}
