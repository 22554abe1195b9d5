import fc from 'fast-check';
import { checkRule } from '../../checking/check-rule';
import { evaluate } from '../evaluate';
import { anyData, anyRule, isJson } from './rule-arbitraries';

const env = { now: () => Date.UTC(2025, 9, 1, 0, 0) };
const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

describe('evaluate on arbitrary rules and data (property)', () => {
  it('should never throw and always return either JSON or a list of problems', () => {
    // given the prototype as it is before
    const before = prototypeKeys();

    fc.assert(
      fc.property(anyRule, anyData, (rule, data) => {
        // when any rule is evaluated on any data
        const result = evaluate(rule, data, env);

        // then it returns JSON, or problems with a code and a path
        if (result.ok) return isJson(result.value);
        return (
          result.problems.length > 0 &&
          result.problems.every((p) => typeof p.code === 'string' && typeof p.path === 'string')
        );
      }),
      { numRuns: 2000 },
    );

    // and no prototype was reached or changed
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should never return a function, whatever the data holds', () => {
    fc.assert(
      fc.property(anyRule, (rule) => {
        // given data made of functions
        const data = { a: () => 1, b: [() => 2], c: { d: () => 3 } };

        // when any rule runs on it
        const result = evaluate(rule, data, env);

        // then no function comes back: the value is plain JSON all the way down
        // (a string search for '=>' would also match literal keys such as {"=>":0})
        return !result.ok || isJson(result.value);
      }),
      { numRuns: 500 },
    );
  });
});

describe('var on hostile paths (property)', () => {
  // The only own data in `data`; every other path must read null.
  const data = { a: { b: 'leaf', list: ['x'] } };
  const readable: Record<string, unknown> = {
    a: data.a,
    'a.b': 'leaf',
    'a.list': ['x'],
    'a.list.0': 'x',
    'a.list.length': 1,
  };
  const segment = fc.constantFrom(
    'a',
    'b',
    'list',
    '0',
    'length',
    'name',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'map',
    'at',
  );
  const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => segments.join('.'));

  it('should read only own data properties of plain objects and arrays', () => {
    fc.assert(
      fc.property(path, (p) => {
        // when any path is read, statically or computed at run time
        const literal = evaluate({ var: p }, data);
        const computed = evaluate({ var: { cat: [p] } }, data);

        // then it yields the own data there, or null
        const expected = { ok: true, value: Object.hasOwn(readable, p) ? readable[p] : null };
        expect(literal).toEqual(expected);
        expect(computed).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('checkRule on arbitrary rules (property)', () => {
  it('should never throw and return well-formed problems', () => {
    fc.assert(
      fc.property(anyRule, fc.constantFrom('boolean', 'number', undefined), (rule, expect) => {
        // when any rule is checked, with a scope and an expected type
        const problems = checkRule(
          rule,
          {
            variables: [
              { name: 'a', type: 'object' },
              { name: 'list', type: 'array' },
            ],
          },
          { expect },
        );

        // then every problem is well formed
        return problems.every(
          (p) =>
            typeof p.code === 'string' &&
            typeof p.path === 'string' &&
            p.message.length > 0 &&
            ['error', 'warning', 'info'].includes(p.severity),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('evaluate on data holding functions (regression)', () => {
  it('should return an object literal whose key looks like an arrow as plain JSON', () => {
    // given the counterexample CI once found: a literal object with an arrow-like key
    const rule = { '=>': 0, '': null };

    // when it runs on data made of functions
    const result = evaluate(rule, { a: () => 1 }, env);

    // then the result is JSON (whether a value or problems), never a function
    expect(result.ok ? isJson(result.value) : result.problems.length > 0).toBe(true);
  });
});
