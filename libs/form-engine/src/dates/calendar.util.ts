import { zoneOf } from './zone.util';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 extended date-time with an explicit offset: the form clients send and the engine stores. */
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;
const QUARTER_HOUR = 15 * 60 * 1000;
const MAX_EPOCH_MILLIS = 8.64e15;

/** Whether year-month-day is a day of the Gregorian calendar (years 1–9999). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** Whether text is a real day written `yyyy-MM-dd`, without any time-zone work. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC in minutes at an instant. Offsets change only at transitions, which fall on quarter
 * hours, so it is computed once per zone and quarter hour (luxon asks `Intl` each time, which is slow).
 */
export function offsetMinutes(timeZone: string, millis: number): number {
  const key = `${timeZone}|${Math.floor(millis / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = zoneOf(timeZone).offset(millis);
    if (offsets.size >= 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `+08:00` / `-03:30` / `+00:00`. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The wall clock of an instant in a zone, as a UTC date whose fields are the zone's; `null` for an unknown zone. */
function wallClock(timeZone: string, millis: number): { wall: Date; offset: number } | null {
  const offset = offsetMinutes(timeZone, millis);
  return Number.isFinite(offset) ? { wall: new Date(millis + offset * 60_000), offset } : null;
}

/** The calendar day (yyyy-MM-dd) of an instant in a zone; `null` out of range. */
export function dayOf(timeZone: string, millis: number): string | null {
  if (!Number.isFinite(millis) || Math.abs(millis) > MAX_EPOCH_MILLIS) return null;
  return wallClock(timeZone, millis)?.wall.toISOString().slice(0, 10) ?? null;
}

/** ISO 8601 with the zone's offset, milliseconds only when not 0: `2025-01-28T10:00:00+08:00`. */
export function formatInZone(timeZone: string, millis: number): string | null {
  if (!Number.isFinite(millis) || Math.abs(millis) > MAX_EPOCH_MILLIS - 86_400_000) return null;
  const clock = wallClock(timeZone, millis);
  if (clock === null) return null;
  const { wall, offset } = clock;
  const iso = wall.toISOString();
  if (iso.length !== 24) return null;
  const ms = wall.getUTCMilliseconds();
  return `${iso.slice(0, 19)}${ms === 0 ? '' : `.${pad(ms, 3)}`}${offsetText(offset)}`;
}

/**
 * Epoch milliseconds of `yyyy-MM-ddTHH:mm[:ss[.SSS]]` with `Z` or `±HH:mm`, checked field by field; `undefined`
 * when the text is not in that form or before year 100 (other ISO forms go to luxon), `null` when it is but names no instant.
 */
export function parseIsoWithOffset(text: string): number | null | undefined {
  const m = ISO_WITH_OFFSET.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 100) return undefined;
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const zone = m[8] ?? 'Z';
  const offset =
    zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const millis = Number((m[7] ?? '').padEnd(3, '0'));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
  return utc;
}
