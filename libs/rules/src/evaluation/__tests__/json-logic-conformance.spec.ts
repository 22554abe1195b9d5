import jsonLogic from 'json-logic-js';
import type { RulesLogic } from 'json-logic-js';
import { evaluate } from '../evaluate';
import { toJsonValue } from '../../json/to-json-value.util';

/** What json-logic-js 2.0.5 returns (projected to JSON, as `evaluate` documents), or `'throws'`. */
function reference(rule: unknown, data: unknown): unknown {
  try {
    return toJsonValue(jsonLogic.apply(rule as RulesLogic, data), 64);
  } catch {
    return 'throws';
  }
}

const ticket = {
  category: '漏水',
  fee: 120,
  feeText: '35.5',
  floor: '3',
  urgent: true,
  remark: '',
  nothing: null,
  unit: { building: '3栋', room: 1201 },
  photos: ['a.jpg', 'b.jpg'],
  empty: [],
  materials: [
    { name: '角阀', qty: 2, price: 15, charged: true },
    { name: '生料带', qty: 1, price: 3.5, charged: false },
  ],
};

// [description, rule, data]: every standard operator, its edge cases, and json-logic-js's quirks.
const cases: readonly (readonly [string, unknown, unknown])[] = [
  ['literal number', 42, ticket],
  ['literal array', [1, 'a', null], ticket],
  ['array of rules', [{ var: 'fee' }, { var: 'category' }], ticket],
  ['multi-key object is a literal', { a: 1, b: 2 }, ticket],
  ['empty object is a literal', {}, ticket],
  ['var', { var: 'category' }, ticket],
  ['var nested', { var: 'unit.building' }, ticket],
  ['var index', { var: 'photos.1' }, ticket],
  ['var array length', { var: 'photos.length' }, ticket],
  ['var numeric path', { var: 1 }, ['x', 'y']],
  ['var default', { var: ['missing', 'dflt'] }, ticket],
  ['var present null is not defaulted', { var: ['nothing', 'dflt'] }, ticket],
  ['var empty path is the data', { var: '' }, { a: 1 }],
  ['var no argument is the data', { var: [] }, [1, 2]],
  ['var computed path', { var: { cat: ['unit', '.', 'room'] } }, ticket],
  ['var computed default', { var: ['missing', { '+': [1, 2] }] }, ticket],
  ['var through null', { var: 'nothing.x' }, ticket],
  ['var on null data', { var: 'a' }, null],
  ['missing', { missing: ['category', 'remark', 'nope', 'unit.room'] }, ticket],
  ['missing from merge', { missing: { merge: ['category', ['nope']] } }, ticket],
  ['missing_some satisfied', { missing_some: [1, ['nope', 'category']] }, ticket],
  ['missing_some unsatisfied', { missing_some: [2, ['nope', 'remark', 'category']] }, ticket],
  ['missing_some without options', { missing_some: [1, null] }, ticket],
  ['if then', { if: [true, 'yes', 'no'] }, ticket],
  ['if else', { if: [false, 'yes', 'no'] }, ticket],
  ['if chain', { if: [false, 1, { var: 'urgent' }, 2, 3] }, ticket],
  ['if without else', { if: [false, 1] }, ticket],
  ['if with one argument', { if: ['only'] }, ticket],
  ['if empty', { if: [] }, ticket],
  ['if on empty array is false', { if: [[], 'yes', 'no'] }, ticket],
  ['if on "0" is true', { if: ['0', 'yes', 'no'] }, ticket],
  ['ternary', { '?:': [{ var: 'urgent' }, 'P1', 'P3'] }, ticket],
  ['and returns last', { and: [true, 'x', 3] }, ticket],
  ['and returns first falsy', { and: [true, '', 3] }, ticket],
  ['and empty', { and: [] }, ticket],
  ['or returns first truthy', { or: [0, null, 'x', 'y'] }, ticket],
  ['or returns last', { or: [0, false] }, ticket],
  ['not', { '!': [{ var: 'remark' }] }, ticket],
  ['not of an empty array', { '!': [[]] }, ticket],
  ['not without arguments', { '!': [] }, ticket],
  ['not scalar argument', { '!': true }, ticket],
  ['double not', { '!!': [{ var: 'photos' }] }, ticket],
  ['double not of empty', { '!!': [{ var: 'empty' }] }, ticket],
  ['== loose', { '==': [{ var: 'floor' }, 3] }, ticket],
  ['== null undefined', { '==': [null, { var: 'nope' }] }, ticket],
  ['== with one argument', { '==': [1] }, ticket],
  ['=== strict', { '===': [{ var: 'floor' }, 3] }, ticket],
  ['!= loose', { '!=': ['1', 1] }, ticket],
  ['!== strict', { '!==': ['1', 1] }, ticket],
  ['> numbers', { '>': [{ var: 'fee' }, 100] }, ticket],
  ['> strings', { '>': ['b', 'a'] }, ticket],
  ['> mixed', { '>': ['10', 9] }, ticket],
  ['>= ', { '>=': [{ var: 'fee' }, 120] }, ticket],
  ['< two', { '<': [1, 2] }, ticket],
  ['< between', { '<': [1, { var: 'fee' }, 200] }, ticket],
  ['< between exclusive', { '<': [1, 1, 200] }, ticket],
  ['<= between inclusive', { '<=': [1, 1, 200] }, ticket],
  ['< third argument undefined', { '<': [1, 2, { var: 'nope.x.y' }] }, ticket],
  ['+ numbers and numeric text', { '+': [1, '2.5', { var: 'feeText' }] }, ticket],
  ['+ empty', { '+': [] }, ticket],
  ['+ casts one', { '+': ['3.14'] }, ticket],
  ['+ of garbage', { '+': ['abc', 1] }, ticket],
  ['+ of negative zero', { '+': [-0] }, ticket],
  ['- two', { '-': [10, 4] }, ticket],
  ['- unary', { '-': [2] }, ticket],
  ['- of text', { '-': ['10', '4'] }, ticket],
  ['* product', { '*': [2, '3', 4] }, ticket],
  ['* one argument unchanged', { '*': ['3'] }, ticket],
  ['* no argument throws', { '*': [] }, ticket],
  ['/ quotient', { '/': [9, 2] }, ticket],
  ['/ by zero', { '/': [1, 0] }, ticket],
  ['% remainder', { '%': [7, 3] }, ticket],
  ['min', { min: [3, 1, 2] }, ticket],
  ['min empty', { min: [] }, ticket],
  ['max of text', { max: ['3', 10] }, ticket],
  ['max of an array argument', { max: [[1, 2]] }, ticket],
  ['cat', { cat: ['a', 1, null, true, [1, 2]] }, ticket],
  ['cat of an object', { cat: [{ var: 'unit' }] }, ticket],
  ['substr from', { substr: ['jsonlogic', 4] }, ticket],
  ['substr negative start', { substr: ['jsonlogic', -5] }, ticket],
  ['substr length', { substr: ['jsonlogic', 1, 3] }, ticket],
  ['substr negative length', { substr: ['jsonlogic', 4, -2] }, ticket],
  ['substr of null', { substr: [{ var: 'nope' }, 0, 2] }, ticket],
  ['substr with text negative length', { substr: ['jsonlogic', 0, '-1'] }, ticket],
  ['in array', { in: [{ var: 'category' }, ['漏水', '堵塞']] }, ticket],
  ['in text', { in: ['漏', '厨房漏水'] }, ticket],
  ['in number haystack', { in: [1, 123] }, ticket],
  ['in null haystack', { in: [1, null] }, ticket],
  ['in object haystack', { in: ['a', { var: 'unit' }] }, ticket],
  ['in needle coerced', { in: [null, 'nullable'] }, ticket],
  ['merge', { merge: [[1, 2], 3, [[4]]] }, ticket],
  ['merge empty', { merge: [] }, ticket],
  ['map', { map: [{ var: 'materials' }, { var: 'name' }] }, ticket],
  ['map not an array', { map: [{ var: 'category' }, 1] }, ticket],
  ['map without logic', { map: [{ var: 'photos' }] }, ticket],
  ['filter', { filter: [{ var: 'materials' }, { var: 'charged' }] }, ticket],
  ['filter not an array', { filter: [5, true] }, ticket],
  ['reduce', { reduce: [{ var: 'materials' }, { '+': [{ var: 'accumulator' }, { var: 'current.qty' }] }, 0] }, ticket],
  ['reduce without initial', { reduce: [[1, 2], { '+': [{ var: 'accumulator' }, { var: 'current' }] }] }, ticket],
  ['reduce not an array', { reduce: ['x', 1, 'init'] }, ticket],
  ['all', { all: [{ var: 'materials' }, { '>': [{ var: 'qty' }, 0] }] }, ticket],
  ['all empty', { all: [{ var: 'empty' }, true] }, ticket],
  ['some', { some: [{ var: 'materials' }, { var: 'charged' }] }, ticket],
  ['some empty', { some: [[], true] }, ticket],
  ['none', { none: [{ var: 'materials' }, { '>': [{ var: 'qty' }, 5] }] }, ticket],
  ['none not an array', { none: [null, true] }, ticket],
  ['nested scopes', { map: [{ var: 'materials' }, { '*': [{ var: 'qty' }, { var: 'price' }] }] }, ticket],
  ['filter then count', { '>': [{ var: 'photos.length' }, 1] }, ticket],
];

describe('conformance with json-logic-js 2.0.5', () => {
  it.each(cases)('should match json-logic-js: %s', (_name, rule, data) => {
    // given the reference result of json-logic-js
    const expected = reference(rule, data);

    // when our evaluator runs the same rule on the same data
    const result = evaluate(rule, data);

    // then it returns the same JSON value, or a problem where json-logic-js throws
    if (expected === 'throws') expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: expected });
  });

  it('should leave the json-logic-js module table untouched by our extra operations', () => {
    // given our dialect knows "now"
    expect(evaluate({ now: [] }, {}, { now: () => 0 }).ok).toBe(true);

    // when json-logic-js itself is asked for "now"
    const call = (): unknown => jsonLogic.apply({ now: [] }, {});

    // then it still does not know it
    expect(call).toThrow('Unrecognized operation now');
  });
});
