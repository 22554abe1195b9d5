import { spendIterations, type CompiledNode } from '../../evaluation/evaluation-context';
import { isTruthy } from '../../evaluation/truthy.util';
import { arrayOf, unionType, type StaticType } from '../../checking/static-type';
import { ANY_KIND, argAt } from '../compile-helpers';
import type { CompileInput, OperationDefinition } from '../operation.type';

type Visit = (items: unknown[], logic: CompiledNode, ctx: Parameters<CompiledNode>[1]) => unknown;

/** An operation that evaluates its second argument once per element of its first (json-logic-js's scoped ops). */
function scopedCompile(whenNotArray: () => unknown, visit: Visit): (input: CompileInput) => CompiledNode {
  return (input) => {
    const source = argAt(input, 0);
    const logic = argAt(input, 1);
    return (data, ctx) => {
      const items = source(data, ctx);
      if (!Array.isArray(items)) return whenNotArray();
      spendIterations(ctx, items.length, input.path);
      return visit(items, logic, ctx);
    };
  };
}

/** Index loop, as json-logic-js does (holes are visited as `undefined`); stops at the first `stopAt` truthiness. */
function firstWith(items: unknown[], logic: CompiledNode, ctx: Parameters<CompiledNode>[1], stopAt: boolean): boolean {
  for (let i = 0; i < items.length; i += 1) {
    if (isTruthy(logic(items[i], ctx)) === stopAt) return true;
  }
  return false;
}

function compileReduce(input: CompileInput): CompiledNode {
  const source = argAt(input, 0);
  const logic = argAt(input, 1);
  const initialNode = input.raw.length > 2 ? argAt(input, 2) : undefined;
  return (data, ctx) => {
    const items = source(data, ctx);
    const initial = initialNode ? initialNode(data, ctx) : null;
    if (!Array.isArray(items)) return initial;
    spendIterations(ctx, items.length, input.path);
    return (items as unknown[]).reduce<unknown>(
      (accumulator, current) => logic({ current, accumulator }, ctx),
      initial,
    );
  };
}

const scopedArray = { array: 0, logic: 1, element: 'item' } as const;
const sameArray = (args: readonly StaticType[]): StaticType => args[0] ?? arrayOf({ kind: 'any' });

/** `map`, `filter`, `reduce`, `all`, `some`, `none`: bounded by `maxArrayLength` and `maxIterations`. */
export const arrayOperations: readonly OperationDefinition[] = [
  {
    name: 'map',
    family: 'array',
    summary: 'Applies the logic to each element (the element is the data inside); not an array gives `[]`.',
    arity: { min: 2, max: 2 },
    signature: { params: [['array'], ANY_KIND], result: (args) => arrayOf(args[1] ?? { kind: 'any' }) },
    scoped: scopedArray,
    examples: [
      {
        description: 'material names',
        rule: { map: [{ var: 'materials' }, { var: 'name' }] },
        data: { materials: [{ name: '角阀' }, { name: '软管' }] },
        result: ['角阀', '软管'],
      },
    ],
    compile: scopedCompile(
      () => [],
      (items, logic, ctx) => items.map((item) => logic(item, ctx)),
    ),
  },
  {
    name: 'filter',
    family: 'array',
    summary: 'The elements for which the logic is truthy.',
    arity: { min: 2, max: 2 },
    signature: { params: [['array'], ANY_KIND], result: sameArray },
    scoped: scopedArray,
    examples: [
      {
        description: 'materials charged to the owner',
        rule: { filter: [{ var: 'materials' }, { var: 'charged' }] },
        data: {
          materials: [
            { name: '角阀', charged: true },
            { name: '生料带', charged: false },
          ],
        },
        result: [{ name: '角阀', charged: true }],
      },
    ],
    compile: scopedCompile(
      () => [],
      (items, logic, ctx) => items.filter((item) => isTruthy(logic(item, ctx))),
    ),
  },
  {
    name: 'reduce',
    family: 'array',
    summary:
      '`[array, logic, initial]`: folds the array; inside, `current` is the element and `accumulator` the running value.',
    arity: { min: 2, max: 3 },
    signature: {
      params: [['array'], ANY_KIND, ANY_KIND],
      result: (args) => unionType([args[1] ?? { kind: 'any' }, args[2] ?? { kind: 'null' }]),
    },
    scoped: { array: 0, logic: 1, element: 'reduce' },
    examples: [
      {
        description: 'total minutes of all visits',
        rule: { reduce: [{ var: 'visits' }, { '+': [{ var: 'current.minutes' }, { var: 'accumulator' }] }, 0] },
        data: { visits: [{ minutes: 30 }, { minutes: 45 }] },
        result: 75,
      },
    ],
    compile: compileReduce,
  },
  {
    name: 'all',
    family: 'array',
    summary: 'True when the array is not empty and the logic is truthy for every element.',
    arity: { min: 2, max: 2 },
    signature: { params: [['array'], ANY_KIND], result: 'boolean' },
    scoped: scopedArray,
    examples: [
      {
        description: 'every photo is geotagged',
        rule: { all: [{ var: 'photos' }, { var: 'geo' }] },
        data: { photos: [{ geo: true }, { geo: true }] },
        result: true,
      },
    ],
    compile: scopedCompile(
      () => false,
      (items, logic, ctx) => items.length > 0 && !firstWith(items, logic, ctx, false),
    ),
  },
  {
    name: 'some',
    family: 'array',
    summary: 'True when the logic is truthy for at least one element.',
    arity: { min: 2, max: 2 },
    signature: { params: [['array'], ANY_KIND], result: 'boolean' },
    scoped: scopedArray,
    examples: [
      {
        description: 'a material is out of stock',
        rule: { some: [{ var: 'materials' }, { '<=': [{ var: 'stock' }, 0] }] },
        data: { materials: [{ stock: 3 }, { stock: 0 }] },
        result: true,
      },
    ],
    compile: scopedCompile(
      () => false,
      (items, logic, ctx) => firstWith(items, logic, ctx, true),
    ),
  },
  {
    name: 'none',
    family: 'array',
    summary: 'True when the logic is truthy for no element (an empty or absent array included).',
    arity: { min: 2, max: 2 },
    signature: { params: [['array'], ANY_KIND], result: 'boolean' },
    scoped: scopedArray,
    examples: [
      {
        description: 'no visit was refused',
        rule: { none: [{ var: 'visits' }, { var: 'refused' }] },
        data: { visits: [{ refused: false }] },
        result: true,
      },
    ],
    compile: scopedCompile(
      () => true,
      (items, logic, ctx) => !firstWith(items, logic, ctx, true),
    ),
  },
];
