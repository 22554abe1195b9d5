import { compiledEntry, entryProblems } from '../evaluation/rule-compiler';
import { isOperationNode, operationArguments } from '../evaluation/compile-node';
import { resolveLimits, type RuleLimits } from '../evaluation/rule-limits';
import { findOperation } from '../operations/operation-registry';
import type { OperationDefinition } from '../operations/operation.type';
import { childPath, problem, type RuleProblem } from '../problems/rule-problem.type';
import { checkArgumentTypes, checkArity, resultType, unknownOperationMessage } from './check-operation';
import type { RuleScope, RuleValueType } from './rule-scope.type';
import { objectOf, scopeType } from './scope-type';
import { resolveVariable } from './resolve-variable';
import { acceptsType, ANY_TYPE, arrayOf, describeType, literalType, unionType, type StaticType } from './static-type';

/** What the rule is used for. */
export interface CheckRuleOptions {
  /** The type the rule must produce: `boolean` for conditions (visibility, gateways, filters). */
  readonly expect?: RuleValueType;
  readonly limits?: Partial<RuleLimits>;
}

type Walk = (node: unknown, path: string, data: StaticType) => StaticType;

function checkVar(
  raw: readonly unknown[],
  paths: readonly string[],
  data: StaticType,
  found: RuleProblem[],
  walk: Walk,
): StaticType {
  const [path, fallback] = raw;
  raw.slice(1).forEach((arg, i) => walk(arg, paths[i + 1] ?? '', data));
  if (typeof path === 'object' && path !== null) {
    walk(path, paths[0] ?? '', data);
    found.push(problem('DYNAMIC_VARIABLE_PATH', paths[0] ?? '', 'Computed variable paths cannot be checked.', 'info'));
    return ANY_TYPE;
  }
  const resolved = resolveVariable(path, data, paths[0] ?? '');
  found.push(...resolved.problems);
  return fallback === undefined ? resolved.type : unionType([resolved.type, literalType(fallback)]);
}

function checkMissingKeys(
  raw: readonly unknown[],
  paths: readonly string[],
  data: StaticType,
  found: RuleProblem[],
): void {
  raw.forEach((key, i) => {
    const at = paths[i] ?? '';
    if (Array.isArray(key))
      key.forEach(
        (k, j) => typeof k === 'string' && found.push(...resolveVariable(k, data, childPath(at, j)).problems),
      );
    else if (typeof key === 'string') found.push(...resolveVariable(key, data, at).problems);
  });
}

function elementData(def: OperationDefinition, arrayType: StaticType): StaticType {
  const item = arrayType.kind === 'array' ? arrayType.items : ANY_TYPE;
  if (def.scoped?.element !== 'reduce') return item;
  return objectOf(
    new Map([
      ['current', item],
      ['accumulator', ANY_TYPE],
    ]),
  );
}

function checkArguments(
  def: OperationDefinition,
  raw: readonly unknown[],
  paths: readonly string[],
  data: StaticType,
  found: RuleProblem[],
  walk: Walk,
): StaticType[] {
  const scoped = def.scoped;
  const types: StaticType[] = [];
  raw.forEach((arg, i) => {
    const at = paths[i] ?? '';
    if (scoped === undefined || i !== scoped.logic) {
      types[i] = walk(arg, at, data);
      return;
    }
    const inner = elementData(def, types[scoped.array] ?? ANY_TYPE);
    if (scoped.stringIsPath && typeof arg === 'string') {
      const resolved = resolveVariable(arg, inner, at);
      found.push(...resolved.problems);
      types[i] = resolved.type;
    } else types[i] = walk(arg, at, inner);
  });
  return types;
}

function checkOperation(
  node: Record<string, unknown>,
  path: string,
  data: StaticType,
  found: RuleProblem[],
  walk: Walk,
): StaticType {
  const { op, raw, paths } = operationArguments(node, path);
  const def = findOperation(op);
  if (def === undefined) {
    found.push(problem('UNKNOWN_OPERATION', path, unknownOperationMessage(op)));
    raw.forEach((arg, i) => walk(arg, paths[i] ?? path, data));
    return ANY_TYPE;
  }
  found.push(...checkArity(def, raw.length, path));
  if (def.name === 'var') return checkVar(raw, paths, data, found, walk);
  if (def.name === 'missing') checkMissingKeys(raw, paths, data, found);
  if (def.name === 'missing_some') checkMissingKeys(raw.slice(1), paths.slice(1), data, found);
  const types = checkArguments(def, raw, paths, data, found, walk);
  found.push(...checkArgumentTypes(def, types, paths), ...(def.checkLiterals?.(raw, paths) ?? []));
  return resultType(def, types);
}

function checkResult(type: StaticType, expect: RuleValueType | undefined): RuleProblem[] {
  if (expect === undefined || acceptsType([expect], type)) return [];
  if (expect === 'boolean') {
    return [
      problem(
        'NON_BOOLEAN_CONDITION',
        '',
        `A condition must be true or false; this rule yields ${describeType(type)}.`,
      ),
    ];
  }
  return [problem('RESULT_TYPE', '', `The rule must yield ${expect}; it yields ${describeType(type)}.`)];
}

/**
 * Checks a rule without running it: limits, the allow-list, arity, argument types where they are known, `var`
 * paths against the scope (sub-form rows included), forbidden path segments, literal dates, units and durations,
 * and the result type when `options.expect` says what it must be. Never throws.
 *
 * @example
 * ```ts
 * checkRule({ '>': [{ var: 'fee' }, 200] }, { variables: [{ name: 'fee', type: 'number' }] }, { expect: 'boolean' }); // []
 * ```
 */
export function checkRule(rule: unknown, scope?: RuleScope, options: CheckRuleOptions = {}): RuleProblem[] {
  const limited = entryProblems(compiledEntry(rule), resolveLimits(options.limits));
  if (limited.some((p) => p.code !== 'UNKNOWN_OPERATION')) return limited;
  const found: RuleProblem[] = [];
  const walk: Walk = (node, path, data) => {
    if (Array.isArray(node)) return arrayOf(unionType(node.map((item, i) => walk(item, childPath(path, i), data))));
    if (!isOperationNode(node)) return literalType(node);
    return checkOperation(node, path, data, found, walk);
  };
  const type = walk(rule, '', scopeType(scope));
  return [...found, ...checkResult(type, options.expect)];
}
