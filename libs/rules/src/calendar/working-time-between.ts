import { problem, type RuleProblem } from '../problems/rule-problem.type';
import type { BusinessCalendar, CalendarResult } from './business-calendar.type';
import { indexCalendar, type CalendarIndex } from './calendar-index';
import { civilDayOf, frameOf } from './day-frame';
import { coverageWarnings, HORIZON_DAYS, readInstant } from './working-time-input';

/** Working milliseconds in `[from, to)`, with `from ≤ to`, and the uncovered years it went through. */
function sum(index: CalendarIndex, from: number, to: number): { total: number; years: Set<number> } {
  const years = new Set<number>();
  let total = 0;
  for (let civil = civilDayOf(from, index.zone); ; civil += 1) {
    const day = frameOf(index, civil);
    if (day.midnight >= to) break;
    if (day.outsideCoverage) years.add(day.year);
    for (const range of day.ranges) {
      const start = Math.max(day.at(range.from), from);
      const end = Math.min(day.at(range.to), to);
      if (end > start) total += end - start;
    }
  }
  return { total, years };
}

/**
 * Working time between two instants, in milliseconds: negative when `b` is before `a`. Counts the same hours as
 * `addWorkingTime`, so `workingTimeBetween(a, addWorkingTime(a, d)) = d`. Use it for SLA clocks and for reports'
 * "average resolution time in business hours".
 *
 * @example
 * ```ts
 * workingTimeBetween('2025-09-26T17:00:00+08:00', '2025-09-29T10:00:00+08:00', cnWorkdaysCalendar());
 * // → 34 200 000 ms (9.5 h): Friday 17–18, Sunday 9/28 a make-up workday (7.5 h), Monday 9–10
 * ```
 */
export function workingTimeBetween(
  a: string | number,
  b: string | number,
  calendar: BusinessCalendar,
): CalendarResult<number> {
  const { index, problems } = indexCalendar(calendar);
  if (index === undefined) return { ok: false, problems };
  const from = readInstant(a, index, '/a');
  const to = readInstant(b, index, '/b');
  const invalid = [from, to].filter((v): v is RuleProblem => typeof v === 'object');
  if (invalid.length > 0 || typeof from !== 'number' || typeof to !== 'number') return { ok: false, problems: invalid };
  const [low, high] = from <= to ? [from, to] : [to, from];
  if (high - low > HORIZON_DAYS * 86_400_000) {
    return {
      ok: false,
      problems: [problem('CALENDAR_HORIZON_EXCEEDED', '', `The instants are more than ${HORIZON_DAYS} days apart.`)],
    };
  }
  const { total, years } = sum(index, low, high);
  return { ok: true, value: from <= to || total === 0 ? total : -total, warnings: coverageWarnings(years, index) };
}
