import { spendIterations, type CompiledNode, type EvaluationContext } from '../../evaluation/evaluation-context';
import { isRootPath, readPath, readRoot, readVar, splitPath } from '../../evaluation/read-path.util';
import { FORBIDDEN_SEGMENTS } from '../../json/plain-object.util';
import { RuleFault } from '../../problems/rule-fault.error';
import { ANY_KIND, eager, isScalar } from '../compile-helpers';
import type { CompileInput, OperationDefinition } from '../operation.type';

/** `var` with a literal path is resolved once, at compile time. */
function compileVar(input: CompileInput): CompiledNode {
  const [path, fallback] = input.raw;
  const literal =
    input.raw.length <= 2 && (path === undefined || isScalar(path)) && (fallback === undefined || isScalar(fallback));
  if (!literal) return eager(([p, f], data) => readVar(data, p, f))(input);
  const notFound = fallback === undefined ? null : fallback;
  if (isRootPath(path)) return (data) => readRoot(data, notFound);
  const segments = splitPath(path);
  if (segments.some((s) => FORBIDDEN_SEGMENTS.has(s))) return () => notFound;
  return (data) => readPath(data, segments, notFound);
}

/** Keys absent from the data or empty (`null` or `""`), as json-logic-js's `missing` computes them. */
function missingKeys(values: readonly unknown[], data: unknown, ctx: EvaluationContext, path: string): unknown[] {
  const keys: readonly unknown[] = Array.isArray(values[0]) ? values[0] : values;
  spendIterations(ctx, keys.length, path);
  const missing: unknown[] = [];
  for (const key of keys) {
    // json-logic-js re-applies each key as `{ "var": key }`; keys are data here, never re-evaluated as logic.
    const [keyPath, fallback]: readonly unknown[] = Array.isArray(key) ? (key as unknown[]) : [key];
    const value = readVar(data, keyPath, fallback);
    if (value === null || value === '') missing.push(key);
  }
  return missing;
}

function missingSome(values: readonly unknown[], data: unknown, ctx: EvaluationContext, path: string): unknown[] {
  const [need, options] = values;
  if (options === null || options === undefined) {
    throw RuleFault.of('EVALUATION_FAILED', path, '"missing_some" needs a list of keys.');
  }
  const missing = missingKeys(Array.isArray(options) ? options : [options], data, ctx, path);
  const available = (options as { length?: number }).length;
  return (available as number) - missing.length >= (need as number) ? [] : missing;
}

/** `var`, `missing`, `missing_some`: the only operations that read the data. */
export const dataOperations: readonly OperationDefinition[] = [
  {
    name: 'var',
    family: 'data',
    summary:
      'Reads the data by a dotted path (`"unit.building"`, `"photos.0"`, `"photos.length"`), with an optional default. Only own data properties of plain objects and arrays are read.',
    arity: { min: 0, max: 2 },
    signature: { params: [['string', 'number', 'null'], ANY_KIND], result: 'any' },
    examples: [
      {
        description: 'the building of the reported unit',
        rule: { var: 'unit.building' },
        data: { unit: { building: '3栋' } },
        result: '3栋',
      },
      { description: 'a default when the field is absent', rule: { var: ['priority', 'P3'] }, data: {}, result: 'P3' },
      { description: 'prototypes are not data', rule: { var: 'unit.constructor' }, data: { unit: {} }, result: null },
    ],
    compile: compileVar,
  },
  {
    name: 'missing',
    family: 'data',
    summary: 'The listed keys whose value is absent, `null` or `""`; an empty list when everything is filled.',
    arity: { min: 1, max: null },
    signature: {
      params: [],
      rest: ['string', 'number', 'array'],
      result: () => ({ kind: 'array', items: { kind: 'string' } }),
    },
    examples: [
      {
        description: 'required contact fields still empty',
        rule: { missing: ['contact.name', 'contact.phone'] },
        data: { contact: { name: '王女士', phone: '' } },
        result: ['contact.phone'],
      },
    ],
    compile: eager(missingKeys),
  },
  {
    name: 'missing_some',
    family: 'data',
    summary: '`[n, keys]`: an empty list when at least `n` of the keys are filled, otherwise the missing ones.',
    arity: { min: 2, max: 2 },
    signature: { params: [['number'], ['array']], result: () => ({ kind: 'array', items: { kind: 'string' } }) },
    examples: [
      {
        description: 'one way to reach the owner is enough',
        rule: { missing_some: [1, ['phone', 'wechat']] },
        data: { phone: null, wechat: 'wx-3-1201' },
        result: [],
      },
    ],
    compile: eager(missingSome),
  },
];
