import { addWorkingTime } from '../add-working-time';
import { checkCalendar } from '../check-calendar';
import { CN_WORKDAYS_COVERAGE, cnWorkdaysCalendar } from '../cn-workdays.calendar';
import { workingTimeBetween } from '../working-time-between';

const calendar = cnWorkdaysCalendar();
const HOUR = 3_600_000;
const holidays = new Set(calendar.holidays?.map((d) => d.date));
const workingDays = new Set(calendar.workingDays?.map((d) => d.date));

function dates(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const dayBefore = (date: string): string => shift(date, -1);
const dayAfter = (date: string): string => shift(date, 1);

describe('cn-workdays calendar data (from chinese-days)', () => {
  it('should cover 2004 to 2026 and be a valid calendar', () => {
    // given the calendar built from chinese-days 1.5.7
    // when its coverage and definition are checked
    // then it covers the published years and has no problems
    expect(CN_WORKDAYS_COVERAGE).toEqual({ fromYear: 2004, toYear: 2026 });
    expect(checkCalendar(calendar)).toEqual([]);
  });

  it.each([
    ['2025 Spring Festival', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
    ['2025 National Day and Mid-Autumn', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
    ['2026 Spring Festival', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
    ['2026 National Day', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
  ])('should know the %s holiday and its 调休 make-up workdays', (_name, first, last, makeUps) => {
    // given the statutory arrangement published by the State Council
    // when the calendar's days are looked up
    // then every day of the holiday is off and the swapped weekend days are working days
    expect(dates(first, last).filter((d) => !holidays.has(d))).toEqual([]);
    expect([dayBefore(first), dayAfter(last)].filter((d) => holidays.has(d))).toEqual([]);
    expect(makeUps.filter((d) => !workingDays.has(d))).toEqual([]);
  });

  it('should name make-up workdays after their holiday', () => {
    // given the 2025 Spring Festival make-up Sunday
    // when its entry is read
    const entry = calendar.workingDays?.find((d) => d.date === '2025-01-26');

    // then it says why that Sunday is worked
    expect(entry).toEqual({ date: '2025-01-26', name: '春节调休上班' });
  });
});

describe('addWorkingTime across 调休', () => {
  it('should jump over the whole 2025 Spring Festival', () => {
    // given a ticket at 17:00 on Monday 2025-01-27, the last working day before the holiday
    // when a 2-hour response target is added
    const result = addWorkingTime('2025-01-27T17:00:00+08:00', 'PT2H', calendar);

    // then one hour is used that evening and the other on Wednesday 2025-02-05 after the holiday
    expect(result).toEqual({ ok: true, value: '2025-02-05T10:00:00.000+08:00', warnings: [] });
  });

  it('should count Sunday 2025-01-26 as a working day', () => {
    // given a ticket on Saturday 2025-01-25 (a weekend day)
    // when 4 working hours are added
    const result = addWorkingTime('2025-01-25T10:00:00+08:00', 'PT4H', calendar);

    // then the clock runs on the make-up Sunday: 09:00–12:00 plus one hour after lunch
    expect(result).toMatchObject({ ok: true, value: '2025-01-26T14:30:00.000+08:00' });
  });

  it('should skip National Day 2025 and count Saturday 2025-10-11 as a working day', () => {
    // given a ticket at 17:30 on Tuesday 2025-09-30, and one at 17:00 on Friday 2025-10-10
    // when 8 and 2 working hours are added
    const overHoliday = addWorkingTime('2025-09-30T17:30:00+08:00', 'PT8H', calendar);
    const overWeekend = addWorkingTime('2025-10-10T17:00:00+08:00', 'PT2H', calendar);

    // then 10/1–10/8 are skipped (0.5 h + 7.5 h on Thursday 10/9), and the make-up Saturday carries the second hour
    expect(overHoliday).toMatchObject({ ok: true, value: '2025-10-09T18:00:00.000+08:00' });
    expect(overWeekend).toMatchObject({ ok: true, value: '2025-10-11T10:00:00.000+08:00' });
  });

  it('should work on Saturday 2026-02-14 and Saturday 2026-02-28 around the 2026 Spring Festival', () => {
    // given a ticket at 17:00 on Friday 2026-02-13
    // when 2 working hours are added
    const before = addWorkingTime('2026-02-13T17:00:00+08:00', 'PT2H', calendar);
    // and given a ticket at 17:00 on Friday 2026-02-27
    const after = addWorkingTime('2026-02-27T17:00:00+08:00', 'PT2H', calendar);

    // then the make-up Saturdays carry the second hour, not the following Tuesday or Monday
    expect(before).toMatchObject({ ok: true, value: '2026-02-14T10:00:00.000+08:00' });
    expect(after).toMatchObject({ ok: true, value: '2026-02-28T10:00:00.000+08:00' });
  });

  it('should resume on Tuesday 2026-02-24 after the 2026 holiday', () => {
    // given a ticket at 17:00 on the make-up Saturday 2026-02-14
    // when 2 working hours are added
    const result = addWorkingTime('2026-02-14T17:00:00+08:00', 'PT2H', calendar);

    // then 2/15–2/23 are off and the second hour is on Tuesday 2/24
    expect(result).toMatchObject({ ok: true, value: '2026-02-24T10:00:00.000+08:00' });
  });

  it('should work on Sunday 2026-09-20 and resume on Thursday 2026-10-08 after National Day', () => {
    // given tickets on Saturday 2026-09-19 and on Wednesday 2026-09-30 at 17:00
    const sunday = addWorkingTime('2026-09-19T12:00:00+08:00', 'PT1H', calendar);
    const afterHoliday = addWorkingTime('2026-09-30T17:00:00+08:00', 'PT2H', calendar);

    // then the make-up Sunday counts, and 10/1–10/7 do not
    expect(sunday).toMatchObject({ ok: true, value: '2026-09-20T10:00:00.000+08:00' });
    expect(afterHoliday).toMatchObject({ ok: true, value: '2026-10-08T10:00:00.000+08:00' });
  });
});

describe('workingTimeBetween across 调休', () => {
  it('should count the make-up Sunday 2025-09-28 and nothing of National Day', () => {
    // given Friday 2025-09-26 17:00 to Thursday 2025-10-09 10:00
    // when working time is measured
    const result = workingTimeBetween('2025-09-26T17:00:00+08:00', '2025-10-09T10:00:00+08:00', calendar);

    // then: Fri 1 h + Sun 9/28 7.5 h + Mon 9/29 7.5 h + Tue 9/30 7.5 h + Thu 10/9 1 h
    expect(result).toEqual({ ok: true, value: 24.5 * HOUR, warnings: [] });
  });

  it('should agree with addWorkingTime over the 2026 Spring Festival', () => {
    // given a start before the holiday and 20 working hours
    const start = '2026-02-12T11:00:00+08:00';
    const end = addWorkingTime(start, 20 * HOUR, calendar);

    // when the working time between them is measured
    const between = end.ok ? workingTimeBetween(start, end.value, calendar) : end;

    // then it is the same 20 hours
    expect(between).toMatchObject({ ok: true, value: 20 * HOUR });
  });

  it('should warn, and use weekly hours, for years chinese-days does not cover', () => {
    // given New Year's Day 2027, a Friday outside coverage
    // when working time is measured that day
    const result = workingTimeBetween('2027-01-01T00:00:00+08:00', '2027-01-02T00:00:00+08:00', calendar);

    // then it counts as a normal Friday, with a warning naming the year
    expect(result).toEqual({
      ok: true,
      value: 7.5 * HOUR,
      warnings: [
        expect.objectContaining({
          code: 'CALENDAR_OUTSIDE_COVERAGE',
          severity: 'warning',
          message: expect.stringContaining('2027'),
        }),
      ],
    });
  });
});
