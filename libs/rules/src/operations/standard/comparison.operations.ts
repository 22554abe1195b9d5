import { ANY_KIND, binary, eager } from '../compile-helpers';
import type { OperationDefinition } from '../operation.type';

// json-logic-js compares with JavaScript's own operators; the casts only tell TypeScript so.
const lessThan = (a: unknown, b: unknown): boolean => (a as number) < (b as number);
const lessOrEqual = (a: unknown, b: unknown): boolean => (a as number) <= (b as number);

function equality(
  name: string,
  summary: string,
  fn: (a: unknown, b: unknown) => boolean,
  examples: OperationDefinition['examples'],
): OperationDefinition {
  return {
    name,
    family: 'comparison',
    summary,
    arity: { min: 2, max: 2 },
    signature: { params: [ANY_KIND, ANY_KIND], result: 'boolean' },
    examples,
    compile: binary(fn),
  };
}

/** `<` and `<=` take a third argument for "between": `{ "<": [0, x, 10] }`. */
function between(name: string, fn: (a: unknown, b: unknown) => boolean, summary: string): OperationDefinition {
  return {
    name,
    family: 'comparison',
    summary,
    arity: { min: 2, max: 3 },
    signature: { params: [ANY_KIND, ANY_KIND, ANY_KIND], result: 'boolean' },
    examples: [
      {
        description: 'repair fee within the free-of-charge allowance',
        rule: { [name]: [{ var: 'fee' }, 200] },
        data: { fee: 150 },
        result: true,
      },
      {
        description: 'between: 0 (exclusive) and the allowance',
        rule: { [name]: [0, { var: 'fee' }, 200] },
        data: { fee: 0 },
        result: name === '<=',
      },
    ],
    compile: eager(([a, b, c]) => (c === undefined ? fn(a, b) : fn(a, b) && fn(b, c))),
  };
}

/** `==`, `===`, `!=`, `!==`, `>`, `>=`, `<`, `<=`: exactly JavaScript's operators, as in json-logic-js. */
export const comparisonOperations: readonly OperationDefinition[] = [
  equality('==', 'Loose equality (JavaScript `==`): `1 == "1"`, `null == undefined`.', (a, b) => a == b, [
    {
      description: 'category is water leak',
      rule: { '==': [{ var: 'category' }, '漏水'] },
      data: { category: '漏水' },
      result: true,
    },
    {
      description: 'numeric text equals a number',
      rule: { '==': [{ var: 'floor' }, 3] },
      data: { floor: '3' },
      result: true,
    },
  ]),
  equality('===', 'Strict equality (JavaScript `===`).', (a, b) => a === b, [
    {
      description: 'text is not a number',
      rule: { '===': [{ var: 'floor' }, 3] },
      data: { floor: '3' },
      result: false,
    },
  ]),
  equality('!=', 'Loose inequality (JavaScript `!=`).', (a, b) => a != b, [
    {
      description: 'status is not closed',
      rule: { '!=': [{ var: 'status' }, 'closed'] },
      data: { status: 'open' },
      result: true,
    },
  ]),
  equality('!==', 'Strict inequality (JavaScript `!==`).', (a, b) => a !== b, [
    {
      description: 'text 3 is not number 3',
      rule: { '!==': [{ var: 'floor' }, 3] },
      data: { floor: '3' },
      result: true,
    },
  ]),
  equality('>', 'Greater than (JavaScript `>`).', (a, b) => (a as number) > (b as number), [
    {
      description: 'more than 3 reopenings',
      rule: { '>': [{ var: 'reopened' }, 3] },
      data: { reopened: 4 },
      result: true,
    },
  ]),
  equality('>=', 'Greater than or equal (JavaScript `>=`).', (a, b) => (a as number) >= (b as number), [
    {
      description: 'rating of 4 stars or more',
      rule: { '>=': [{ var: 'rating' }, 4] },
      data: { rating: 4 },
      result: true,
    },
  ]),
  between('<', lessThan, 'Less than; with three arguments, strictly between the first and the last.'),
  between('<=', lessOrEqual, 'Less than or equal; with three arguments, between the first and the last inclusive.'),
];
