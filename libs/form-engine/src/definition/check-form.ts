import type { FormDefinition } from '../model/form-definition.type';
import { buildPlan } from '../plan/build-plan';
import type { FormPlan } from '../plan/form-plan.type';
import { hasFormErrors, type FormProblem } from '../problems/form-problem.type';
import { checkFormMeaning, type CheckFormOptions } from './check-form-meaning';
import { checkFormRules } from './check-form-rules';
import { checkFormShape } from './check-form-shape';

/** A checked form: its problems, and its plan when it has no errors. */
export interface CompiledForm {
  readonly problems: readonly FormProblem[];
  readonly plan: FormPlan | undefined;
}

function comparePaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i += 1) {
    const x = as[i] ?? '';
    const y = bs[i] ?? '';
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    return Number.isNaN(nx) || Number.isNaN(ny) ? (x < y ? -1 : 1) : nx - ny;
  }
  return as.length - bs.length;
}

function compile(form: unknown, options: CheckFormOptions): CompiledForm {
  const shape = checkFormShape(form);
  if (hasFormErrors(shape.problems))
    return { problems: shape.problems.sort((a, b) => comparePaths(a.path, b.path)), plan: undefined };
  const definition = form as FormDefinition;
  const plan = buildPlan(definition, shape.fields);
  const problems = [
    ...shape.problems,
    ...checkFormMeaning(definition, shape.fields, plan, options),
    ...checkFormRules(plan),
  ];
  problems.sort((a, b) => comparePaths(a.path, b.path));
  return { problems, plan: hasFormErrors(problems) ? undefined : plan };
}

const cache = new WeakMap<object, CompiledForm>();

/** Checks a form once and caches the result by object identity (forms are immutable versions). */
export function compileForm(form: unknown): CompiledForm {
  if (typeof form !== 'object' || form === null) return compile(form, {});
  let compiled = cache.get(form);
  if (compiled === undefined) {
    compiled = compile(form, {});
    cache.set(form, compiled);
  }
  return compiled;
}

/**
 * Checks a form definition without running it, and never throws. Problems are sorted by their JSON Pointer:
 *
 * - shape (what form.schema.json says too): unknown or mistyped properties, unknown field types, fields where
 *   they may not be (a section in a sub-form), invalid keys; when the shape is wrong, nothing else is checked;
 * - duplicate keys; options (missing, both, duplicate values, unknown dictionary); bounds; regular expressions
 *   (invalid, or at risk of catastrophic backtracking); serial patterns; literal defaults; aggregates; process
 *   variables; spans wider than the grid (warning);
 * - every rule, with `checkRule` against the form's variables (unknown fields are `UNDECLARED_VARIABLE`);
 * - cycles between values (`computed`, `default`, `visibleIf`, `readOnlyIf` reading each other).
 *
 * @example
 * ```ts
 * checkForm({ key: 'x', title: '报修', fields: [{ key: 'a', type: 'text', label: 'A', computed: { var: 'b' } }] });
 * // [{ code: 'UNDECLARED_VARIABLE', path: '/fields/0/computed/var', … }]
 * ```
 */
export function checkForm(form: unknown, options: CheckFormOptions = {}): FormProblem[] {
  return [...(options.dictionaries === undefined ? compileForm(form) : compile(form, options)).problems];
}
