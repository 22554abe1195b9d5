import type { JsonValue } from '@anxin/rules';
import type { PlanExpr, ReportParameter } from '../../index';
import { TICKETS } from '../../__tests__/ticket-dataset.fixture';
import { indexDataset } from '../../dataset/dataset-index';
import { resolveParams } from '../../params/resolve-params';
import { compileFilter } from '../compile-filter';

const NOW = new Date('2026-03-15T10:30:00Z'); // Sunday 18:30 in Shanghai
const index = indexDataset(TICKETS);
const PARAMETERS: ReportParameter[] = [
  { key: 'statuses', label: 'S', type: 'textList' },
  { key: 'status', label: 'S', type: 'text' },
  { key: 'minCost', label: 'C', type: 'number' },
  { key: 'from', label: 'F', type: 'date' },
  { key: 'days', label: 'D', type: 'integer' },
];

function compile(rule: unknown, params: Record<string, JsonValue> = {}) {
  const resolved = resolveParams(PARAMETERS, params, index.zone);
  return compileFilter(rule as JsonValue, '/filter', {
    index,
    parameters: PARAMETERS,
    params: resolved.values,
    now: NOW,
  });
}
const col = (column: string): PlanExpr => ({ kind: 'column', ref: { alias: 't', column } });
const val = (value: string | number | boolean | null, type: PlanExpr extends never ? never : string): PlanExpr =>
  ({ kind: 'value', value, type }) as PlanExpr;

