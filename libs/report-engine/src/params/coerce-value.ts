import type { JsonValue } from '@anxin/rules';
import { DateTime } from 'luxon';
import type { FieldType } from '../model/dataset.type';

/** A scalar ready for a `value` node, or why the input does not fit the type. */
export type Coerced =
  { readonly ok: true; readonly value: string | number | boolean } | { readonly ok: false; readonly why: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;

function toNumber(value: JsonValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && NUMERIC_TEXT.test(value) ? Number(value) : undefined;
}

/**
 * Coerces one value to a field type: `id` a UUID (lower case), `date` `YYYY-MM-DD`, `datetime` an ISO 8601 instant
 * (without offset: wall-clock time in `zone`) normalized to UTC, numbers finite (numeric text accepted: viewers
 * send text), `integer` whole, `boolean` true/false. Never throws.
 */
export function coerceValue(value: JsonValue, type: FieldType, zone: string): Coerced {
  switch (type) {
    case 'text':
      return typeof value === 'string' ? { ok: true, value } : { ok: false, why: 'text' };
    case 'id':
      return typeof value === 'string' && UUID.test(value)
        ? { ok: true, value: value.toLowerCase() }
        : { ok: false, why: 'a UUID' };
    case 'number':
    case 'integer': {
      const n = toNumber(value);
      if (n === undefined || (type === 'integer' && !Number.isInteger(n))) {
        return { ok: false, why: type === 'integer' ? 'a whole number' : 'a number' };
      }
      return { ok: true, value: n };
    }
    case 'boolean':
      if (typeof value === 'boolean') return { ok: true, value };
      return value === 'true' || value === 'false'
        ? { ok: true, value: value === 'true' }
        : { ok: false, why: 'true or false' };
    case 'date': {
      const ok = typeof value === 'string' && ISO_DATE.test(value) && DateTime.fromISO(value).isValid;
      return ok ? { ok: true, value } : { ok: false, why: 'a date (YYYY-MM-DD)' };
    }
    case 'datetime': {
      const parsed = typeof value === 'string' ? DateTime.fromISO(value, { zone }) : undefined;
      const iso = parsed?.isValid ? parsed.toUTC().toISO() : null;
      return iso ? { ok: true, value: iso } : { ok: false, why: 'an ISO 8601 date-time' };
    }
  }
}
