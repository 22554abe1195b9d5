import type { PlanExpr } from '../../index';
import { planChangedDays } from '../../index';
import { TICKETS } from '../../__tests__/ticket-dataset.fixture';

const col = (alias: string, column: string): PlanExpr => ({ kind: 'column', ref: { alias, column } });

describe('planChangedDays', () => {
  it('should list the local days of the rows changed since the last run', () => {
    // given the daily rollup, last built at 2026-03-15 02:00 UTC
    // when the changed days are planned
    const plan = planChangedDays(TICKETS, 'daily', '2026-03-15T02:00:00Z');
    // then it groups the local creation day of rows updated since then
    expect([plan.select, plan.where, plan.groupBy]).toEqual([
      [
        {
          key: 'day',
          expr: { kind: 'bucket', unit: 'day', expr: col('t', 'created_at'), timeZone: 'Asia/Shanghai' },
          type: 'date',
        },
      ],
      [
        {
          kind: 'compare',
          op: '>=',
          left: col('t', 'updated_at'),
          right: { kind: 'value', value: '2026-03-15T02:00:00.000Z', type: 'datetime' },
        },
      ],
      ['day'],
    ]);
  });

  it('should refuse an instant that is not ISO 8601', () => {
    // given a since that is not an instant
    // when planned
    // then it is a bug of the caller
    expect(() => planChangedDays(TICKETS, 'daily', 'yesterday')).toThrow('changed days');
  });
});
