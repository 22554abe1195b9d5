import { DateTime } from 'luxon';
import type { CalendarIndex, MinuteRange } from './calendar-index';

const DAY = 86_400_000;
/** Beyond this many memoised days the memo starts afresh (about 130 years of days). */
const MAX_FRAMES = 50_000;

/** One local day of a calendar, resolved once: its date, working ranges and how its minutes map to instants. */
export interface DayFrame {
  readonly date: string;
  readonly year: number;
  readonly ranges: readonly MinuteRange[];
  readonly outsideCoverage: boolean;
  /** Epoch milliseconds of local midnight. */
  readonly midnight: number;
  /** Epoch milliseconds of a minute after local midnight (1440 is the next midnight), on the wall clock. */
  readonly at: (minute: number) => number;
}

/** The civil day number (days since 1970-01-01) of the local date an instant falls on in `zone`. */
export function civilDayOf(millis: number, zone: string): number {
  const local = DateTime.fromMillis(millis, { zone });
  return Math.round(Date.UTC(local.year, local.month - 1, local.day) / DAY);
}

function localMidnight(civil: number, zone: string): DateTime {
  const utc = new Date(civil * DAY);
  return DateTime.fromObject(
    { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() },
    { zone },
  );
}

/** Minute-to-instant mapping: plain arithmetic on 24-hour days (always, in China), luxon on daylight-saving days. */
function clockOf(midnight: DateTime, next: number): (minute: number) => number {
  const start = midnight.toMillis();
  if (next - start === DAY) return (minute) => start + minute * 60_000;
  return (minute) =>
    minute >= 1440 ? next : midnight.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis();
}

function build(index: CalendarIndex, civil: number): DayFrame {
  const utc = new Date(civil * DAY);
  const date = utc.toISOString().slice(0, 10);
  const year = utc.getUTCFullYear();
  const weekday = ((utc.getUTCDay() + 6) % 7) + 1;
  const midnight = localMidnight(civil, index.zone);
  const ranges = index.holidays.has(date) ? [] : (index.workingDays.get(date) ?? index.weekly.get(weekday) ?? []);
  const { coverage } = index;
  const outsideCoverage = coverage !== undefined && (year < coverage.fromYear || year > coverage.toYear);
  const next = localMidnight(civil + 1, index.zone).toMillis();
  return { date, year, ranges, outsideCoverage, midnight: midnight.toMillis(), at: clockOf(midnight, next) };
}

/**
 * The frame of a civil day, resolved in the order holiday (no hours) → working day → weekly hours, memoised in the
 * calendar's index: time-zone arithmetic is the expensive part of working-time calculations, and it never changes
 * for a given calendar and day.
 */
export function frameOf(index: CalendarIndex, civil: number): DayFrame {
  const cached = index.frames.get(civil);
  if (cached) return cached;
  if (index.frames.size >= MAX_FRAMES) index.frames.clear();
  const frame = build(index, civil);
  index.frames.set(civil, frame);
  return frame;
}
