import { addWorkingTime } from '../calendar/add-working-time';
import type { BusinessCalendar } from '../calendar/business-calendar.type';
import { timeZoneOf } from '../evaluation/evaluation-context';
import { formatInstant, parseInstant } from '../dates/instant.util';
import { RuleFault } from '../problems/rule-fault.error';
import { eager } from './compile-helpers';
import { checkDateLiteral } from './date-literal.check';
import type { OperationDefinition } from './operation.type';

/** Office hours Monday to Friday, 09:00–12:00 and 13:00–18:00: the documented examples' calendar. */
const OFFICE_HOURS = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '18:00' },
];
const EXAMPLE_CALENDAR: BusinessCalendar = {
  key: 'office',
  name: 'Office hours',
  timeZone: 'Asia/Shanghai',
  weeklyHours: {
    monday: OFFICE_HOURS,
    tuesday: OFFICE_HOURS,
    wednesday: OFFICE_HOURS,
    thursday: OFFICE_HOURS,
    friday: OFFICE_HOURS,
  },
};

/**
 * `{ "add_working_time": [date, duration, calendar] }`: the instant at which `duration` of working time (ISO 8601 in
 * hours and minutes, or milliseconds) has passed since `date` in the named business calendar: an SLA deadline on
 * working days. ISO 8601 UTC, or `null` when the date, duration or calendar name is not valid or the calendar is
 * unknown. The calendars come from the environment (`env.calendar`); without one the evaluation fails.
 */
export const addWorkingTimeOperation: OperationDefinition = {
  name: 'add_working_time',
  family: 'date',
  summary:
    '`[date, duration, calendar]`: the instant `duration` of working time after `date` in a business calendar; ISO 8601 UTC, or `null`.',
  arity: { min: 3, max: 3 },
  signature: { params: [['date', 'number'], ['string', 'number'], ['string']], result: 'date' },
  checkLiterals: (raw, paths) => checkDateLiteral(raw[0], paths[0] ?? ''),
  examples: [
    {
      description: 'a 4-working-hour SLA reported on Friday afternoon ends on Monday morning',
      rule: { add_working_time: [{ var: 'reportedAt' }, 'PT4H', 'office'] },
      data: { reportedAt: '2025-03-07T16:00:00+08:00' },
      calendars: { office: EXAMPLE_CALENDAR },
      result: '2025-03-10T03:00:00.000Z',
    },
  ],
  compile: eager(([date, duration, name], _data, ctx, path) => {
    const lookup = ctx.env.calendar;
    if (lookup === undefined) {
      throw RuleFault.of('CALENDAR_MISSING', path, '"add_working_time" needs business calendars: pass env.calendar.');
    }
    if (typeof name !== 'string' || (typeof duration !== 'string' && typeof duration !== 'number')) return null;
    const calendar = lookup(name);
    const start = parseInstant(date, timeZoneOf(ctx, path));
    if (calendar === undefined || start === null) return null;
    const end = addWorkingTime(start, duration, calendar);
    return end.ok ? formatInstant(Date.parse(end.value)) : null;
  }),
};
