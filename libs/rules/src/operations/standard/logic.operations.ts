import type { CompiledNode } from '../../evaluation/evaluation-context';
import { isTruthy } from '../../evaluation/truthy.util';
import { unionType } from '../../checking/static-type';
import { ANY_KIND, argAt, unary } from '../compile-helpers';
import type { CompileInput, OperationDefinition } from '../operation.type';

/** `if` / `?:`: pairs of condition and value, an optional else; `null` when nothing matches. */
function compileIf(input: CompileInput): CompiledNode {
  const { args } = input;
  if (args.length === 3) {
    const [test, then, otherwise] = [argAt(input, 0), argAt(input, 1), argAt(input, 2)];
    return (data, ctx) => (isTruthy(test(data, ctx)) ? then(data, ctx) : otherwise(data, ctx));
  }
  return (data, ctx) => {
    let i = 0;
    for (; i < args.length - 1; i += 2) {
      if (isTruthy(argAt(input, i)(data, ctx))) return argAt(input, i + 1)(data, ctx);
    }
    return args.length === i + 1 ? argAt(input, i)(data, ctx) : null;
  };
}

/** `and` returns the first falsy argument or the last; `or` the first truthy or the last. */
function compileJunction(stopWhen: boolean): (input: CompileInput) => CompiledNode {
  return ({ args }) =>
    (data, ctx) => {
      let current: unknown;
      for (const arg of args) {
        current = arg(data, ctx);
        if (isTruthy(current) === stopWhen) return current;
      }
      return current;
    };
}

const branchTypes: OperationDefinition['signature']['result'] = (args) =>
  unionType(args.filter((_, i) => i % 2 === 1 || i === args.length - 1));

/** `if`, `?:`, `and`, `or`, `!`, `!!`: short-circuiting exactly like json-logic-js. */
export const logicOperations: readonly OperationDefinition[] = [
  {
    name: 'if',
    family: 'logic',
    summary: 'If / else-if / else chain: `[cond1, value1, cond2, value2, …, else]`; `null` when nothing matches.',
    arity: { min: 1, max: null },
    signature: { params: [], rest: ANY_KIND, result: branchTypes },
    examples: [
      {
        description: 'priority from the category',
        rule: {
          if: [{ '==': [{ var: 'category' }, '燃气'] }, 'P1', { '==': [{ var: 'category' }, '漏水'] }, 'P2', 'P3'],
        },
        data: { category: '漏水' },
        result: 'P2',
      },
    ],
    compile: compileIf,
  },
  {
    name: '?:',
    family: 'logic',
    summary: 'Ternary: `[condition, then, else]`, same as a three-argument `if`.',
    arity: { min: 3, max: 3 },
    signature: { params: [ANY_KIND, ANY_KIND, ANY_KIND], result: branchTypes },
    examples: [
      {
        description: 'paid or free repair',
        rule: { '?:': [{ var: 'inWarranty' }, '无偿', '有偿'] },
        data: { inWarranty: false },
        result: '有偿',
      },
    ],
    compile: compileIf,
  },
  {
    name: 'and',
    family: 'logic',
    summary: 'All arguments truthy: returns the first falsy argument, or the last one.',
    arity: { min: 1, max: null },
    signature: { params: [], rest: ANY_KIND, result: (args) => unionType(args) },
    examples: [
      {
        description: 'urgent leak in a private unit',
        rule: { and: [{ '==': [{ var: 'category' }, '漏水'] }, { '==': [{ var: 'area' }, '室内'] }] },
        data: { category: '漏水', area: '室内' },
        result: true,
      },
    ],
    compile: compileJunction(false),
  },
  {
    name: 'or',
    family: 'logic',
    summary: 'Any argument truthy: returns the first truthy argument, or the last one.',
    arity: { min: 1, max: null },
    signature: { params: [], rest: ANY_KIND, result: (args) => unionType(args) },
    examples: [
      {
        description: 'gas or electricity hazard',
        rule: { or: [{ var: 'gasSmell' }, { var: 'sparks' }] },
        data: { gasSmell: false, sparks: true },
        result: true,
      },
    ],
    compile: compileJunction(true),
  },
  {
    name: '!',
    family: 'logic',
    summary: 'Negation by JSONLogic truthiness (an empty array is false).',
    arity: { min: 1, max: 1 },
    signature: { params: [ANY_KIND], result: 'boolean' },
    examples: [
      { description: 'no photo attached', rule: { '!': [{ var: 'photos' }] }, data: { photos: [] }, result: true },
    ],
    compile: unary((a) => !isTruthy(a)),
  },
  {
    name: '!!',
    family: 'logic',
    summary: 'Casts to boolean by JSONLogic truthiness.',
    arity: { min: 1, max: 1 },
    signature: { params: [ANY_KIND], result: 'boolean' },
    examples: [
      {
        description: 'a remark was written',
        rule: { '!!': [{ var: 'remark' }] },
        data: { remark: '请上午来' },
        result: true,
      },
    ],
    compile: unary((a) => isTruthy(a)),
  },
];
