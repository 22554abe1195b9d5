import type { RuleFieldType } from '../rule-builder.types';

/**
 * The comparisons the visual builder offers, named as react-querybuilder names them. Each one has exactly one
 * JSONLogic form in `query-to-json-logic.ts`, using only operations of `@anxin/rules`.
 */
export type RuleOperator =
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'between'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain'
  | 'null'
  | 'notNull';

const ORDERED = ['<', '<=', '>', '>=', 'between'] as const;
const NULL_TESTS = ['null', 'notNull'] as const;

/** What each field type can be compared with (texts contain, numbers and dates are ordered, lists hold). */
export const OPERATORS_BY_TYPE: Readonly<Record<RuleFieldType, readonly RuleOperator[]>> = {
  text: ['=', '!=', 'contains', 'doesNotContain', 'in', 'notIn', ...NULL_TESTS],
  number: ['=', '!=', ...ORDERED, 'in', 'notIn', ...NULL_TESTS],
  money: ['=', '!=', ...ORDERED, ...NULL_TESTS],
  boolean: ['=', '!=', ...NULL_TESTS],
  date: ['=', '!=', ...ORDERED, ...NULL_TESTS],
  datetime: ['<', '<=', '>', '>=', 'between', ...NULL_TESTS],
  select: ['=', '!=', 'in', 'notIn', ...NULL_TESTS],
  multiselect: ['contains', 'doesNotContain', ...NULL_TESTS],
};

/** Operators whose rule has no value (the null tests). */
export const VALUELESS: ReadonlySet<string> = new Set<RuleOperator>(NULL_TESTS);

/** Operators whose value is a list (`in`) or a pair (`between`). */
export const LIST_VALUED: ReadonlySet<string> = new Set<RuleOperator>(['in', 'notIn']);

export function isRuleOperator(name: string): name is RuleOperator {
  return Object.values(OPERATORS_BY_TYPE).some((operators) => (operators as readonly string[]).includes(name));
}
