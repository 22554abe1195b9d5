/** Property names a rule may never read or declare: they lead to prototypes, not to data. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * True for `{}`-style objects (prototype `Object.prototype` or `null`), false for arrays, class instances and
 * dates. Realm-agnostic: objects parsed in another realm (a worker, a test VM) are plain too.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * True when the value may travel through an evaluation: JSON scalars (numbers of any value), arrays and plain
 * objects. Functions, symbols, bigints, dates and class instances are not data.
 */
export function isDataValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return true;
    case 'object':
      return value === null || Array.isArray(value) || isPlainObject(value);
    default:
      return false;
  }
}

/**
 * Reads an own data property of a plain object or an array; returns `undefined` for anything else: inherited
 * members, accessors, forbidden names, and values that are not data.
 */
export function readOwnData(container: unknown, key: string): unknown {
  if (typeof container !== 'object' || container === null || FORBIDDEN_SEGMENTS.has(key)) return undefined;
  if (!Array.isArray(container) && !isPlainObject(container)) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(container, key);
  if (descriptor === undefined || !('value' in descriptor)) return undefined;
  const value: unknown = descriptor.value;
  return isDataValue(value) ? value : undefined;
}
