import { evaluate } from '../../evaluation/evaluate';

const clock = (iso: string) => () => new Date(iso);

describe('now', () => {
  it('should return the injected clock instant as an ISO UTC string', () => {
    // given a clock at 10:00 in Shanghai
    const env = { now: clock('2025-01-28T10:00:00+08:00') };

    // when "now" is evaluated
    const result = evaluate({ now: [] }, {}, env);

    // then it is the same instant in UTC
    expect(result).toEqual({ ok: true, value: '2025-01-28T02:00:00.000Z' });
  });

  it('should read the clock once per evaluation so every "now" agrees', () => {
    // given a clock that moves one minute per call
    let minute = 0;
    const now = (): number => Date.UTC(2025, 0, 1, 0, minute++);

    // when a rule compares two readings
    const result = evaluate({ '==': [{ now: [] }, { now: [] }] }, {}, { now });

    // then they are equal and the clock was read once
    expect(result).toEqual({ ok: true, value: true });
    expect(minute).toBe(1);
  });

  it('should accept epoch milliseconds from the clock', () => {
    // given a clock returning epoch milliseconds
    const env = { now: () => Date.UTC(2026, 1, 14, 1, 0) };

    // when "now" is evaluated
    const result = evaluate({ now: [] }, {}, env);

    // then the instant is formatted
    expect(result).toEqual({ ok: true, value: '2026-02-14T01:00:00.000Z' });
  });

  it('should fail with CLOCK_MISSING rather than read the system clock', () => {
    // given no clock in the env
    // when "now" is evaluated
    const result = evaluate({ if: [true, { now: [] }, null] }, {});

    // then the evaluation reports the missing clock at the operation's path
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'CLOCK_MISSING', path: '/if/1' })],
    });
  });

  it('should fail with CLOCK_INVALID for an invalid date from the clock', () => {
    // given a broken clock
    // when "now" is evaluated
    const result = evaluate({ now: [] }, {}, { now: () => new Date('nonsense') });

    // then the problem names the clock
    expect(result.ok ? 'ok' : result.problems[0]?.code).toBe('CLOCK_INVALID');
  });
});

describe('date_add', () => {
  it.each([
    [30, 'minutes', '2025-01-27T02:00:00.000Z'],
    [4, 'hours', '2025-01-27T05:30:00.000Z'],
    [-1, 'days', '2025-01-26T01:30:00.000Z'],
    [1.5, 'days', '2025-01-28T13:30:00.000Z'],
  ])('should add %s %s to a reported time', (amount, unit, expected) => {
    // given a ticket reported at 09:30 Shanghai time
    const data = { reportedAt: '2025-01-27T09:30:00+08:00' };

    // when the amount is added
    const result = evaluate({ date_add: [{ var: 'reportedAt' }, amount, unit] }, data);

    // then the deadline is the expected instant
    expect(result).toEqual({ ok: true, value: expected });
  });

  it('should add calendar days on the wall clock of the env time zone across a DST change', () => {
    // given 09:00 in Paris the day before summer time starts
    const data = { at: '2025-03-29T09:00:00+01:00' };

    // when one day is added in Europe/Paris
    const result = evaluate({ date_add: [{ var: 'at' }, 1, 'days'] }, data, { timeZone: 'Europe/Paris' });

    // then it is 09:00 the next day, 23 hours later
    expect(result).toEqual({ ok: true, value: '2025-03-30T07:00:00.000Z' });
  });

  it('should read dates without offset in the env time zone (Asia/Shanghai by default)', () => {
    // given a local date-time without offset
    // when one hour is added
    const result = evaluate({ date_add: ['2025-10-01T08:00', 1, 'hours'] }, {});

    // then it was read as Shanghai time
    expect(result).toEqual({ ok: true, value: '2025-10-01T01:00:00.000Z' });
  });

  it.each([
    ['an invalid date', ['not a date', 1, 'hours']],
    ['an unknown unit', ['2025-01-01T00:00:00Z', 1, 'weeks']],
    ['a non-numeric amount', ['2025-01-01T00:00:00Z', '1', 'hours']],
    ['a missing date', [{ var: 'nope' }, 1, 'hours']],
  ])('should yield null for %s', (_case, args) => {
    // given invalid arguments
    // when date_add is evaluated
    const result = evaluate({ date_add: args }, {});

    // then the result is null, not an error
    expect(result).toEqual({ ok: true, value: null });
  });

  it('should fail with INVALID_TIME_ZONE for an unknown env time zone', () => {
    // given an unknown zone
    // when a date is moved
    const result = evaluate({ date_add: ['2025-01-01', 1, 'days'] }, {}, { timeZone: 'Mars/Olympus' });

    // then the zone is reported
    expect(result.ok ? 'ok' : result.problems[0]?.code).toBe('INVALID_TIME_ZONE');
  });
});

describe('date_diff', () => {
  it.each([
    ['minutes', 150],
    ['hours', 2.5],
    ['days', 2.5 / 24],
  ])('should measure the wait in %s', (unit, expected) => {
    // given a report at 09:30 and a first response at 12:00 Shanghai time
    const data = { reportedAt: '2025-01-27T09:30:00+08:00', respondedAt: '2025-01-27T04:00:00Z' };

    // when the difference is taken
    const result = evaluate({ date_diff: [{ var: 'reportedAt' }, { var: 'respondedAt' }, unit] }, data);

    // then it is the elapsed time in that unit
    expect(result.ok && result.value).toBeCloseTo(expected, 10);
  });

  it('should be negative when the second date is earlier', () => {
    // given two dates in reverse order
    // when the difference is taken in days
    const result = evaluate({ date_diff: ['2025-10-08', '2025-10-01', 'days'] }, {});

    // then it is minus seven days
    expect(result).toEqual({ ok: true, value: -7 });
  });

  it('should yield null when either date is missing', () => {
    // given an absent completion date
    // when the difference is taken
    const result = evaluate(
      { date_diff: [{ var: 'reportedAt' }, { var: 'completedAt' }, 'hours'] },
      { reportedAt: '2025-01-01' },
    );

    // then it is null
    expect(result).toEqual({ ok: true, value: null });
  });
});

describe('duration', () => {
  it.each([
    ['PT30M', 1_800_000],
    ['PT4H', 14_400_000],
    ['P1DT12H', 129_600_000],
    ['P1W', 604_800_000],
    ['PT1.5H', 5_400_000],
    ['PT0,5S', 500],
    ['-PT15M', -900_000],
  ])('should convert %s to milliseconds', (text, expected) => {
    // given an ISO 8601 duration
    // when it is evaluated
    const result = evaluate({ duration: text }, {});

    // then it is the documented number of milliseconds
    expect(result).toEqual({ ok: true, value: expected });
  });

  it.each(['P1M', 'P1Y', 'P', 'PT', 'P1DT', 'P1DX', '4 hours', ''])('should yield null for %j', (text) => {
    // given a malformed duration or one in calendar units
    // when it is evaluated
    const result = evaluate({ duration: text }, {});

    // then it is null
    expect(result).toEqual({ ok: true, value: null });
  });

  it('should convert a duration read from the data', () => {
    // given an SLA target stored on the ticket's category
    // when it is converted
    const result = evaluate({ duration: { var: 'sla' } }, { sla: 'PT2H' });

    // then it is two hours
    expect(result).toEqual({ ok: true, value: 7_200_000 });
  });
});
