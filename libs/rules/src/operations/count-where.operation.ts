import { isTruthy } from '../evaluation/truthy.util';
import { ANY_KIND } from './compile-helpers';
import type { OperationDefinition } from './operation.type';
import { compileRowFold } from './row-fold';

/** `{ "count_where": [rows, test] }`: how many rows pass the test; a string is a field path; not an array gives 0. */
export const countWhereOperation: OperationDefinition = {
  name: 'count_where',
  family: 'array',
  summary: '`[rows, test]`: number of rows for which the test is truthy; a string is a field path.',
  arity: { min: 2, max: 2 },
  signature: { params: [['array'], ANY_KIND], result: 'number' },
  scoped: { array: 0, logic: 1, element: 'item', stringIsPath: true },
  examples: [
    {
      description: 'visits where the owner was absent',
      rule: { count_where: [{ var: 'visits' }, { '==': [{ var: 'outcome' }, '业主不在家'] }] },
      data: { visits: [{ outcome: '业主不在家' }, { outcome: '已修复' }, { outcome: '业主不在家' }] },
      result: 2,
    },
  ],
  compile: (input) => compileRowFold(input, (count, value) => (isTruthy(value) ? count + 1 : count)),
};
