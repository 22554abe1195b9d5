import { unary } from './compile-helpers';
import type { OperationDefinition } from './operation.type';

/** Characters (Unicode code points, so an emoji counts once) of a text, or elements of an array; otherwise `null`. */
export function lengthOf(value: unknown): number | null {
  if (Array.isArray(value)) return value.length;
  if (typeof value !== 'string') return null;
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}

/** `{ "length": x }`: length of a text (code points) or of an array; `null` for anything else. */
export const lengthOperation: OperationDefinition = {
  name: 'length',
  family: 'text',
  summary: 'Number of characters of a text (Unicode code points) or elements of an array; `null` otherwise.',
  arity: { min: 1, max: 1 },
  signature: { params: [['string', 'array']], result: 'number' },
  examples: [
    {
      description: 'at least three photos attached',
      rule: { '>=': [{ length: { var: 'photos' } }, 3] },
      data: { photos: ['1.jpg', '2.jpg', '3.jpg'] },
      result: true,
    },
    {
      description: 'description length in characters',
      rule: { length: { var: 'description' } },
      data: { description: '阳台漏水' },
      result: 4,
    },
  ],
  compile: unary(lengthOf),
};
