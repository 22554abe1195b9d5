import fc from 'fast-check';
import { DateTime } from 'luxon';
import { dayOf, formatInZone, isCalendarDate, isIsoDate, offsetMinutes, parseIsoWithOffset } from '../calendar.util';
import { decimalPlaces, hasAtMostDecimals } from '../../china/money.util';

describe('calendar utilities', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['0000-01-01', false],
    ['2025-1-01', false],
  ])('should judge the day %s: %p', (text, expected) => {
    // given a day as text
    // when it is checked without any time-zone work
    // then leap years and month lengths are respected
    expect(isIsoDate(text)).toBe(expected);
  });

  it('should parse ISO date-times with an offset field by field, and leave other forms to luxon', () => {
    // given date-times in the form clients send, broken ones, and other ISO forms
    // when they are parsed
    // then offsets count, impossible fields are null, other forms are undefined
    expect(parseIsoWithOffset('2025-01-28T10:00:00+08:00')).toBe(Date.UTC(2025, 0, 28, 2));
    expect(parseIsoWithOffset('2025-01-28T02:00:00.5Z')).toBe(Date.UTC(2025, 0, 28, 2, 0, 0, 500));
    expect(parseIsoWithOffset('2025-01-28T10:00-03:30')).toBe(Date.UTC(2025, 0, 28, 13, 30));
    expect(parseIsoWithOffset('2025-02-30T10:00:00Z')).toBeNull();
    expect(parseIsoWithOffset('2025-01-28T24:00:00Z')).toBeNull();
    expect(parseIsoWithOffset('2025-01-28T10:00:00')).toBeUndefined();
    expect(parseIsoWithOffset('20250128T100000+0800')).toBeUndefined();
  });

  it('should format instants and days in a zone exactly as luxon does (property)', () => {
    const zones = fc.constantFrom('Asia/Shanghai', 'Asia/Kolkata', 'America/New_York', 'Australia/Lord_Howe', 'UTC');
    fc.assert(
      fc.property(zones, fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, millis) => {
        // given any instant and zone (half-hour offsets and daylight saving included)
        const at = DateTime.fromMillis(millis, { zone });

        // when it is formatted with the cached offsets
        // then the text, the day and the offset are luxon's
        expect(offsetMinutes(zone, millis)).toBe(at.offset);
        expect(dayOf(zone, millis)).toBe(at.toISODate());
        expect(formatInZone(zone, millis)).toBe(
          at.toISO({ suppressMilliseconds: true, includeOffset: true })?.replace(/Z$/, '+00:00'),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('should tell decimals without building text, as the text would', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 10 }),
        (value, digits) => {
          // given any amount and number of decimals
          // when both ways decide
          // then they agree
          expect(hasAtMostDecimals(value, digits)).toBe(decimalPlaces(value) <= digits);
        },
      ),
      { numRuns: 1000 },
    );
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
  });

  it('should count the decimals of a large amount whose scaled product is rounded (a counterexample CI found)', () => {
    expect(hasAtMostDecimals(281802190.5378947, 7)).toBe(true);
    expect(hasAtMostDecimals(281802190.5378947, 6)).toBe(false);
  });
});
