import { DateTime } from 'luxon';
import { dayOf, formatInZone, isIsoDate, parseIsoWithOffset } from '../dates/calendar.util';
import { zoneOf } from '../dates/zone.util';
import { stringShape } from '../definition/shape';
import type { DateField } from '../model/form-definition.type';
import { issue, type Issue } from '../problems/issue.type';
import { accept, asText, coerceText } from './coerce.util';
import type { Coerced, FieldKind } from './field-kind.type';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

function refuse(code: 'INVALID_DATE' | 'INVALID_DATETIME' | 'INVALID_TIME'): Coerced {
  return { ok: false, issue: issue(code) };
}

/**
 * Epoch milliseconds of an ISO date-time (with `T`; without an offset it is a wall-clock time in `zone`) or of
 * epoch milliseconds; `null` when it is neither.
 */
function instantMillis(raw: unknown, zone: string): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) && Math.abs(raw) <= 8.64e15 ? raw : null;
  if (typeof raw !== 'string' || !raw.includes('T')) return null;
  const text = raw.trim();
  const fast = parseIsoWithOffset(text);
  if (fast !== undefined) return fast;
  const parsed = DateTime.fromISO(text, { zone: zoneOf(zone) });
  return parsed.isValid ? parsed.toMillis() : null;
}

/** `yyyy-MM-dd`; a date-time is reduced to its calendar day in the time zone. */
export function coerceDate(raw: unknown, zone: string): Coerced {
  if (typeof raw !== 'string') return typeof raw === 'number' ? refuse('INVALID_DATE') : coerceText(raw);
  const text = raw.trim();
  if (DATE.test(text)) return isIsoDate(text) ? accept(text) : refuse('INVALID_DATE');
  const millis = instantMillis(text, zone);
  const day = millis === null ? null : dayOf(zone, millis);
  return day === null ? refuse('INVALID_DATE') : accept(day);
}

/** ISO 8601 with the time zone's offset, without milliseconds when they are 0: `2025-01-28T10:00:00+08:00`. */
export function coerceDateTime(raw: unknown, zone: string): Coerced {
  if (typeof raw !== 'string' && typeof raw !== 'number') return coerceText(raw);
  const millis = instantMillis(raw, zone);
  const text = millis === null ? null : formatInZone(zone, millis);
  return text === null ? refuse('INVALID_DATETIME') : accept(text);
}

function coerceTime(raw: unknown): Coerced {
  const text = coerceText(raw);
  if (!text.ok) return text;
  return TIME.test(asText(text.value)) ? text : refuse('INVALID_TIME');
}

function compareBounds<T extends string | number>(
  key: T,
  bounds: DateField,
  toKey: (bound: string) => T | null,
): Issue[] {
  const min = bounds.min === undefined ? null : toKey(bounds.min);
  const max = bounds.max === undefined ? null : toKey(bounds.max);
  if (min !== null && key < min) return [issue('MIN_VALUE', { min: bounds.min ?? '' })];
  return max !== null && key > max ? [issue('MAX_VALUE', { max: bounds.max ?? '' })] : [];
}

const dated = { holdsValue: true, computable: true };

export const dateKind: FieldKind = {
  ...dated,
  type: 'date',
  summary: 'A calendar day. `min`/`max` are days (`yyyy-MM-dd`).',
  value: '`yyyy-MM-dd`; a date-time given is reduced to its day in the time zone',
  example: '2025-01-28',
  properties: {
    min: stringShape({ pattern: DATE, doc: 'a day, yyyy-MM-dd' }),
    max: stringShape({ pattern: DATE, doc: 'a day, yyyy-MM-dd' }),
  },
  ruleType: () => ({ type: 'date' }),
  coerce: (raw, _field, ctx) => coerceDate(raw, ctx.timeZone),
  check: (value, field) => compareBounds(asText(value), field as DateField, (b) => b),
};

export const datetimeKind: FieldKind = {
  ...dated,
  type: 'datetime',
  summary: 'An instant: ISO 8601 with or without offset (then in the time zone), or epoch milliseconds.',
  value: 'ISO 8601 with the offset of the time zone (`2025-01-28T10:00:00+08:00`)',
  example: '2025-01-28T10:00:00+08:00',
  properties: {
    min: stringShape({ doc: 'an ISO 8601 date-time' }),
    max: stringShape({ doc: 'an ISO 8601 date-time' }),
  },
  ruleType: () => ({ type: 'date' }),
  coerce: (raw, _field, ctx) => coerceDateTime(raw, ctx.timeZone),
  check: (value, field, ctx) => {
    const millis = (text: string): number | null => instantMillis(text, ctx.timeZone);
    const key = millis(asText(value));
    return key === null ? [] : compareBounds(key, field as DateField, millis);
  },
};

export const timeKind: FieldKind = {
  ...dated,
  type: 'time',
  summary: 'A time of day, `HH:mm` or `HH:mm:ss` (24 h).',
  value: '`HH:mm` or `HH:mm:ss` as given',
  example: '14:30',
  properties: {
    min: stringShape({ pattern: TIME, doc: 'a time, HH:mm' }),
    max: stringShape({ pattern: TIME, doc: 'a time, HH:mm' }),
  },
  ruleType: () => ({ type: 'string' }),
  coerce: coerceTime,
  check: (value, field) => {
    const seconds = (t: string): string => (t.length === 5 ? `${t}:00` : t);
    return compareBounds(seconds(asText(value)), field as DateField, seconds);
  },
};
