import { checkCalendar } from '../check-calendar';

const base = { key: 'k', weeklyHours: { monday: [{ from: '09:00', to: '17:00' }] } };
const codesAt = (problems: ReturnType<typeof checkCalendar>): string[] => problems.map((p) => `${p.code} ${p.path}`);

describe('checkCalendar', () => {
  it('should accept a minimal calendar with hours up to midnight', () => {
    // given a calendar open until 24:00
    const late = { ...base, weeklyHours: { friday: [{ from: '18:00', to: '24:00' }] } };

    // when it is checked
    // then nothing is reported
    expect(checkCalendar(late)).toEqual([]);
  });

  it.each([
    [{ ...base, timeZone: 'Mars/Olympus' }, 'CALENDAR_INVALID_TIME_ZONE /timeZone'],
    [
      { ...base, weeklyHours: { monday: [{ from: '9:00', to: '17:00' }] } },
      'CALENDAR_INVALID_HOURS /weeklyHours/monday/0',
    ],
    [
      { ...base, weeklyHours: { monday: [{ from: '17:00', to: '09:00' }] } },
      'CALENDAR_INVALID_HOURS /weeklyHours/monday/0',
    ],
    [
      {
        ...base,
        weeklyHours: {
          monday: [
            { from: '13:00', to: '17:00' },
            { from: '09:00', to: '12:00' },
          ],
        },
      },
      'CALENDAR_INVALID_HOURS /weeklyHours/monday/1',
    ],
    [{ ...base, weeklyHours: { ...base.weeklyHours, funday: [] } }, 'CALENDAR_INVALID /weeklyHours/funday'],
    [{ ...base, holidays: [{ date: '2025-02-30' }] }, 'CALENDAR_INVALID_DATE /holidays/0/date'],
    [
      { ...base, holidays: [{ date: '2025-01-26' }], workingDays: [{ date: '2025-01-26' }] },
      'CALENDAR_CONFLICT /workingDays/0/date',
    ],
    [{ ...base, coverage: { fromYear: 2026, toYear: 2025 } }, 'CALENDAR_INVALID /coverage'],
    [{ ...base, weeklyHours: {} }, 'CALENDAR_NO_WORKING_TIME /weeklyHours'],
    [{ ...base, key: 'Bad Key' }, 'CALENDAR_INVALID /key'],
    [{ ...base, holidayz: [] }, 'CALENDAR_INVALID /holidayz'],
  ])('should report the mistake in %j', (calendar, expected) => {
    // given a calendar with one mistake
    // when it is checked
    // then exactly that mistake is reported
    expect(codesAt(checkCalendar(calendar))).toEqual([expected]);
  });

  it('should not throw on values that are not calendars', () => {
    // given non-objects
    // when they are checked
    // then each yields a problem
    expect([null, 'x', 1].map((v) => codesAt(checkCalendar(v)))).toEqual([
      ['CALENDAR_INVALID '],
      ['CALENDAR_INVALID '],
      ['CALENDAR_INVALID '],
    ]);
  });
});
