import type { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE } from '../evaluation/rule-env.type';
import { hasErrors, type RuleProblem } from '../problems/rule-problem.type';
import type { BusinessCalendar, TimeRange } from './business-calendar.type';
import { checkCalendar, minutesOf, WEEKDAYS } from './check-calendar';

/** Working minutes of a day: `[from, to)` in minutes after local midnight. */
export interface MinuteRange {
  readonly from: number;
  readonly to: number;
}

/** A checked calendar, indexed for day lookups. */
export interface CalendarIndex {
  readonly zone: string;
  /** By luxon weekday (1 = Monday … 7 = Sunday). */
  readonly weekly: ReadonlyMap<number, readonly MinuteRange[]>;
  readonly holidays: ReadonlySet<string>;
  readonly workingDays: ReadonlyMap<string, readonly MinuteRange[]>;
  readonly coverage: BusinessCalendar['coverage'];
}

/** The working minutes of one local day and whether its year is outside the calendar's coverage. */
export interface DaySchedule {
  readonly ranges: readonly MinuteRange[];
  readonly outsideCoverage: boolean;
}

const toMinutes = (ranges: readonly TimeRange[] | undefined): MinuteRange[] =>
  (ranges ?? []).map((r) => ({ from: minutesOf(r.from), to: minutesOf(r.to) }));

// Memoisation only: calendar definitions are immutable.
const cache = new WeakMap<object, { index?: CalendarIndex; problems: RuleProblem[] }>();

function build(calendar: BusinessCalendar): { index?: CalendarIndex; problems: RuleProblem[] } {
  const problems = checkCalendar(calendar);
  if (hasErrors(problems)) return { problems };
  const weekly = new Map(WEEKDAYS.map((day, i) => [i + 1, toMinutes(calendar.weeklyHours[day])]));
  const makeUp = calendar.makeUpDayHours ?? calendar.weeklyHours.monday;
  const index: CalendarIndex = {
    zone: calendar.timeZone ?? DEFAULT_TIME_ZONE,
    weekly,
    holidays: new Set((calendar.holidays ?? []).map((d) => d.date)),
    workingDays: new Map((calendar.workingDays ?? []).map((d) => [d.date, toMinutes(d.hours ?? makeUp)])),
    coverage: calendar.coverage,
  };
  return { index, problems };
}

/** Checks and indexes a calendar once per calendar object. */
export function indexCalendar(calendar: BusinessCalendar): { index?: CalendarIndex; problems: RuleProblem[] } {
  if (typeof calendar !== 'object' || calendar === null) return build(calendar);
  const cached = cache.get(calendar);
  if (cached) return cached;
  const built = build(calendar);
  cache.set(calendar, built);
  return built;
}

/** The schedule of a local day (a luxon date at local midnight): holiday → working day → weekly hours. */
export function scheduleOf(index: CalendarIndex, day: DateTime): DaySchedule {
  const date = day.toISODate() ?? '';
  const outsideCoverage =
    index.coverage !== undefined && (day.year < index.coverage.fromYear || day.year > index.coverage.toYear);
  if (index.holidays.has(date)) return { ranges: [], outsideCoverage };
  return { ranges: index.workingDays.get(date) ?? index.weekly.get(day.weekday) ?? [], outsideCoverage };
}

/** Epoch milliseconds of a minute of a local day (24:00 is the next midnight), on the wall clock. */
export function instantOf(day: DateTime, minute: number): number {
  if (minute >= 1440) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis();
}
