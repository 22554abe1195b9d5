import { DateTime } from 'luxon';
import { isKnownTimeZone } from '../evaluation/known-time-zone.util';
import { isPlainObject } from '../json/plain-object.util';
import { childPath, problem, type RuleProblem } from '../problems/rule-problem.type';
import type { Weekday } from './business-calendar.type';

/** The weekdays in ISO order (Monday = 1). */
export const WEEKDAYS: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const CALENDAR_KEYS = [
  '$schema',
  'key',
  'name',
  'description',
  'timeZone',
  'weeklyHours',
  'holidays',
  'workingDays',
  'makeUpDayHours',
  'coverage',
];

/** Minutes after local midnight of an `HH:mm` time. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function checkRanges(ranges: unknown, path: string): RuleProblem[] {
  if (!Array.isArray(ranges)) return [problem('CALENDAR_INVALID_HOURS', path, 'Hours are a list of { from, to }.')];
  let previousEnd = -1;
  return ranges.flatMap((range: unknown, i) => {
    const at = childPath(path, i);
    const from = isPlainObject(range) ? range.from : undefined;
    const to = isPlainObject(range) ? range.to : undefined;
    if (typeof from !== 'string' || typeof to !== 'string' || !TIME.test(from) || !TIME.test(to) || from === '24:00') {
      return [
        problem('CALENDAR_INVALID_HOURS', at, 'Each range is { "from": "HH:mm", "to": "HH:mm" } (to may be 24:00).'),
      ];
    }
    const [start, end] = [minutesOf(from), minutesOf(to)];
    const wrong =
      start >= end ? 'ends before it starts' : start < previousEnd ? 'overlaps or precedes the previous range' : '';
    previousEnd = end;
    return wrong
      ? [problem('CALENDAR_INVALID_HOURS', at, `${from}–${to} ${wrong}; keep ranges ordered and apart.`)]
      : [];
  });
}

function checkDays(days: unknown, path: string, withHours: boolean): { problems: RuleProblem[]; dates: string[] } {
  if (days === undefined) return { problems: [], dates: [] };
  if (!Array.isArray(days))
    return { problems: [problem('CALENDAR_INVALID', path, 'A list of { date } entries.')], dates: [] };
  const problems: RuleProblem[] = [];
  const dates = days.flatMap((day: unknown, i) => {
    const date = isPlainObject(day) ? day.date : undefined;
    if (
      typeof date !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
      !DateTime.fromISO(date, { zone: 'UTC' }).isValid
    ) {
      problems.push(problem('CALENDAR_INVALID_DATE', childPath(path, i, 'date'), 'Dates are YYYY-MM-DD.'));
      return [];
    }
    if (withHours && isPlainObject(day) && day.hours !== undefined)
      problems.push(...checkRanges(day.hours, childPath(path, i, 'hours')));
    return [date];
  });
  return { problems, dates };
}

function checkWeekly(weekly: unknown): RuleProblem[] {
  if (!isPlainObject(weekly))
    return [problem('CALENDAR_INVALID', '/weeklyHours', 'weeklyHours maps weekdays to hours.')];
  return Object.keys(weekly).flatMap((day) =>
    (WEEKDAYS as readonly string[]).includes(day)
      ? checkRanges(weekly[day], `/weeklyHours/${day}`)
      : [problem('CALENDAR_INVALID', `/weeklyHours/${day}`, `"${day}" is not a weekday (monday … sunday).`)],
  );
}

function checkCoverage(coverage: unknown): RuleProblem[] {
  if (coverage === undefined) return [];
  const valid =
    isPlainObject(coverage) &&
    Number.isInteger(coverage.fromYear) &&
    Number.isInteger(coverage.toYear) &&
    (coverage.fromYear as number) <= (coverage.toYear as number);
  return valid
    ? []
    : [problem('CALENDAR_INVALID', '/coverage', 'coverage is { fromYear, toYear } with fromYear ≤ toYear.')];
}

/**
 * Checks a calendar definition: time zone, `HH:mm` ranges in order without overlap, dates, a date both holiday
 * and working day (`CALENDAR_CONFLICT`), coverage, and a calendar without any working time. Never throws.
 */
export function checkCalendar(calendar: unknown): RuleProblem[] {
  if (!isPlainObject(calendar)) return [problem('CALENDAR_INVALID', '', 'A calendar is a JSON object.')];
  const found = Object.keys(calendar)
    .filter((k) => !CALENDAR_KEYS.includes(k))
    .map((k) => problem('CALENDAR_INVALID', childPath('', k), `Unknown property "${k}".`));
  if (typeof calendar.key !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(calendar.key))
    found.push(problem('CALENDAR_INVALID', '/key', 'A calendar needs a kebab-case key.'));
  const zone = calendar.timeZone;
  if (zone !== undefined && (typeof zone !== 'string' || !isKnownTimeZone(zone)))
    found.push(problem('CALENDAR_INVALID_TIME_ZONE', '/timeZone', `Unknown time zone ${JSON.stringify(zone)}.`));
  found.push(...checkWeekly(calendar.weeklyHours), ...checkCoverage(calendar.coverage));
  if (calendar.makeUpDayHours !== undefined) found.push(...checkRanges(calendar.makeUpDayHours, '/makeUpDayHours'));
  const holidays = checkDays(calendar.holidays, '/holidays', false);
  const working = checkDays(calendar.workingDays, '/workingDays', true);
  found.push(...holidays.problems, ...working.problems);
  const off = new Set(holidays.dates);
  working.dates.forEach(
    (date, i) =>
      off.has(date) &&
      found.push(
        problem('CALENDAR_CONFLICT', `/workingDays/${i}/date`, `${date} is both a holiday and a working day.`),
      ),
  );
  const weekly = isPlainObject(calendar.weeklyHours) ? Object.values(calendar.weeklyHours) : [];
  if (!weekly.some((ranges) => Array.isArray(ranges) && ranges.length > 0)) {
    const severity = working.dates.length > 0 ? 'warning' : 'error';
    found.push(
      problem(
        'CALENDAR_NO_WORKING_TIME',
        '/weeklyHours',
        'No weekday has working hours: only the listed working days count.',
        severity,
      ),
    );
  }
  return found;
}
