/** Types a definition can declare for the variables it offers to rules. `date` is an ISO 8601 string. */
export type RuleValueType = 'string' | 'number' | 'boolean' | 'date' | 'array' | 'object';

/** The shape of a value: arrays may say what their rows hold, objects which properties they have. */
export interface RuleValueSchema {
  readonly type: RuleValueType;
  /** For arrays: the type of each element (a sub-form row). Absent: elements are unknown. */
  readonly items?: RuleValueSchema;
  /** For objects: the declared properties. Absent: the object is open and any property may be read. */
  readonly properties?: readonly RuleVariable[];
}

/** One variable a definition offers: a form field, a process variable, a column of a report's rows. */
export interface RuleVariable extends RuleValueSchema {
  /** One path segment (`fee`, `unit`); nest with `properties`. */
  readonly name: string;
  readonly description?: string;
}

/**
 * The variables a rule may read. Forms pass their fields, processes their variables; `checkRule` reports every
 * `var` path outside the scope.
 *
 * @example
 * ```ts
 * const scope: RuleScope = {
 *   variables: [
 *     { name: 'category', type: 'string' },
 *     { name: 'materials', type: 'array', items: { type: 'object', properties: [{ name: 'price', type: 'number' }] } },
 *   ],
 * };
 * ```
 */
export interface RuleScope {
  readonly variables: readonly RuleVariable[];
}
