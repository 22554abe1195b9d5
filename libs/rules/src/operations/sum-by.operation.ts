import { ANY_KIND } from './compile-helpers';
import type { OperationDefinition } from './operation.type';
import { compileRowFold } from './row-fold';

function addend(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (typeof value !== 'string' || value.trim() === '') return 0;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : 0;
}

/**
 * `{ "sum_by": [rows, logic] }`: sum of the logic over each row (a sub-form's rows); numeric text counts,
 * other values count as 0; not an array gives 0.
 */
export const sumByOperation: OperationDefinition = {
  name: 'sum_by',
  family: 'array',
  summary: '`[rows, logic]`: sums the logic over the rows; a string is a field path; non-numbers count as 0.',
  arity: { min: 2, max: 2 },
  signature: { params: [['array'], ANY_KIND], result: 'number' },
  scoped: { array: 0, logic: 1, element: 'item', stringIsPath: true },
  examples: [
    {
      description: 'material cost of a repair',
      rule: { sum_by: [{ var: 'materials' }, { '*': [{ var: 'qty' }, { var: 'price' }] }] },
      data: {
        materials: [
          { qty: 2, price: 15 },
          { qty: 1, price: 48.5 },
        ],
      },
      result: 78.5,
    },
    {
      description: 'shorthand: a field of each row',
      rule: { sum_by: [{ var: 'materials' }, 'price'] },
      data: { materials: [{ price: 15 }, { price: '48.5' }] },
      result: 63.5,
    },
  ],
  compile: (input) => compileRowFold(input, (total, value) => total + addend(value)),
};
