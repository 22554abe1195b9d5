import type { FieldDefinition } from '../../index';
import { codes, validateOne } from '../../../test/support/one-field';
import { context } from '../../../test/support/fixtures';

describe('date fields', () => {
  const day: FieldDefinition = { key: 'day', type: 'date', label: '日期', min: '2025-01-01', max: '2025-12-31' };

  it.each([
    ['2025-01-28', '2025-01-28'],
    ['2025-01-27T18:30:00Z', '2025-01-28'],
    ['2025-01-28T23:30:00+08:00', '2025-01-28'],
    ['2025-01-28T10:00', '2025-01-28'],
  ])('should store %s as the day %s in Shanghai', (input, stored) => {
    // given a date field
    // when a day or a date-time is submitted
    // then the calendar day in Asia/Shanghai is stored
    expect(validateOne(day, input).value).toEqual({ day: stored });
  });

  it.each([
    ['2025-02-30', 'INVALID_DATE'],
    ['2025/01/28', 'INVALID_DATE'],
    ['tomorrow', 'INVALID_DATE'],
    [20250128, 'INVALID_DATE'],
    [true, 'TYPE_MISMATCH'],
    ['2024-12-31', 'MIN_VALUE'],
    ['2026-01-01', 'MAX_VALUE'],
  ])('should refuse %p with %s', (input, code) => {
    // given a date field of 2025
    // when a bad or out-of-range day is submitted
    // then it is refused
    expect(codes(validateOne(day, input))).toEqual([code]);
  });

  it('should use the time zone of the context', () => {
    // given a context in UTC
    // when a Shanghai evening is submitted
    // then the UTC day is stored
    expect(validateOne(day, '2025-01-28T07:00:00+08:00', { ...context, timeZone: 'UTC' }).value).toEqual({
      day: '2025-01-27',
    });
  });
});

describe('datetime fields', () => {
  const at: FieldDefinition = { key: 'at', type: 'datetime', label: '时间', min: '2025-01-01T00:00:00+08:00' };

  it.each([
    ['2025-01-28T10:00:00+08:00', '2025-01-28T10:00:00+08:00'],
    ['2025-01-28T02:00:00.000Z', '2025-01-28T10:00:00+08:00'],
    ['2025-01-28T10:00', '2025-01-28T10:00:00+08:00'],
    ['2025-01-28T10:00:00.250+08:00', '2025-01-28T10:00:00.250+08:00'],
    [Date.parse('2025-01-28T02:00:00Z'), '2025-01-28T10:00:00+08:00'],
  ])('should store %p as %s', (input, stored) => {
    // given a datetime field
    // when an instant is submitted (with or without offset, or epoch milliseconds)
    // then it is stored in ISO 8601 with the Shanghai offset
    expect(validateOne(at, input).value).toEqual({ at: stored });
  });

  it.each([
    ['2025-01-28', 'INVALID_DATETIME'],
    ['2025-13-01T10:00', 'INVALID_DATETIME'],
    ['2024-12-31T15:59:59Z', 'MIN_VALUE'],
  ])('should refuse %p with %s', (input, code) => {
    // given a datetime field from 2025 in Shanghai
    // when a bad or early instant is submitted
    // then it is refused (a bare day is ambiguous as an instant)
    expect(codes(validateOne(at, input))).toEqual([code]);
  });
});

describe('time fields', () => {
  const time: FieldDefinition = { key: 'time', type: 'time', label: '时段', min: '08:00', max: '20:00' };

  it.each([
    ['09:30', []],
    ['20:00', []],
    ['20:00:01', ['MAX_VALUE']],
    ['07:59', ['MIN_VALUE']],
    ['9:30', ['INVALID_TIME']],
    ['24:00', ['INVALID_TIME']],
    [930, ['TYPE_MISMATCH']],
  ])('should judge %p', (input, expected) => {
    // given a time field of 08:00–20:00
    // when a time is submitted
    // then HH:mm(:ss) within the range passes
    expect(codes(validateOne(time, input))).toEqual(expected);
  });
});
