import { RuleFault } from '../../problems/rule-fault.error';
import { NUMERIC_KINDS, binary, eager } from '../compile-helpers';
import type { OperationDefinition } from '../operation.type';

// json-logic-js parses every operand of + and * with parseFloat (so "12" is 12) and leaves -, /, % to JavaScript.
const parse = (value: unknown): number => parseFloat(String(value));

function sum(values: readonly unknown[]): number {
  let total = 0;
  // parseFloat(String(total)) is total except for -0, which json-logic-js turns into 0.
  for (const value of values) total = (total === 0 ? 0 : total) + parse(value);
  return total;
}

function numeric(
  name: string,
  summary: string,
  compile: OperationDefinition['compile'],
  example: OperationDefinition['examples'][number],
  arity: OperationDefinition['arity'] = { min: 2, max: 2 },
): OperationDefinition {
  const params = arity.max === 2 ? [NUMERIC_KINDS, NUMERIC_KINDS] : [];
  const rest = arity.max === 2 ? undefined : NUMERIC_KINDS;
  return {
    name,
    family: 'arithmetic',
    summary,
    arity,
    signature: { params, ...(rest ? { rest } : {}), result: 'number' },
    examples: [example],
    compile,
  };
}

/** `+`, `-`, `*`, `/`, `%`, `min`, `max`: json-logic-js arithmetic, numeric strings included. */
export const arithmeticOperations: readonly OperationDefinition[] = [
  numeric(
    '+',
    'Sum of all arguments, each parsed with `parseFloat` (`"12.5"` counts as 12.5); no argument gives 0.',
    eager(sum),
    {
      description: 'labour plus material fee',
      rule: { '+': [{ var: 'labour' }, { var: 'material' }] },
      data: { labour: 80, material: '35.5' },
      result: 115.5,
    },
    { min: 0, max: null },
  ),
  {
    ...numeric(
      '-',
      'Difference of two arguments, or the negation of one.',
      binary((a, b) => (b === undefined ? -(a as number) : (a as number) - (b as number))),
      {
        description: 'remaining budget',
        rule: { '-': [{ var: 'budget' }, { var: 'spent' }] },
        data: { budget: 500, spent: 320 },
        result: 180,
      },
    ),
    arity: { min: 1, max: 2 },
  },
  numeric(
    '*',
    'Product of all arguments, each parsed with `parseFloat`; one argument is returned unchanged.',
    eager((values, _data, _ctx, path) => {
      if (values.length === 0) throw RuleFault.of('EVALUATION_FAILED', path, '"*" needs at least one argument.');
      return values.reduce((a, b) => parse(a) * parse(b));
    }),
    {
      description: 'material cost of one line',
      rule: { '*': [{ var: 'qty' }, { var: 'price' }] },
      data: { qty: 3, price: 12.5 },
      result: 37.5,
    },
    { min: 1, max: null },
  ),
  numeric(
    '/',
    'Quotient (JavaScript `/`).',
    binary((a, b) => (a as number) / (b as number)),
    {
      description: 'hours from minutes',
      rule: { '/': [{ var: 'minutes' }, 60] },
      data: { minutes: 90 },
      result: 1.5,
    },
  ),
  numeric(
    '%',
    'Remainder (JavaScript `%`).',
    binary((a, b) => (a as number) % (b as number)),
    {
      description: 'odd floor',
      rule: { '%': [{ var: 'floor' }, 2] },
      data: { floor: 7 },
      result: 1,
    },
  ),
  numeric(
    'min',
    'Smallest argument (JavaScript `Math.min`).',
    eager((values) => Math.min(...(values as number[]))),
    { description: 'fee capped at 300', rule: { min: [{ var: 'fee' }, 300] }, data: { fee: 420 }, result: 300 },
    { min: 1, max: null },
  ),
  numeric(
    'max',
    'Largest argument (JavaScript `Math.max`).',
    eager((values) => Math.max(...(values as number[]))),
    { description: 'at least one visit', rule: { max: [{ var: 'visits' }, 1] }, data: { visits: 0 }, result: 1 },
    { min: 1, max: null },
  ),
];
