import type { RuleGroupType, RuleType } from 'react-querybuilder';
import type { JsonLogicRule, RuleField } from '../rule-builder.types';
import { fitsList, fitsPair, fitsType } from './rule-value';

type Logic = Record<string, unknown>;

export function isGroup(item: RuleType | RuleGroupType | string): item is RuleGroupType {
  return typeof item === 'object' && 'rules' in item;
}

/**
 * One condition as JSONLogic of `@anxin/rules`, the field read with `{"var": name}` on the left; `undefined` while
 * the condition is unfinished (no field, or a value that does not fit the field's type), so it never reaches a
 * definition half-typed.
 */
export function conditionToLogic(rule: RuleType, fields: readonly RuleField[]): Logic | undefined {
  const field = fields.find((candidate) => candidate.name === rule.field);
  if (!field) return undefined;
  const variable = { var: field.name };
  const value: unknown = rule.value;
  switch (rule.operator) {
    case 'null':
      return { '==': [variable, null] };
    case 'notNull':
      return { '!=': [variable, null] };
    case '=':
      return fitsType(value, field.type) ? { '==': [variable, value] } : undefined;
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return fitsType(value, field.type) ? { [rule.operator]: [variable, value] } : undefined;
    case 'between':
      return fitsPair(value, field.type) ? { '<=': [value[0], variable, value[1]] } : undefined;
    case 'in':
      return fitsList(value, field.type) ? { in: [variable, value] } : undefined;
    case 'notIn':
      return fitsList(value, field.type) ? { '!': { in: [variable, value] } } : undefined;
    // Contains: a substring of a text, an element of a multi-select's list (JSONLogic `in` does both).
    case 'contains':
      return typeof value === 'string' && value !== '' ? { in: [value, variable] } : undefined;
    case 'doesNotContain':
      return typeof value === 'string' && value !== '' ? { '!': { in: [value, variable] } } : undefined;
    default:
      return undefined;
  }
}

type Part = { logic: Logic; fromGroup: boolean };

function groupParts(group: RuleGroupType, fields: readonly RuleField[]): Part[] {
  return group.rules.flatMap((item) => {
    if (typeof item === 'string') return [];
    const logic = isGroup(item) ? groupToLogic(item, fields) : conditionToLogic(item, fields);
    return logic ? [{ logic, fromGroup: isGroup(item) }] : [];
  });
}

function groupToLogic(group: RuleGroupType, fields: readonly RuleField[]): Logic | undefined {
  const parts = groupParts(group, fields).map((part) => part.logic);
  if (parts.length === 0) return undefined;
  const combined = { [group.combinator === 'or' ? 'or' : 'and']: parts };
  return group.not ? { '!': combined } : combined;
}

/**
 * The query of the visual builder as JSONLogic. The top group with a single condition is that condition alone
 * (`{">": [{"var": "fee"}, 500]}`, as definitions write it); an empty builder is no rule (`undefined`).
 */
export function queryToJsonLogic(query: RuleGroupType, fields: readonly RuleField[]): JsonLogicRule | undefined {
  const parts = groupParts(query, fields);
  const [only] = parts;
  if (only && parts.length === 1 && !query.not && !only.fromGroup) return only.logic;
  return groupToLogic(query, fields);
}
