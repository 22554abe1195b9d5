import { toJsonValue } from '../json/to-json-value.util';
import { RuleFault } from '../problems/rule-fault.error';
import { problem } from '../problems/rule-problem.type';
import { createContext, type CompiledNode } from './evaluation-context';
import { compiledEntry, entryProblems, isRunnable } from './rule-compiler';
import type { RuleEnv } from './rule-env.type';
import { resolveLimits, type RuleLimits } from './rule-limits';
import type { RuleResult } from './rule-result.type';
import { isTruthy } from './truthy.util';

const NO_ENV: RuleEnv = {};

/** Runs compiled closures, turning faults and JavaScript coercion failures into problems. */
function run(node: CompiledNode, data: unknown, env: RuleEnv, limits: RuleLimits): RuleResult {
  try {
    return { ok: true, value: toJsonValue(node(data, createContext(env, limits)), limits.maxResultDepth) };
  } catch (error) {
    if (error instanceof RuleFault) return { ok: false, problems: [error.problem] };
    // e.g. a data object whose own "toString" is not a function, met by `cat`; json-logic-js throws the same.
    if (error instanceof TypeError || error instanceof RangeError) {
      return { ok: false, problems: [problem('EVALUATION_FAILED', '', `Evaluation failed: ${error.message}`)] };
    }
    throw error;
  }
}

/**
 * Evaluates a JSONLogic rule of the Anxin dialect against `data`.
 *
 * Standard operators behave exactly like json-logic-js 2.0.5, except that `var` reads only own data properties of
 * plain objects and arrays, and operations outside the allow-list are refused before anything runs. The result is
 * always a fresh JSON value (`undefined`, `NaN` and `Infinity` become `null`). Rules are compiled once and cached
 * by object identity: treat rule objects as immutable.
 *
 * @example
 * ```ts
 * evaluate({ '>': [{ var: 'fee' }, 200] }, { fee: 350 }); // { ok: true, value: true }
 * evaluate({ log: 'x' }, {}); // { ok: false, problems: [{ code: 'UNKNOWN_OPERATION', path: '', … }] }
 * ```
 */
export function evaluate(rule: unknown, data: unknown, env: RuleEnv = NO_ENV): RuleResult {
  const limits = resolveLimits(env.limits);
  const entry = compiledEntry(rule);
  if (!isRunnable(entry, limits)) return { ok: false, problems: entryProblems(entry, limits) };
  return run(entry.node, data, env, limits);
}

/**
 * Evaluates a condition (visibility, gateway, completion, filter): the rule's result by JSONLogic truthiness.
 *
 * @example evaluateCondition({ var: 'urgent' }, { urgent: 1 }); // { ok: true, value: true }
 */
export function evaluateCondition(rule: unknown, data: unknown, env: RuleEnv = NO_ENV): RuleResult<boolean> {
  const result = evaluate(rule, data, env);
  return result.ok ? { ok: true, value: isTruthy(result.value) } : result;
}

/** A rule compiled ahead of time, for hot loops (report filters over many rows). */
export interface CompiledRule {
  readonly evaluate: (data: unknown, env?: RuleEnv) => RuleResult;
}

/** Compiles a rule once (checking limits and the allow-list) and returns its evaluator, or the problems. */
export function compileRule(rule: unknown, limits?: Partial<RuleLimits>): RuleResult<CompiledRule> {
  const resolved = resolveLimits(limits);
  const entry = compiledEntry(rule);
  if (!isRunnable(entry, resolved)) return { ok: false, problems: entryProblems(entry, resolved) };
  const { node } = entry;
  const evaluateCompiled = (data: unknown, env: RuleEnv = NO_ENV): RuleResult =>
    run(node, data, env, env.limits === undefined ? resolved : resolveLimits({ ...limits, ...env.limits }));
  return { ok: true, value: { evaluate: evaluateCompiled } };
}
