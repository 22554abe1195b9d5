import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE, type BusinessCalendar, type TimeRange, type Weekday } from '@anxin/rules';

/** One local day's working periods as absolute instants `[from, to)` (ISO strings). */
export interface CalendarDayPeriods {
  readonly day: string;
  readonly periods: readonly (readonly [string, string])[];
}

const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * The working periods of every day of `fromYear`..`toYear` with working time, resolved as `@anxin/rules` resolves
 * them (holiday → no hours; make-up working day → its hours, else `makeUpDayHours`, else Monday's; otherwise the
 * weekday's hours), wall-clock times taken in the calendar's time zone. What `report_calendar_day` holds, so that
 * `anxin_working_hours` agrees with `workingTimeBetween`.
 */
export function calendarPeriods(calendar: BusinessCalendar, fromYear: number, toYear: number): CalendarDayPeriods[] {
  const zone = calendar.timeZone ?? DEFAULT_TIME_ZONE;
  const holidays = new Set((calendar.holidays ?? []).map((d) => d.date));
  const makeUp = calendar.makeUpDayHours ?? calendar.weeklyHours.monday ?? [];
  const workingDays = new Map((calendar.workingDays ?? []).map((d) => [d.date, d.hours ?? makeUp]));
  const days: CalendarDayPeriods[] = [];
  for (let date = DateTime.utc(fromYear, 1, 1); date.year <= toYear; date = date.plus({ days: 1 })) {
    const iso = date.toISODate() ?? '';
    const ranges = holidays.has(iso) ? [] : (workingDays.get(iso) ?? calendar.weeklyHours[WEEKDAYS[date.weekday - 1]!]);
    const periods = (ranges ?? []).map((range) => periodOf(date, range, zone)).filter(([from, to]) => from < to);
    if (periods.length > 0) days.push({ day: iso, periods });
  }
  return days;
}

function periodOf(date: DateTime, range: TimeRange, zone: string): readonly [string, string] {
  return [instantOf(date, range.from, zone), instantOf(date, range.to, zone)];
}

/** `HH:mm` on the local date in `zone` as an ISO instant; `24:00` is the next local midnight. */
function instantOf(date: DateTime, time: string, zone: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const local = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone });
  const at = hour === 24 ? local.plus({ days: 1 }) : local.set({ hour, minute });
  return at.toUTC().toISO() ?? '';
}
