import type { RuleProblem } from '../problems/rule-problem.type';

/** Days of the week, as keys of `weeklyHours`. */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Working time within a day, local wall-clock `HH:mm`; `to` may be `24:00`. */
export interface TimeRange {
  readonly from: string;
  readonly to: string;
}

/** A dated exception, `YYYY-MM-DD` in the calendar's time zone. */
export interface CalendarDay {
  readonly date: string;
  readonly name?: string;
}

/** A working day on what would be a day off (调休 make-up workday), with its hours. */
export interface WorkingDay extends CalendarDay {
  /** Hours of that day; default: the calendar's `makeUpDayHours`, else Monday's hours. */
  readonly hours?: readonly TimeRange[];
}

/**
 * A business calendar (`definitions/calendars/<key>.calendar.json`): weekly hours with breaks, holidays, and
 * make-up working days. A date is resolved in this order: holiday (no hours) → working day (its hours) → weekly
 * hours of its weekday. `coverage` says for which years the holidays and working days are known; outside it only
 * weekly hours apply and results carry a `CALENDAR_OUTSIDE_COVERAGE` warning.
 */
export interface BusinessCalendar {
  readonly key: string;
  readonly name?: string;
  readonly description?: string;
  /** IANA time zone; default `Asia/Shanghai`. */
  readonly timeZone?: string;
  /** Working hours per weekday; a weekday absent or empty is a day off. */
  readonly weeklyHours: Readonly<Partial<Record<Weekday, readonly TimeRange[]>>>;
  readonly holidays?: readonly CalendarDay[];
  readonly workingDays?: readonly WorkingDay[];
  readonly makeUpDayHours?: readonly TimeRange[];
  readonly coverage?: { readonly fromYear: number; readonly toYear: number };
}

/** A calendar calculation: its value and warnings (such as dates outside coverage), or why it failed. */
export type CalendarResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly RuleProblem[] }
  | { readonly ok: false; readonly problems: readonly RuleProblem[] };
