import type { ReportProblem, ReportProblemCode } from '../model/report-problem.type';

/** Builds a problem; `severity` defaults to `error`. */
export function reportProblem(
  code: ReportProblemCode,
  path: string,
  message: string,
  severity: ReportProblem['severity'] = 'error',
): ReportProblem {
  return { code, path, message, severity };
}

/** Appends reference tokens to a JSON Pointer (`~` → `~0`, `/` → `~1`). */
export function pointer(path: string, ...tokens: readonly (string | number)[]): string {
  return tokens.reduce<string>((acc, t) => `${acc}/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`, path);
}

/** True when at least one problem is an error. */
export function hasReportErrors(problems: readonly ReportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
