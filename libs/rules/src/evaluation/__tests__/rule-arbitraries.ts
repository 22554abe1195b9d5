// fast-check generators shared by the property tests.
import fc from 'fast-check';
import { listOperations } from '../../operations/operation-registry';

const HOSTILE_NAMES = [
  'log',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'var.toString',
  'eval',
  '',
];
const HOSTILE_STRINGS = [
  '__proto__',
  'constructor',
  'prototype',
  'a.toString',
  '__proto__.constructor.name',
  'a',
  'a.b',
  '',
  'length',
  '0',
  'PT1H',
  'P1M',
  '2025-01-01',
  'hours',
  'days',
];

const scalar = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 4 }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.boolean(),
  fc.constant(null),
);

const operationName = fc.oneof(
  fc.constantFrom(...listOperations().map((op) => op.name)),
  fc.constantFrom(...HOSTILE_NAMES),
);

/** Any JSON rule: dialect operations, hostile names, literals, nested arrays and multi-key objects. */
export const anyRule: fc.Arbitrary<unknown> = fc.letrec<{ rule: unknown; op: unknown; list: unknown[] }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    scalar,
    tie('op'),
    tie('list'),
    fc.dictionary(fc.string({ maxLength: 3 }), scalar, { minKeys: 2, maxKeys: 3 }),
  ),
  op: fc.tuple(operationName, fc.oneof(tie('rule'), tie('list'))).map(([name, args]) => ({ [name]: args })),
  list: fc.array(tie('rule'), { maxLength: 4 }),
})).rule;

class Instance {
  readonly field = 1;
  method(): number {
    return this.field;
  }
}

/** Data as callers might (wrongly) pass it: JSON, plus functions, dates, class instances, own "__proto__" keys, cycles. */
export const anyData: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 2 }).map((value) => ({ a: value, b: { c: value }, list: [value, value] })),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1},"a":{"__proto__":[1]}}') as unknown),
  fc.constant({
    a: () => 'code',
    b: new Date(0),
    c: new Instance(),
    d: Object.create(null) as unknown,
    e: Symbol('s'),
    f: 10n,
  }),
  fc.constant(
    (() => {
      const cyclic: Record<string, unknown> = { a: 1 };
      cyclic.self = cyclic;
      return cyclic;
    })(),
  ),
);

/** True when a value is plain JSON of this realm: what `evaluate` promises to return. */
export function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.keys(value).every((key) => isJson(Object.getOwnPropertyDescriptor(value, key)?.value));
}
