import { evaluate } from '../evaluation/evaluate';
import { prefixProblems, problem, type RuleProblem } from '../problems/rule-problem.type';
import type { JsonLogicRule } from '../json/json-value.type';
import type { AssignmentRequest } from './assignment.type';

/** A list of names from the step (literal) or from a rule over the request's context. */
export function resolveNames(
  literal: readonly string[] | undefined,
  rule: JsonLogicRule | undefined,
  request: AssignmentRequest,
  path: string,
): { readonly ok: true; readonly names: readonly string[] } | { readonly ok: false; readonly problems: RuleProblem[] } {
  if (rule === undefined) return { ok: true, names: literal ?? [] };
  const result = evaluate(rule, request.context ?? null, request.env);
  if (!result.ok) return { ok: false, problems: prefixProblems(path, result.problems) };
  const { value } = result;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { ok: true, names: value };
  if (typeof value === 'string') return { ok: true, names: [value] };
  return {
    ok: false,
    problems: [
      problem(
        'ASSIGNMENT_RULE_RESULT',
        path,
        `The rule must yield a list of names; it yielded ${JSON.stringify(value)}.`,
      ),
    ],
  };
}
