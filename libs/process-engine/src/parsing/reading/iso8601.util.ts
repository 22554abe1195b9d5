import { parse as parseDuration } from 'tinyduration';

/** A non-negative ISO 8601 duration (`PT4H`, `P1DT2H`, `P2W`); `P`, `PT`, `P1DT` and signs are refused. */
export function isIsoDuration(text: string): boolean {
  if (!/^P(?!$)/.test(text) || /T$/.test(text)) return false;
  try {
    const duration = parseDuration(text);
    const parts = [duration.years, duration.months, duration.weeks, duration.days];
    const times = [duration.hours, duration.minutes, duration.seconds];
    return duration.negative !== true && [...parts, ...times].every((n) => n === undefined || n >= 0);
  } catch {
    return false;
  }
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function inRange(value: string | undefined, max: number, min = 0): boolean {
  const n = Number(value ?? 0);
  return n >= min && n <= max;
}

/** An ISO 8601 date-time with an offset (`2026-01-01T09:00:00+08:00`, `…Z`); the calendar date must exist. */
export function isIsoDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match) return false;
  const [, year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return (
    inRange(month, 12, 1) &&
    inRange(day, daysInMonth, 1) &&
    inRange(hour, 23) &&
    inRange(minute, 59) &&
    inRange(second, 59) &&
    inRange(offsetHours, 18) &&
    inRange(offsetMinutes, 59)
  );
}

/** An ISO 8601 repetition over a duration: `R3/PT1H` (three times) or `R/PT1H` (unbounded). */
export function isIsoCycle(text: string): boolean {
  const match = /^R(\d*)\/(.+)$/.exec(text);
  return match !== null && match[1] !== '0' && isIsoDuration(match[2] ?? '');
}
