import type { JsonValue } from '../json/json-value.type';
import type { RuleProblem } from '../problems/rule-problem.type';

/**
 * The outcome of an evaluation. Rule problems (unknown operation, limits, missing clock) are values, never
 * exceptions: `evaluate` only throws for a bug in this library.
 */
export type RuleResult<T = JsonValue> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly RuleProblem[] };
