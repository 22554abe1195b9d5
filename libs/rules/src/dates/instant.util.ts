import { DateTime } from 'luxon';

/** Largest magnitude of epoch milliseconds a JavaScript `Date` can hold. */
const MAX_EPOCH_MILLIS = 8.64e15;

/**
 * Epoch milliseconds of an instant written as an ISO 8601 string or given as epoch milliseconds. Strings without
 * an offset are wall-clock times in `zone` (`"2025-01-28"` is midnight there). `null` for anything else.
 */
export function parseInstant(value: unknown, zone: string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= MAX_EPOCH_MILLIS ? value : null;
  if (typeof value !== 'string') return null;
  const parsed = DateTime.fromISO(value, { zone });
  if (!parsed.isValid) return null;
  const millis = parsed.toMillis();
  return Math.abs(millis) <= MAX_EPOCH_MILLIS ? millis : null;
}

/** ISO 8601 in UTC with milliseconds (`2025-01-28T02:00:00.000Z`), or `null` outside the representable range. */
export function formatInstant(millis: number): string | null {
  if (!Number.isFinite(millis) || Math.abs(millis) > MAX_EPOCH_MILLIS) return null;
  return new Date(millis).toISOString();
}
