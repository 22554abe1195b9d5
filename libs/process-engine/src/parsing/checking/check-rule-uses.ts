import { checkRule, type RuleProblem, type RuleVariable } from '@anxin/rules';
import type { ModelProblem } from '../../model/model-problem.type';
import { modelProblem } from '../model-problem.util';
import { readPointer } from './json-pointer.util';
import type { ProcessRuleScope } from './process-rule-scope';
import type { RuleUse } from './rule-use.type';

/** True for an `UNDECLARED_VARIABLE` whose `var` path starts at a variable of unknown type (any use is fine). */
function readsUntyped(problem: RuleProblem, context: { rule: unknown; untyped: ReadonlySet<string> }): boolean {
  if (problem.code !== 'UNDECLARED_VARIABLE') return false;
  const path = readPointer(context.rule, problem.path);
  const root = typeof path === 'string' || typeof path === 'number' ? String(path).split('.')[0] : undefined;
  return root !== undefined && context.untyped.has(root);
}

function variablesOf(use: RuleUse, scope: ProcessRuleScope): { typed: RuleVariable[]; untyped: Set<string> } {
  const local = new Set([...use.locals.typed.map((v) => v.name), ...use.locals.untyped]);
  const typed = [...use.locals.typed, ...scope.typed.filter((v) => !local.has(v.name))];
  const typedNames = new Set(typed.map((v) => v.name));
  const untyped = new Set([...use.locals.untyped, ...scope.untyped].filter((name) => !typedNames.has(name)));
  return { typed, untyped };
}

function checkUse(use: RuleUse, scope: ProcessRuleScope): ModelProblem[] {
  const { typed, untyped } = variablesOf(use, scope);
  const options = use.expect === undefined ? {} : { expect: use.expect };
  return checkRule(use.rule, { variables: typed }, options)
    .filter((problem) => !readsUntyped(problem, { rule: use.rule, untyped }))
    .map((problem) =>
      modelProblem({
        code: 'rule.invalid',
        elementId: use.elementId,
        path: `${use.path}${problem.path}`,
        message: `${problem.code}: ${problem.message}`,
        severity: problem.severity,
      }),
    );
}

/**
 * Checks every rule with `checkRule` from @anxin/rules against the variables it can see; each rule problem becomes
 * a `rule.invalid` with the rule problem's code in the message and its JSON Pointer appended to the path.
 */
export function checkRuleUses(uses: readonly RuleUse[], scope: ProcessRuleScope): ModelProblem[] {
  return uses.flatMap((use) => checkUse(use, scope));
}
