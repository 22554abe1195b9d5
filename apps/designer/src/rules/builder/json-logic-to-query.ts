import type { RuleGroupType, RuleType } from 'react-querybuilder';
import type { JsonLogicRule, RuleField } from '../rule-builder.types';
import { queryToJsonLogic } from './query-to-json-logic';
import { fitsList, fitsPair, fitsType } from './rule-value';
import { sameJson } from './same-json';

type Node = RuleType | RuleGroupType;

const COMPARISONS: Readonly<Record<string, string>> = {
  '==': '=',
  '!=': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

/** The single operation of a JSONLogic object and its arguments (a lone argument as a list of one). */
function operation(node: unknown): [string, unknown[]] | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1) return undefined;
  const name = keys[0] as string;
  const args = (node as Record<string, unknown>)[name];
  return [name, Array.isArray(args) ? args : [args]];
}

/** The field a `{"var": "name"}` reads, when the builder offers it. */
function fieldOf(node: unknown, fields: readonly RuleField[]): RuleField | undefined {
  const op = operation(node);
  if (!op || op[0] !== 'var' || op[1].length !== 1 || typeof op[1][0] !== 'string') return undefined;
  return fields.find((field) => field.name === op[1][0]);
}

const condition = (field: RuleField, operator: string, value: unknown): RuleType => ({
  field: field.name,
  operator,
  value,
});

function parseComparison(name: string, args: unknown[], fields: readonly RuleField[]): RuleType | undefined {
  const operator = COMPARISONS[name];
  if (!operator) return undefined;
  if (name === '<=' && args.length === 3) {
    const field = fieldOf(args[1], fields);
    const bounds = [args[0], args[2]];
    return field && fitsPair(bounds, field.type) ? condition(field, 'between', bounds) : undefined;
  }
  const field = fieldOf(args[0], fields);
  if (!field || args.length !== 2) return undefined;
  if (args[1] === null && (name === '==' || name === '!='))
    return condition(field, name === '==' ? 'null' : 'notNull', '');
  return fitsType(args[1], field.type) ? condition(field, operator, args[1]) : undefined;
}

/** `{"in": [{"var": f}, [..]]}` is one of; `{"in": ["text", {"var": f}]}` contains. */
function parseIn(args: unknown[], fields: readonly RuleField[], negated: boolean): RuleType | undefined {
  if (args.length !== 2) return undefined;
  const listField = fieldOf(args[0], fields);
  if (listField && fitsList(args[1], listField.type)) return condition(listField, negated ? 'notIn' : 'in', args[1]);
  const textField = fieldOf(args[1], fields);
  if (textField && typeof args[0] === 'string' && args[0] !== '')
    return condition(textField, negated ? 'doesNotContain' : 'contains', args[0]);
  return undefined;
}

function parseGroup(combinator: string, args: unknown[], fields: readonly RuleField[], not: boolean) {
  const rules = args.map((arg) => parseNode(arg, fields));
  if (rules.length === 0 || rules.some((rule) => rule === undefined)) return undefined;
  return { combinator, not, rules: rules as Node[] } satisfies RuleGroupType;
}

function parseNot(args: unknown[], fields: readonly RuleField[]): Node | undefined {
  const inner = args.length === 1 ? operation(args[0]) : undefined;
  if (!inner) return undefined;
  const [name, innerArgs] = inner;
  if (name === 'and' || name === 'or') return parseGroup(name, innerArgs, fields, true);
  if (name === 'in') return parseIn(innerArgs, fields, true);
  return undefined;
}

function parseNode(node: unknown, fields: readonly RuleField[]): Node | undefined {
  const op = operation(node);
  if (!op) return undefined;
  const [name, args] = op;
  if (name === 'and' || name === 'or') return parseGroup(name, args, fields, false);
  if (name === '!') return parseNot(args, fields);
  if (name === 'in') return parseIn(args, fields, false);
  return parseComparison(name, args, fields);
}

function asRoot(node: Node): RuleGroupType {
  return 'rules' in node ? node : { combinator: 'and', not: false, rules: [node] };
}

/**
 * The rule as a query of the visual builder, or `undefined` when the builder cannot show it exactly: an operation
 * it does not offer, a field it does not know, a value of another type, or any form it would write differently.
 * The round trip decides: only a rule that `queryToJsonLogic` gives back unchanged is shown visually, so opening
 * a rule in the builder never changes it.
 */
export function jsonLogicToQuery(
  rule: JsonLogicRule | undefined,
  fields: readonly RuleField[],
): RuleGroupType | undefined {
  if (rule === undefined) return { combinator: 'and', not: false, rules: [] };
  const node = parseNode(rule, fields);
  if (!node) return undefined;
  const query = asRoot(node);
  return sameJson(queryToJsonLogic(query, fields), rule) ? query : undefined;
}
