import type { JsonLogicRule, RuleValueType, RuleVariable } from '@anxin/rules';

/** Variables only some rules see: the multi-instance counters and item, a service task's `result`. */
export interface RuleLocals {
  readonly typed: readonly RuleVariable[];
  /** Variables of unknown type: any use is accepted. */
  readonly untyped: readonly string[];
}

/** One JSONLogic rule of the model, where it is and what it must yield. */
export interface RuleUse {
  readonly elementId: string;
  /** Where in the element (`conditionExpression`, `anxin:input/0`); the rule's JSON Pointer is appended. */
  readonly path: string;
  readonly rule: JsonLogicRule;
  readonly expect?: RuleValueType;
  readonly locals: RuleLocals;
}

export const NO_LOCALS: RuleLocals = { typed: [], untyped: [] };
