import { addWorkingTime } from '../add-working-time';
import type { BusinessCalendar } from '../business-calendar.type';
import { workingTimeBetween } from '../working-time-between';

const HOUR = 3_600_000;
const office = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

// A project's calendar: Mon–Fri 9–12 and 13–17 (lunch 12–13), Saturday mornings, one holiday, one extra day.
const project: BusinessCalendar = {
  key: 'project-east',
  weeklyHours: {
    monday: office,
    tuesday: office,
    wednesday: office,
    thursday: office,
    friday: office,
    saturday: [{ from: '09:00', to: '12:00' }],
  },
  holidays: [{ date: '2025-05-01', name: '劳动节' }],
  workingDays: [{ date: '2025-05-04', hours: [{ from: '10:00', to: '12:00' }] }],
};

describe('addWorkingTime', () => {
  it.each([
    ['starts inside hours', '2025-04-28T10:00:00+08:00', 'PT1H', '2025-04-28T11:00:00.000+08:00'],
    ['pauses over lunch', '2025-04-28T11:30:00+08:00', 'PT1H', '2025-04-28T13:30:00.000+08:00'],
    ['ends exactly at a break', '2025-04-28T11:00:00+08:00', 'PT1H', '2025-04-28T12:00:00.000+08:00'],
    ['waits for opening time', '2025-04-28T07:00:00+08:00', 'PT30M', '2025-04-28T09:30:00.000+08:00'],
    ['runs overnight', '2025-04-28T16:00:00+08:00', 'PT2H', '2025-04-29T10:00:00.000+08:00'],
    ['skips a holiday', '2025-04-30T16:00:00+08:00', 'PT2H', '2025-05-02T10:00:00.000+08:00'],
    ['uses Saturday morning hours', '2025-05-02T16:30:00+08:00', 'PT1H', '2025-05-03T09:30:00.000+08:00'],
    ['uses the hours of an extra working day', '2025-05-03T11:30:00+08:00', 'PT1H', '2025-05-04T10:30:00.000+08:00'],
    ['accepts milliseconds', '2025-04-28T10:00:00+08:00', 90 * 60_000, '2025-04-28T11:30:00.000+08:00'],
    [
      'reads an instant without offset in the calendar zone',
      '2025-04-28T10:00',
      'PT1H',
      '2025-04-28T11:00:00.000+08:00',
    ],
    [
      'returns the start for a zero duration, even off hours',
      '2025-04-27T03:00:00+08:00',
      'PT0S',
      '2025-04-27T03:00:00.000+08:00',
    ],
  ])('should find the end when it %s', (_case, start, duration, expected) => {
    // given a start and a working duration
    // when working time is added on the project calendar
    const result = addWorkingTime(start, duration, project);

    // then the end skips everything that is not working time
    expect(result).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it('should honour the calendar time zone and keep wall-clock hours across DST', () => {
    // given a Paris calendar open 9–17 every day, and a start on the eve of summer time
    const paris: BusinessCalendar = {
      key: 'paris',
      timeZone: 'Europe/Paris',
      weeklyHours: Object.fromEntries(
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [
          d,
          [{ from: '09:00', to: '17:00' }],
        ]),
      ),
    };

    // when 9 working hours are added from Saturday 16:00
    const result = addWorkingTime('2025-03-29T16:00:00+01:00', 'PT9H', paris);

    // then the Sunday opens at 09:00 summer time
    expect(result).toEqual({ ok: true, value: '2025-03-30T17:00:00.000+02:00', warnings: [] });
  });

  it.each([
    ['an invalid start', 'yesterday', 'PT1H', 'CALENDAR_INVALID_INSTANT'],
    ['a duration in days', '2025-04-28T10:00:00+08:00', 'P1D', 'CALENDAR_INVALID_DURATION'],
    ['a malformed duration', '2025-04-28T10:00:00+08:00', '1h', 'CALENDAR_INVALID_DURATION'],
    ['a negative duration', '2025-04-28T10:00:00+08:00', -1, 'CALENDAR_INVALID_DURATION'],
  ])('should refuse %s', (_case, start, duration, code) => {
    // given an invalid input
    // when working time is added
    const result = addWorkingTime(start, duration, project);

    // then the problem names it
    expect(result.ok ? 'ok' : result.problems[0]?.code).toBe(code);
  });

  it('should give up after the horizon when a calendar has almost no working time', () => {
    // given a calendar whose only working time is one extra day
    const sparse: BusinessCalendar = {
      key: 'sparse',
      weeklyHours: {},
      workingDays: [{ date: '2025-01-02', hours: [{ from: '09:00', to: '10:00' }] }],
    };

    // when two hours are needed
    const result = addWorkingTime('2025-01-01T00:00:00+08:00', 'PT2H', sparse);

    // then it fails instead of looping forever
    expect(result.ok ? 'ok' : result.problems[0]?.code).toBe('CALENDAR_HORIZON_EXCEEDED');
  });

  it('should refuse an invalid calendar with its problems', () => {
    // given a calendar with overlapping ranges
    const broken: BusinessCalendar = {
      key: 'broken',
      weeklyHours: {
        monday: [
          { from: '09:00', to: '12:00' },
          { from: '11:00', to: '13:00' },
        ],
      },
    };

    // when it is used
    const result = addWorkingTime('2025-04-28T10:00:00+08:00', 'PT1H', broken);

    // then the calendar's problem is returned
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'CALENDAR_INVALID_HOURS', path: '/weeklyHours/monday/1' })],
    });
  });
});

describe('workingTimeBetween', () => {
  it.each([
    ['within a morning', '2025-04-28T09:30:00+08:00', '2025-04-28T11:00:00+08:00', 1.5],
    ['across lunch', '2025-04-28T11:00:00+08:00', '2025-04-28T14:00:00+08:00', 2],
    [
      'over a holiday and a weekend with a Saturday morning and an extra Sunday',
      '2025-04-30T16:00:00+08:00',
      '2025-05-05T10:00:00+08:00',
      1 + 7 + 3 + 2 + 1,
    ],
    ['entirely off hours', '2025-04-28T18:00:00+08:00', '2025-04-28T23:00:00+08:00', 0],
  ])('should measure working time %s', (_case, a, b, hours) => {
    // given two instants
    // when the working time between them is measured
    const result = workingTimeBetween(a, b, project);

    // then only working hours count
    expect(result).toEqual({ ok: true, value: hours * HOUR, warnings: [] });
  });

  it('should be negative when the second instant is earlier, and 0 not -0 when nothing counts', () => {
    // given instants in reverse order
    const back = workingTimeBetween('2025-04-28T14:00:00+08:00', '2025-04-28T11:00:00+08:00', project);
    const none = workingTimeBetween('2025-04-28T23:00:00+08:00', '2025-04-28T18:00:00+08:00', project);

    // then the sign follows the order
    expect(back).toMatchObject({ value: -2 * HOUR });
    expect(none.ok && Object.is(none.value, 0)).toBe(true);
  });

  it('should refuse instants more than the horizon apart', () => {
    // given instants 20 years apart
    // when measured
    const result = workingTimeBetween('2000-01-01', '2020-01-01', project);

    // then the horizon is the problem
    expect(result.ok ? 'ok' : result.problems[0]?.code).toBe('CALENDAR_HORIZON_EXCEEDED');
  });
});
