import chineseDays from 'chinese-days/dist/chinese-days.json';
import { DEFAULT_TIME_ZONE } from '../evaluation/rule-env.type';
import type { BusinessCalendar, CalendarDay, TimeRange, Weekday } from './business-calendar.type';

/** chinese-days' data: `date → "English name,中文名,days"` for statutory holidays and make-up workdays. */
interface ChineseDaysData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

const data = chineseDays as ChineseDaysData;

function yearsOf(...tables: readonly Readonly<Record<string, string>>[]): number[] {
  return tables.flatMap((table) => Object.keys(table).map((date) => Number(date.slice(0, 4))));
}

/** The years chinese-days (1.5.7) publishes statutory holidays and 调休 for: 2004 to 2026. */
export const CN_WORKDAYS_COVERAGE: { readonly fromYear: number; readonly toYear: number } = Object.freeze({
  fromYear: Math.min(...yearsOf(data.holidays, data.workdays)),
  toYear: Math.max(...yearsOf(data.holidays, data.workdays)),
});

/** Office hours with a lunch break: 09:00–12:00 and 13:30–18:00. */
export const CN_OFFICE_HOURS: readonly TimeRange[] = Object.freeze([
  { from: '09:00', to: '12:00' },
  { from: '13:30', to: '18:00' },
]);

/** Options of the cn-workdays calendar: a project may have other hours or work weekends. */
export interface CnWorkdaysOptions {
  readonly key?: string;
  readonly name?: string;
  readonly timeZone?: string;
  /** Default: `CN_OFFICE_HOURS` Monday to Friday, weekends off. */
  readonly weeklyHours?: BusinessCalendar['weeklyHours'];
  /** Hours of 调休 make-up workdays; default: Monday's hours. */
  readonly makeUpDayHours?: readonly TimeRange[];
}

function days(table: Readonly<Record<string, string>>, suffix: string): CalendarDay[] {
  return Object.entries(table)
    .map(([date, label]) => ({ date, name: `${label.split(',')[1] ?? label}${suffix}` }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

const WORKWEEK: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/**
 * The mainland China statutory calendar, built from the chinese-days package: its statutory holidays become
 * `holidays`, its 调休 make-up workdays (weekends worked to bridge a holiday) become `workingDays`, and
 * `coverage` is the years it publishes ({@link CN_WORKDAYS_COVERAGE}). Outside those years only weekly hours apply,
 * and calculations warn with `CALENDAR_OUTSIDE_COVERAGE`. The shipped definition
 * `definitions/calendars/cn-workdays.calendar.json` is this calendar with its defaults.
 */
export function cnWorkdaysCalendar(options: CnWorkdaysOptions = {}): BusinessCalendar {
  const weeklyHours = options.weeklyHours ?? Object.fromEntries(WORKWEEK.map((day) => [day, CN_OFFICE_HOURS]));
  return {
    key: options.key ?? 'cn-workdays',
    name: options.name ?? '中国法定工作日',
    description: `Mainland China statutory holidays and 调休 make-up workdays ${CN_WORKDAYS_COVERAGE.fromYear}–${CN_WORKDAYS_COVERAGE.toYear} (chinese-days), office hours with a lunch break.`,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    weeklyHours,
    ...(options.makeUpDayHours ? { makeUpDayHours: options.makeUpDayHours } : {}),
    holidays: days(data.holidays, ''),
    workingDays: days(data.workdays, '调休上班'),
    coverage: CN_WORKDAYS_COVERAGE,
  };
}
