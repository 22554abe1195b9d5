import { spendIterations } from '../../evaluation/evaluation-context';
import { arrayOf } from '../../checking/static-type';
import { RuleFault } from '../../problems/rule-fault.error';
import { ANY_KIND, eager } from '../compile-helpers';
import type { OperationDefinition } from '../operation.type';

function inOperation(needle: unknown, haystack: unknown, path: string): boolean {
  if (!haystack) return false;
  if (typeof haystack === 'string') return haystack.indexOf(String(needle)) !== -1;
  if (Array.isArray(haystack)) return haystack.indexOf(needle) !== -1;
  // json-logic-js would call an "indexOf" found on the object; data never gets to run as code here.
  if (typeof haystack === 'object' && Object.hasOwn(haystack, 'indexOf')) {
    throw RuleFault.of('EVALUATION_FAILED', path, '"in" needs a text or a list.');
  }
  return false;
}

/** `merge` and `in`, as in json-logic-js; `merge` is bounded by `maxArrayLength`. */
export const membershipOperations: readonly OperationDefinition[] = [
  {
    name: 'merge',
    family: 'array',
    summary: 'Flattens its arguments one level into a single array.',
    arity: { min: 0, max: null },
    signature: { params: [], rest: ANY_KIND, result: () => arrayOf({ kind: 'any' }) },
    examples: [
      {
        description: 'all photo sets',
        rule: { merge: [{ var: 'before' }, { var: 'after' }] },
        data: { before: ['b1.jpg'], after: ['a1.jpg', 'a2.jpg'] },
        result: ['b1.jpg', 'a1.jpg', 'a2.jpg'],
      },
    ],
    compile: eager((values, _data, ctx, path) => {
      const merged = values.reduce<unknown[]>((acc, value) => acc.concat(value), []);
      spendIterations(ctx, merged.length, path);
      return merged;
    }),
  },
  {
    name: 'in',
    family: 'array',
    summary: '`[needle, haystack]`: the element is in the list, or the text contains the substring.',
    arity: { min: 2, max: 2 },
    signature: { params: [ANY_KIND, ['array', 'string']], result: 'boolean' },
    examples: [
      {
        description: 'category among the plumbing ones',
        rule: { in: [{ var: 'category' }, ['漏水', '堵塞', '水压低']] },
        data: { category: '堵塞' },
        result: true,
      },
      {
        description: 'substring of a description',
        rule: { in: ['漏', { var: 'description' }] },
        data: { description: '厨房水管漏水' },
        result: true,
      },
    ],
    compile: eager(([needle, haystack], _data, _ctx, path) => inOperation(needle, haystack, path)),
  },
];