describe('compileFilter', () => {
  it('should compile a comparison with the field on either side', () => {
    // given cost > 100 written both ways
    // when each is compiled
    // then both compare the cost column with a number value
    const expected = { kind: 'compare', op: '>', left: col('estimated_cost'), right: val(100, 'number') };
    expect(compile({ '>': [{ var: 'cost' }, 100] }).predicate).toEqual(expected);
    expect(compile({ '<': [100, { var: 'cost' }] }).predicate).toEqual(expected);
  });

  it('should compile a three-operand < as a range', () => {
    // given 1 <= rating <= 3
    // when compiled
    // then it is both bounds, ANDed
    expect(compile({ '<=': [1, { var: 'rating' }, 3] }).predicate).toEqual({
      kind: 'and',
      items: [
        { kind: 'compare', op: '>=', left: col('rating'), right: val(1, 'integer') },
        { kind: 'compare', op: '<=', left: col('rating'), right: val(3, 'integer') },
      ],
    });
  });

  it('should compile == null and notNull as null checks', () => {
    // given status == null, and notNull closedAt
    // when compiled
    // then they are isNull predicates
    expect(compile({ '==': [{ var: 'status' }, null] }).predicate).toEqual({ kind: 'isNull', expr: col('status') });
    expect(compile({ notNull: { var: 'closedAt' } }).predicate).toEqual({
      kind: 'isNull',
      expr: col('closed_at'),
      negated: true,
    });
  });

  it('should compile in, contains, or and ! with values only in value nodes', () => {
    // given a filter mixing the operations
    const rule = {
      or: [
        { in: [{ var: 'status' }, ['open', 'closed']] },
        { '!': { contains: [{ var: 'title' }, "x'; drop table ticket; --"] } },
      ],
    };
    // when compiled
    // then the viewer's text stays a value
    expect(compile(rule).predicate).toEqual({
      kind: 'or',
      items: [
        { kind: 'in', expr: col('status'), values: [val('open', 'text'), val('closed', 'text')] },
        {
          kind: 'not',
          item: { kind: 'contains', expr: col('title'), value: val("x'; drop table ticket; --", 'text') },
        },
      ],
    });
  });

  it('should resolve the last 30 days from the start of the day 29 days ago in the dataset zone to now', () => {
    // given inLast 30 days on createdAt, now Sunday 2026-03-15 18:30 in Shanghai
    // when compiled
    // then the range starts 2026-02-14 00:00 Shanghai and ends now, included
    expect(compile({ inLast: [{ var: 'createdAt' }, 30, 'day'] }).predicate).toEqual({
      kind: 'and',
      items: [
        { kind: 'compare', op: '>=', left: col('created_at'), right: val('2026-02-13T16:00:00.000Z', 'datetime') },
        { kind: 'compare', op: '<=', left: col('created_at'), right: val('2026-03-15T10:30:00.000Z', 'datetime') },
      ],
    });
  });

  it.each<[string, JsonValue, string, string]>([
    ['this month', { inThis: [{ var: 'createdAt' }, 'month'] }, '2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    [
      'the previous week (Monday to Monday)',
      { inPrevious: [{ var: 'createdAt' }, 'week'] },
      '2026-03-01T16:00:00.000Z',
      '2026-03-08T16:00:00.000Z',
    ],
    [
      'the previous quarter',
      { inPrevious: [{ var: 'createdAt' }, 'quarter'] },
      '2025-09-30T16:00:00.000Z',
      '2025-12-31T16:00:00.000Z',
    ],
  ])('should resolve %s as [start, next start) in the dataset zone', (_name, rule, from, to) => {
    // given a relative bucket filter
    // when compiled on Sunday 2026-03-15
    // then it is the bucket's half-open range
    expect(compile(rule).predicate).toEqual({
      kind: 'and',
      items: [
        { kind: 'compare', op: '>=', left: col('created_at'), right: val(from, 'datetime') },
        { kind: 'compare', op: '<', left: col('created_at'), right: val(to, 'datetime') },
      ],
    });
  });

  it('should drop comparisons whose parameter has no value, and widen an or', () => {
    // given a filter of optional parameters, only minCost set
    const rule = {
      and: [
        { in: [{ var: 'status' }, { param: 'statuses' }] },
        { '>=': [{ var: 'cost' }, { param: 'minCost' }] },
        { or: [{ '==': [{ var: 'status' }, { param: 'status' }] }, { '==': [{ var: 'category' }, 'water'] }] },
      ],
    };
    // when compiled
    // then only the cost comparison is left
    expect(compile(rule, { minCost: '250.5' }).predicate).toEqual({
      kind: 'compare',
      op: '>=',
      left: col('estimated_cost'),
      right: val(250.5, 'number'),
    });
    // and with no value at all, nothing constrains
    expect(compile(rule)).toEqual({ problems: [] });
  });

  it('should put list parameters in an in and take a date parameter as local midnight of a date-time', () => {
    // given a status list and a start date
    const rule = {
      and: [{ in: [{ var: 'status' }, { param: 'statuses' }] }, { '>=': [{ var: 'createdAt' }, { param: 'from' }] }],
    };
    // when compiled with values
    // then each list item is a value and the date is midnight in Shanghai
    expect(compile(rule, { statuses: ['open', 'done'], from: '2026-03-01' }).predicate).toEqual({
      kind: 'and',
      items: [
        { kind: 'in', expr: col('status'), values: [val('open', 'text'), val('done', 'text')] },
        { kind: 'compare', op: '>=', left: col('created_at'), right: val('2026-02-28T16:00:00.000Z', 'datetime') },
      ],
    });
  });

  it.each<[string, JsonValue, string[][]]>([
    ['an unknown field', { '==': [{ var: 'colour' }, 'red'] }, [['UNKNOWN_FIELD', '/filter/==/0/var']]],
    ['an unknown operation', { '===': [{ var: 'status' }, 'x'] }, [['UNSUPPORTED_FILTER', '/filter/===']]],
    [
      'two fields compared',
      { '==': [{ var: 'status' }, { var: 'category' }] },
      [['UNSUPPORTED_FILTER', '/filter/==/1']],
    ],
    ['a number that is text', { '>': [{ var: 'cost' }, 'a lot'] }, [['INVALID_VALUE', '/filter/>/1']]],
    ['a bad uuid', { '==': [{ var: 'project' }, 'p-1'] }, [['INVALID_VALUE', '/filter/==/1']]],
    [
      'an undeclared parameter',
      { '==': [{ var: 'status' }, { param: 'who' }] },
      [['UNKNOWN_PARAMETER', '/filter/==/1/param']],
    ],
    [
      'a list parameter in ==',
      { '==': [{ var: 'status' }, { param: 'statuses' }] },
      [['PARAMETER_TYPE_MISMATCH', '/filter/==/1']],
    ],
    [
      'a number parameter for text',
      { '==': [{ var: 'status' }, { param: 'minCost' }] },
      [['PARAMETER_TYPE_MISMATCH', '/filter/==/1']],
    ],
    ['inLast on text', { inLast: [{ var: 'status' }, 3, 'day'] }, [['NOT_A_TIME_FIELD', '/filter/inLast/0']]],
    [
      'inLast in fortnights',
      { inLast: [{ var: 'createdAt' }, 3, 'fortnight'] },
      [['UNSUPPORTED_FILTER', '/filter/inLast/2']],
    ],
    ['inLast of zero days', { inLast: [{ var: 'createdAt' }, 0, 'day'] }, [['UNSUPPORTED_FILTER', '/filter/inLast/1']]],
    ['contains on a number', { contains: [{ var: 'cost' }, '1'] }, [['UNSUPPORTED_FILTER', '/filter/contains/0']]],
  ])('should report %s', (_name, rule, expected) => {
    // given a filter outside the language or the dataset
    // when compiled
    // then the problem is named at its place and there is no predicate
    const compiled = compile(rule);
    expect(compiled.problems.map((p) => [p.code, p.path])).toEqual(expected);
    expect(compiled.predicate).toBeUndefined();
  });

  it('should compare an integer field with a number parameter that is not whole', () => {
    // given rating >= minCost (a number parameter) set to 3.5
    // when compiled
    // then the value stays 3.5, a number
    expect(compile({ '>=': [{ var: 'rating' }, { param: 'minCost' }] }, { minCost: 3.5 }).predicate).toEqual({
      kind: 'compare',
      op: '>=',
      left: col('rating'),
      right: val(3.5, 'number'),
    });
  });

  it('should take an inLast count from a parameter', () => {
    // given the last {days} days on createdAt, days = 7
    // when compiled
    // then the range starts 6 days before today at midnight
    const predicate = compile({ inLast: [{ var: 'createdAt' }, { param: 'days' }, 'day'] }, { days: 7 }).predicate;
    expect(predicate).toMatchObject({ items: [{ right: val('2026-03-08T16:00:00.000Z', 'datetime') }, {}] });
  });
});
