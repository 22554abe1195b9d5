/** The kinds of value the static checker distinguishes; `date` is an ISO 8601 string, `any` means unknown. */
export type StaticKind = 'any' | 'null' | 'boolean' | 'number' | 'string' | 'date' | 'array' | 'object';

/** A statically inferred type. Objects with `properties: null` are open (any property may exist). */
export type StaticType =
  | { readonly kind: 'any' | 'null' | 'boolean' | 'number' | 'string' | 'date' }
  | { readonly kind: 'array'; readonly items: StaticType }
  | { readonly kind: 'object'; readonly properties: ReadonlyMap<string, StaticType> | null };

export const ANY_TYPE: StaticType = { kind: 'any' };
export const NULL_TYPE: StaticType = { kind: 'null' };
export const BOOLEAN_TYPE: StaticType = { kind: 'boolean' };
export const NUMBER_TYPE: StaticType = { kind: 'number' };
export const STRING_TYPE: StaticType = { kind: 'string' };
export const DATE_TYPE: StaticType = { kind: 'date' };
export const OPEN_OBJECT_TYPE: StaticType = { kind: 'object', properties: null };

/** An array of the given items. */
export function arrayOf(items: StaticType): StaticType {
  return { kind: 'array', items };
}

/** The type of a scalar kind. */
export function scalarType(kind: 'any' | 'null' | 'boolean' | 'number' | 'string' | 'date'): StaticType {
  return { kind };
}

/** Least upper bound used for `if`, `and`, `or`, `coalesce`: `null` is absorbed, different kinds give `any`. */
export function unionType(types: readonly StaticType[]): StaticType {
  const present = types.filter((t) => t.kind !== 'null');
  const [first] = present;
  if (first === undefined) return types.length > 0 ? NULL_TYPE : ANY_TYPE;
  if (present.some((t) => t.kind === 'any')) return ANY_TYPE;
  if (present.every((t) => t.kind === first.kind)) return first;
  const stringy = present.every((t) => t.kind === 'string' || t.kind === 'date');
  return stringy ? STRING_TYPE : ANY_TYPE;
}

/** The static type of a JSON literal. */
export function literalType(value: unknown): StaticType {
  if (value === null) return NULL_TYPE;
  if (Array.isArray(value)) return arrayOf(unionType(value.map(literalType)));
  switch (typeof value) {
    case 'boolean':
      return BOOLEAN_TYPE;
    case 'number':
      return NUMBER_TYPE;
    case 'string':
      return STRING_TYPE;
    default:
      return OPEN_OBJECT_TYPE;
  }
}

/**
 * Whether a value of type `actual` is acceptable where `accepted` kinds are expected. Unknown (`any`) and `null`
 * values always are (rules are null-tolerant); a string may hold a date; a `date` is a string, except where
 * numbers are expected and text is only accepted as numeric text (`{ "+": [date, 1] }` is a mistake).
 */
export function acceptsType(accepted: readonly StaticKind[], actual: StaticType): boolean {
  if (actual.kind === 'any' || actual.kind === 'null' || accepted.includes('any')) return true;
  if (accepted.includes(actual.kind)) return true;
  if (actual.kind === 'date') return accepted.includes('string') && !accepted.includes('number');
  if (actual.kind === 'string') return accepted.includes('date');
  return false;
}

/** Human-readable name of a type, for messages. */
export function describeType(type: StaticType): string {
  return type.kind === 'array' ? `array of ${describeType(type.items)}` : type.kind;
}
