import { DEFAULT_TIME_ZONE } from '../evaluation/rule-env.type';
import { formatInstant, parseInstant } from '../dates/instant.util';
import type { TableValueType } from './decision-table.type';

/** An input value reduced to its column's type: dates become epoch milliseconds; `null` when it does not fit. */
export type NormalizedValue = string | number | boolean | null;

/** The column types, for validation. */
export const TABLE_VALUE_TYPES: readonly TableValueType[] = ['string', 'number', 'boolean', 'date'];

/**
 * Reduces a value to the column type. Numbers accept numeric text; dates accept ISO 8601 (without offset: read in
 * Asia/Shanghai, for literals and inputs alike) and epoch milliseconds. Anything else is `null`, which only `-`
 * (an absent entry), `not` and `test` entries can match.
 */
export function normalizeValue(value: unknown, type: TableValueType): NormalizedValue {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value) ? value : null;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      return null;
    case 'date':
      return parseInstant(value, DEFAULT_TIME_ZONE);
  }
}

/** A value as a table author would write it, for messages. */
export function formatValue(value: NormalizedValue, type: TableValueType): string {
  if (type === 'date' && typeof value === 'number') return formatInstant(value) ?? String(value);
  return JSON.stringify(value);
}

/** True when the column type supports ranges. */
export function isOrdered(type: TableValueType): boolean {
  return type === 'number' || type === 'date';
}
