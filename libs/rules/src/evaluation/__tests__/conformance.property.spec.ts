import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import type { RulesLogic } from 'json-logic-js';
import { toJsonValue } from '../../json/to-json-value.util';
import { STANDARD_OPERATIONS } from '../../operations/operation-registry';
import { evaluate } from '../evaluate';

// Paths that never step into a string or number (where our `var` deliberately differs from json-logic-js).
const PATHS = [
  'a',
  'b',
  'x',
  'list',
  'list.0',
  'list.length',
  'obj',
  'obj.x',
  'obj.list.1',
  'current',
  'accumulator',
  'current.x',
  '',
];
const KEY_OPS = new Set(['var', 'missing', 'missing_some']);

const scalar = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noDefaultInfinity: true, noNaN: true }),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant(null),
);
const path = fc.constantFrom(...PATHS);
const otherOps = STANDARD_OPERATIONS.map((op) => op.name).filter((name) => !KEY_OPS.has(name));

const rule: fc.Arbitrary<unknown> = fc.letrec<{ rule: unknown; op: unknown; key: unknown }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    scalar,
    tie('key'),
    tie('op'),
    fc.array(tie('rule'), { maxLength: 3 }),
  ),
  key: fc.oneof(
    path.map((p) => ({ var: p })),
    fc.tuple(path, scalar).map(([p, d]) => ({ var: [p, d] })),
    fc.array(path, { maxLength: 3 }).map((keys) => ({ missing: keys })),
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.array(path, { maxLength: 3 }))
      .map(([n, keys]) => ({ missing_some: [n, keys] })),
  ),
  op: fc
    .tuple(fc.constantFrom(...otherOps), fc.array(tie('rule'), { maxLength: 4 }))
    .map(([name, args]) => ({ [name]: args })),
})).rule;

const element = fc.oneof(scalar, fc.record({ x: scalar }));
const data = fc.record({
  a: scalar,
  b: scalar,
  x: scalar,
  list: fc.array(element, { maxLength: 4 }),
  obj: fc.record({ x: scalar, list: fc.array(scalar, { maxLength: 3 }) }),
});

function reference(logic: unknown, input: unknown): unknown {
  try {
    return { ok: true, value: toJsonValue(jsonLogic.apply(logic as RulesLogic, input), 64) };
  } catch {
    return 'throws';
  }
}

describe('conformance with json-logic-js on random standard rules (property)', () => {
  it('should return what json-logic-js returns, and fail where it throws', () => {
    fc.assert(
      fc.property(rule, data, (logic, input) => {
        // given json-logic-js's answer
        const expected = reference(logic, input);

        // when our evaluator answers
        const actual = evaluate(logic, input);

        // then both agree
        if (expected === 'throws') expect(actual.ok).toBe(false);
        else expect(actual).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
