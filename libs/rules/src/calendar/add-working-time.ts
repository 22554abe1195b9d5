import { problem, type RuleProblem } from '../problems/rule-problem.type';
import type { BusinessCalendar, CalendarResult } from './business-calendar.type';
import { indexCalendar, type CalendarIndex } from './calendar-index';
import { civilDayOf, frameOf } from './day-frame';
import { coverageWarnings, formatLocal, HORIZON_DAYS, readInstant, readWorkingDuration } from './working-time-input';

/** Walks working ranges from `start` until `remaining` milliseconds of working time have elapsed. */
function walk(index: CalendarIndex, start: number, remaining: number): { end?: number; years: Set<number> } {
  const years = new Set<number>();
  const first = civilDayOf(start, index.zone);
  for (let civil = first; civil < first + HORIZON_DAYS; civil += 1) {
    const day = frameOf(index, civil);
    if (day.outsideCoverage) years.add(day.year);
    for (const range of day.ranges) {
      const from = Math.max(day.at(range.from), start);
      const to = day.at(range.to);
      if (to <= from) continue;
      if (remaining <= to - from) return { end: from + remaining, years };
      remaining -= to - from;
    }
  }
  return { years };
}

/**
 * The instant at which `duration` of working time has elapsed since `start`: the earliest instant `end` with
 * `workingTimeBetween(start, end) = duration`. Time outside working hours, lunch breaks, holidays and weekends does
 * not count; make-up working days (调休) do. A zero duration returns `start`.
 *
 * `start` is ISO 8601 (without offset: the calendar's zone) or epoch milliseconds; `duration` is milliseconds or
 * an ISO 8601 duration in hours, minutes and seconds (`PT4H30M`; days are refused as ambiguous). The end is ISO
 * 8601 with the calendar's offset. Dates outside the calendar's coverage use weekly hours, with a warning.
 *
 * @example
 * ```ts
 * addWorkingTime('2025-01-27T17:00:00+08:00', 'PT2H', cnWorkdaysCalendar());
 * // → { ok: true, value: '2025-02-05T10:00:00.000+08:00', warnings: [] } (Spring Festival 1/28–2/4)
 * ```
 */
export function addWorkingTime(
  start: string | number,
  duration: string | number,
  calendar: BusinessCalendar,
): CalendarResult<string> {
  const { index, problems } = indexCalendar(calendar);
  if (index === undefined) return { ok: false, problems };
  const from = readInstant(start, index, '/start');
  const length = readWorkingDuration(duration, '/duration');
  const invalid = [from, length].filter((v): v is RuleProblem => typeof v === 'object');
  if (invalid.length > 0 || typeof from !== 'number' || typeof length !== 'number')
    return { ok: false, problems: invalid };
  if (length === 0) return { ok: true, value: formatLocal(from, index), warnings: [] };
  const { end, years } = walk(index, from, length);
  if (end === undefined) {
    return {
      ok: false,
      problems: [problem('CALENDAR_HORIZON_EXCEEDED', '', `Not enough working time within ${HORIZON_DAYS} days.`)],
    };
  }
  return { ok: true, value: formatLocal(end, index), warnings: coverageWarnings(years, index) };
}
