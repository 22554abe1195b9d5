import { unionType } from '../checking/static-type';
import { ANY_KIND } from './compile-helpers';
import type { OperationDefinition } from './operation.type';

/**
 * `{ "coalesce": [a, b, …] }`: the first argument that is not `null` (arguments after it are not evaluated);
 * `null` when all are. Empty text and `0` are values, not gaps.
 */
export const coalesceOperation: OperationDefinition = {
  name: 'coalesce',
  family: 'logic',
  summary: 'The first argument that is not `null`, evaluated lazily; `null` when all are.',
  arity: { min: 1, max: null },
  signature: { params: [], rest: ANY_KIND, result: (args) => unionType(args) },
  examples: [
    {
      description: 'contact phone: the reporter, else the owner of record',
      rule: { coalesce: [{ var: 'reporter.phone' }, { var: 'owner.phone' }, '未登记'] },
      data: { reporter: {}, owner: { phone: '13800000000' } },
      result: '13800000000',
    },
  ],
  compile:
    ({ args }) =>
    (data, ctx) => {
      for (const arg of args) {
        const value = arg(data, ctx);
        if (value !== null && value !== undefined) return value;
      }
      return null;
    },
};
