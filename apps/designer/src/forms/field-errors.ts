import { type Locale, type SubmissionProblem } from '@anxin/form-engine';
import type { ServerProblem } from '../api/api-error';

/** Problem paths are data paths: `description`, `materials[2].quantity`, `""` for the whole submission. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/**
 * Codes the browser cannot decide: it has no list of buildings and units (no API query yet), so a value there is
 * checked by the server only.
 */
const SERVER_ONLY: ReadonlySet<string> = new Set(['OPTIONS_UNAVAILABLE']);

/** The problems the browser reports itself (those it cannot decide left to the server). */
export function clientProblems(problems: readonly SubmissionProblem[]): SubmissionProblem[] {
  return problems.filter((problem) => !SERVER_ONLY.has(problem.code));
}

/** Messages per data path, in the UI language (the form engine gives both). */
export function fieldErrors(problems: readonly SubmissionProblem[], locale: Locale): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const problem of clientProblems(problems)) {
    (errors[problem.path] ??= []).push(problem.messages[locale]);
  }
  return errors;
}

/**
 * The server's `VALIDATION_FAILED` problems (`data.<path>`) per data path. The server speaks English; where the
 * browser's own validation found the same code at the same path, its message in the UI language is used.
 */
export function serverFieldErrors(
  server: readonly ServerProblem[],
  local: readonly SubmissionProblem[],
  locale: Locale,
): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const problem of server) {
    const path = problem.path === 'data' ? '' : problem.path.replace(/^data\./, '');
    const same = local.find((candidate) => candidate.path === path && candidate.code === problem.code);
    (errors[path] ??= []).push(same ? same.messages[locale] : problem.message);
  }
  return errors;
}

/** Both sources, the server's first. */
export function mergeErrors(first: FieldErrors, second: FieldErrors): FieldErrors {
  const merged: Record<string, string[]> = {};
  for (const source of [first, second]) {
    for (const [path, messages] of Object.entries(source)) {
      merged[path] = [...new Set([...(merged[path] ?? []), ...messages])];
    }
  }
  return merged;
}
