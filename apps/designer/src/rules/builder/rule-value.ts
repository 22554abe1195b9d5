import type { RuleFieldType } from '../rule-builder.types';

/** A literal a rule compares a field with. */
export type RuleScalar = string | number | boolean;

/**
 * Whether a literal fits a field type: numbers stay numbers (never "500"), texts, options and dates are
 * non-empty texts (dates as ISO 8601), booleans are booleans. A value that does not fit is an unfinished entry.
 */
export function fitsType(value: unknown, type: RuleFieldType): value is RuleScalar {
  switch (type) {
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'text':
    case 'select':
    case 'multiselect':
    case 'date':
    case 'datetime':
      return typeof value === 'string' && value !== '';
  }
}

/** A non-empty list of literals of the type (the values of `in`). */
export function fitsList(value: unknown, type: RuleFieldType): value is RuleScalar[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => fitsType(item, type));
}

/** Two literals of the type (the bounds of `between`, inclusive). */
export function fitsPair(value: unknown, type: RuleFieldType): value is [RuleScalar, RuleScalar] {
  return Array.isArray(value) && value.length === 2 && value.every((item) => fitsType(item, type));
}
