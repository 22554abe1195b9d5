import { isIsoCycle, isIsoDateTime, isIsoDuration } from '../iso8601.util';

describe('ISO 8601 timer literals', () => {
  it.each(['PT4H', 'P1DT2H', 'PT30M', 'P2W', 'P1Y2M', 'PT0.5S', 'P0D'])('should accept the duration %s', (text) => {
    // given / when / then
    expect(isIsoDuration(text)).toBe(true);
  });

  it.each(['', 'P', 'PT', 'P1DT', '4h', 'PT-1H', '-PT1H', 'pt4h', '1 day'])(
    'should refuse the duration "%s"',
    (text) => {
      // given / when / then
      expect(isIsoDuration(text)).toBe(false);
    },
  );

  it.each(['2026-01-01T09:00:00+08:00', '2026-02-28T23:59Z', '2028-02-29T00:00:00.123-05:30'])(
    'should accept the date-time %s',
    (text) => {
      // given / when / then
      expect(isIsoDateTime(text)).toBe(true);
    },
  );

  it.each(['2026-01-01T09:00:00', '2026-01-01', '2026-02-29T09:00:00Z', '2026-13-01T09:00:00Z', '2026-01-01T24:00Z'])(
    'should refuse the date-time "%s"',
    (text) => {
      // given / when / then
      expect(isIsoDateTime(text)).toBe(false);
    },
  );

  it.each([
    ['R3/PT1H', true],
    ['R/P1D', true],
    ['R0/PT1H', false],
    ['R3/every hour', false],
    ['PT1H', false],
    ['R3/2026-01-01T00:00:00Z/PT1H', false],
  ])('should judge the cycle %s as %s', (text, valid) => {
    // given / when / then
    expect(isIsoCycle(text)).toBe(valid);
  });
});
