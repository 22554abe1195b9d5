import type { DayFrame } from './day-frame';
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
  /** Memo of the local days already resolved, by civil day number (see `frameOf`). */
  readonly frames: Map<number, DayFrame>;
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
    frames: new Map(),
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
