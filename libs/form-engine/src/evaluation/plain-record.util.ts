/**
 * A plain JSON object: prototype `Object.prototype` or `null`, not an array, a date or a class instance.
 * Realm-agnostic, like `@anxin/rules`: data parsed in another realm (a worker, a test VM) is plain too.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** An own property of a plain object, never one inherited. */
export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
