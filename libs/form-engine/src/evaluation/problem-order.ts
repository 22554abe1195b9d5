import type { FormPlan } from '../plan/form-plan.type';
import { issue } from '../problems/issue.type';
import { toSubmissionProblem } from '../problems/submission-messages';
import type { SubmissionProblem } from '../problems/submission-problem.type';
import { SUBMISSION_SUBJECT } from './subjects';

/**
 * Problems in the order of the form's fields (the submission's own first), then by row within a sub-form (the
 * row's own problems before its cells'); stable otherwise.
 */
export function sortProblems(plan: FormPlan, problems: readonly SubmissionProblem[]): SubmissionProblem[] {
  const rank = new Map(plan.fields.map((f, i) => [f.key, i]));
  const rankOf = (path: string): readonly [number, number] => {
    if (path === '') return [-1, -1];
    const [, key = '', row] = /^([^.[]*)(?:\[(\d+)\])?/.exec(path) ?? [];
    return [rank.get(key) ?? plan.fields.length, row === undefined ? -1 : Number(row)];
  };
  return problems
    .map((problem, i) => ({ problem, i, rank: rankOf(problem.path) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.i - b.i)
    .map(({ problem }) => problem);
}

/** The one problem of any submission to a form with errors: nothing is evaluated against a broken definition. */
export function formInvalid(): SubmissionProblem {
  return toSubmissionProblem(issue('FORM_INVALID'), '', SUBMISSION_SUBJECT);
}
