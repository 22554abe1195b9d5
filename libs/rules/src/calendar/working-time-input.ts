import { DateTime } from 'luxon';
import { parseDuration } from '../dates/duration.util';
import { parseInstant } from '../dates/instant.util';
import { problem, type RuleProblem } from '../problems/rule-problem.type';
import type { CalendarIndex } from './calendar-index';

/** Days a calculation may scan before giving up (about ten years). */
export const HORIZON_DAYS = 3660;

/** An instant from an ISO 8601 string (without offset: in the calendar's zone) or epoch milliseconds. */
export function readInstant(value: string | number, index: CalendarIndex, path: string): number | RuleProblem {
  const millis = parseInstant(value, index.zone);
  return (
    millis ??
    problem(
      'CALENDAR_INVALID_INSTANT',
      path,
      `${JSON.stringify(value)} is not an ISO 8601 instant or epoch milliseconds.`,
    )
  );
}

/** A working-time length from milliseconds or an ISO 8601 duration in hours, minutes and seconds. */
export function readWorkingDuration(value: string | number, path: string): number | RuleProblem {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0
      ? value
      : problem('CALENDAR_INVALID_DURATION', path, 'A duration is a non-negative number of milliseconds.');
  }
  const parsed = parseDuration(value);
  if (!parsed.ok)
    return problem(
      'CALENDAR_INVALID_DURATION',
      path,
      `"${value}" is not an ISO 8601 duration of hours, minutes and seconds.`,
    );
  if (parsed.hasDays) {
    return problem(
      'CALENDAR_INVALID_DURATION',
      path,
      `"${value}" counts days, which is ambiguous in working time: write working hours (PT16H).`,
    );
  }
  return parsed.millis >= 0
    ? parsed.millis
    : problem('CALENDAR_INVALID_DURATION', path, 'A working duration cannot be negative.');
}

/** ISO 8601 with the calendar's offset, e.g. `2025-02-05T10:00:00.000+08:00`. */
export function formatLocal(millis: number, index: CalendarIndex): string {
  return DateTime.fromMillis(millis, { zone: index.zone }).toISO() ?? '';
}

/** One warning listing the years outside the calendar's coverage that a calculation went through. */
export function coverageWarnings(years: ReadonlySet<number>, index: CalendarIndex): RuleProblem[] {
  if (years.size === 0 || index.coverage === undefined) return [];
  const { fromYear, toYear } = index.coverage;
  const listed = [...years].sort().join(', ');
  const message = `${listed} is outside the years whose holidays this calendar knows (${fromYear}–${toYear}): only weekly hours were used.`;
  return [problem('CALENDAR_OUTSIDE_COVERAGE', '', message, 'warning')];
}
