import { formatSerial, parseSerialPattern, serialSequenceKey } from '../serial-pattern';

describe('serial numbers (流水号)', () => {
  it('should format the repair-ticket pattern in Shanghai time', () => {
    // given 2025-01-27 18:30 UTC, which is already the 28th in Shanghai
    const at = Date.UTC(2025, 0, 27, 18, 30);

    // when the seventh number of the day is formatted
    // then the date is Shanghai's and the sequence is padded to 4
    expect(formatSerial('BX-{yyyyMMdd}-{seq:4}', at, 7)).toBe('BX-20250128-0007');
    expect(formatSerial('BX-{yyyyMMdd}-{seq:4}', at, 7, 'UTC')).toBe('BX-20250127-0007');
  });

  it('should never cut a sequence longer than its width, and accept ISO strings and dates', () => {
    // given sequences beyond the width
    // when formatted
    // then every digit stays
    expect(formatSerial('WX{yyMM}{seq:2}', '2025-03-01T09:00:00+08:00', 123)).toBe('WX2503123');
    expect(formatSerial('{yyyy}/{MM}/{dd}-{HH}-{seq}', new Date(Date.UTC(2025, 11, 31, 16)), 5)).toBe(
      '2026/01/01-00-0005',
    );
  });

  it('should give the counter key per day, month or ever, by the pattern', () => {
    // given patterns with different date parts
    const at = '2025-01-28T10:00:00+08:00';

    // when the host asks which counter to draw from
    // then the key changes exactly when the pattern's date parts do
    expect(serialSequenceKey('BX-{yyyyMMdd}-{seq:4}', at)).toBe('BX-20250128-{seq}');
    expect(serialSequenceKey('BX-{yyyyMM}-{seq}', at)).toBe('BX-202501-{seq}');
    expect(serialSequenceKey('BX-{seq:6}', at)).toBe('BX-{seq}');
  });

  it.each([
    ['BX-{yyyyMMdd}', 'exactly one {seq}'],
    ['{seq}-{seq}', 'exactly one {seq}'],
    ['BX-{yyyyMMdd-{seq}', 'unbalanced'],
    ['BX-{date}-{seq}', 'unknown part'],
    ['BX-{ddMMyyyy}-{seq}', 'unknown part'],
    ['BX-{seq:0}', 'width'],
    ['BX-}{seq}', 'unbalanced'],
  ])('should refuse the pattern %s', (pattern, reason) => {
    // given a broken pattern
    const parsed = parseSerialPattern(pattern);

    // when it is parsed, or used
    // then it is refused with a reason and formats to nothing
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(reason);
    expect(formatSerial(pattern, 0, 1)).toBeNull();
  });

  it.each([[-1], [1.5], [Number.MAX_SAFE_INTEGER + 1], [NaN]])('should refuse the sequence %p', (seq) => {
    // given a sequence that is not a non-negative safe integer
    // when it is formatted
    // then there is no number
    expect(formatSerial('BX-{seq}', 0, seq)).toBeNull();
  });

  it('should refuse an invalid date', () => {
    // given a date that does not parse
    // when it is formatted
    // then there is no number
    expect(formatSerial('BX-{yyyy}-{seq}', 'yesterday', 1)).toBeNull();
  });
});
