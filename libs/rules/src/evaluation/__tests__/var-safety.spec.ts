import jsonLogic from 'json-logic-js';
import { evaluate } from '../evaluate';

class Engineer {
  constructor(readonly name: string) {}
  greet(): string {
    return `hi ${this.name}`;
  }
}

describe('var safety', () => {
  it.each([
    ['__proto__.constructor.name', {}],
    ['a.toString', { a: {} }],
    ['a.constructor', { a: {} }],
    ['photos.map', { photos: [] }],
    ['name.length', { name: '王工' }],
    ['fee.toFixed', { fee: 3 }],
    ['prototype', { prototype: 1 }],
  ])('should read %j as null, never a prototype member', (path, data) => {
    // given data whose prototypes hold functions and names
    // when a rule reads through them
    const result = evaluate({ var: path }, data);

    // then only own data could be read, so the result is null
    expect(result).toEqual({ ok: true, value: null });
  });

  it('should demonstrate what json-logic-js alone would leak', () => {
    // given the raw library
    // when it reads the same paths
    const leaked = [
      jsonLogic.apply({ var: '__proto__.constructor.name' }, {}),
      typeof jsonLogic.apply({ var: 'a.toString' }, { a: {} }),
    ];

    // then it reaches the prototype (which is why we do not use its var)
    expect(leaked).toEqual(['Object', 'function']);
  });

  it('should not call getters in the data', () => {
    // given an object with an accessor
    let calls = 0;
    const data = Object.defineProperty({}, 'secret', { get: () => ++calls, enumerable: true });

    // when a rule reads it
    const result = evaluate({ var: 'secret' }, data);

    // then the accessor was not run and nothing was read
    expect(result).toEqual({ ok: true, value: null });
    expect(calls).toBe(0);
  });

  it('should treat functions and class instances in the data as absent', () => {
    // given data holding a function and a class instance
    const data = { fn: () => 'code', engineer: new Engineer('李工'), when: new Date(0) };

    // when rules read them, with a default
    const results = ['fn', 'engineer', 'engineer.name', 'when'].map((path) =>
      evaluate({ var: [path, 'absent'] }, data),
    );

    // then each is absent and the default is returned
    expect(results).toEqual(results.map(() => ({ ok: true, value: 'absent' })));
  });

  it('should turn functions nested in returned data into null', () => {
    // given plain data holding a function inside an array
    const data = { list: [1, () => 2, { f: () => 3 }] };

    // when a rule returns the whole list
    const result = evaluate({ var: 'list' }, data);

    // then the result is JSON
    expect(result).toEqual({ ok: true, value: [1, null, { f: null }] });
  });

  it('should keep an own "__proto__" key of parsed JSON as data in results without touching prototypes', () => {
    // given JSON data with an own "__proto__" key
    const data = JSON.parse('{"o":{"__proto__":{"polluted":true},"a":1}}') as unknown;

    // when the object is returned, and the key is read directly
    const whole = evaluate({ var: 'o' }, data);
    const direct = evaluate({ var: 'o.__proto__' }, data);

    // then the result carries the key as data, direct reads stay forbidden, and no prototype changed
    expect(whole.ok && Object.getPrototypeOf(whole.value)).toBe(Object.prototype);
    expect(whole.ok && Object.keys(whole.value as object)).toEqual(['__proto__', 'a']);
    expect(direct).toEqual({ ok: true, value: null });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should return a copy that callers may mutate without changing cached rules or data', () => {
    // given a rule with a literal list
    const rule = { merge: [['a', 'b']] };
    const first = evaluate(rule, {});

    // when the caller mutates the result and evaluates again
    if (first.ok && Array.isArray(first.value)) first.value.push('mutated');
    const second = evaluate(rule, {});

    // then the second result is unaffected
    expect(second).toEqual({ ok: true, value: ['a', 'b'] });
  });
});
