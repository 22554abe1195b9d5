import { RuleFault } from '../../problems/rule-fault.error';
import { ANY_KIND, eager } from '../compile-helpers';
import type { OperationDefinition } from '../operation.type';

/** json-logic-js's `substr`: JavaScript `substr`, with a negative length cutting characters off the end. */
function substr(source: unknown, start: unknown, end: unknown): string {
  // The casts keep JavaScript's own coercions, exactly as json-logic-js 2.0.5 applies them.
  if ((end as number) < 0) {
    const temp = String(source).substr(start as number);
    return temp.substr(0, temp.length + (end as number));
  }
  return String(source).substr(start as number, end as number);
}

/** `cat` and `substr`, as in json-logic-js; `cat` is bounded by `maxStringLength`. */
export const stringOperations: readonly OperationDefinition[] = [
  {
    name: 'cat',
    family: 'string',
    summary: 'Concatenates all arguments as text (`null` becomes empty text, arrays are comma-joined).',
    arity: { min: 0, max: null },
    signature: { params: [], rest: ANY_KIND, result: 'string' },
    examples: [
      {
        description: 'address line of a unit',
        rule: { cat: [{ var: 'building' }, '栋', { var: 'unit' }, '单元', { var: 'room' }] },
        data: { building: 3, unit: 2, room: '1201' },
        result: '3栋2单元1201',
      },
    ],
    compile: eager((values, _data, ctx, path) => {
      const text = values.join('');
      if (text.length > ctx.limits.maxStringLength) throw RuleFault.stringTooLong(path, ctx.limits.maxStringLength);
      return text;
    }),
  },
  {
    name: 'substr',
    family: 'string',
    summary:
      'Part of a text: `[text, start, length?]`; a negative start counts from the end, a negative length cuts the end.',
    arity: { min: 2, max: 3 },
    signature: { params: [['string', 'date', 'number', 'null'], ['number'], ['number']], result: 'string' },
    examples: [
      {
        description: 'building code from a room code',
        rule: { substr: [{ var: 'roomCode' }, 0, 2] },
        data: { roomCode: 'A3-1201' },
        result: 'A3',
      },
      {
        description: 'room number: the last four characters',
        rule: { substr: [{ var: 'roomCode' }, -4] },
        data: { roomCode: 'A3-1201' },
        result: '1201',
      },
    ],
    compile: eager(([source, start, end]) => substr(source, start, end)),
  },
];
