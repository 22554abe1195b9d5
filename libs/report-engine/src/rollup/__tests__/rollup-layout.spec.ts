import { planRollupBuild, rollupLayout } from '../../index';
import type { PlanExpr } from '../../index';
import { TICKETS } from '../../__tests__/ticket-dataset.fixture';

const col = (alias: string, column: string): PlanExpr => ({ kind: 'column', ref: { alias, column } });
const CLOSED = {
  kind: 'compare',
  op: '=',
  left: col('t', 'status'),
  right: { kind: 'value', value: 'closed', type: 'text' },
};

describe('rollupLayout', () => {
  it('should give each measure input and filter one value slot and put labels after the dimensions', () => {
    // given the daily rollup of tickets (project with a label column, category, status)
    // when its layout is asked
    const layout = rollupLayout(TICKETS, 'daily');
    // then dims hold the three dimensions, then the project's name
    expect(layout?.dims).toEqual([
      { index: 1, field: 'project', kind: 'value', type: 'id' },
      { index: 2, field: 'category', kind: 'value', type: 'text' },
      { index: 3, field: 'status', kind: 'value', type: 'text' },
      { index: 4, field: 'project', kind: 'label', type: 'text' },
    ]);
    // and filtered counts, the share, the cost, the rating and the duration have slots; the formula reuses them
    expect(layout?.values.map((v) => [v.index, v.input.kind, v.measures])).toEqual([
      [1, 'rows', ['closed']],
      [2, 'rows', ['closedShare']],
      [3, 'field', ['totalCost']],
      [4, 'field', ['avgRating']],
      [5, 'duration', ['hoursToClose']],
    ]);
    expect(layout?.values[1]?.filter).toEqual({ notNull: { var: 'closedAt' } });
    expect(layout?.measures).toEqual({
      tickets: { kind: 'rows' },
      closed: { kind: 'count', value: 1 },
      closedShare: { kind: 'share', value: 2 },
      totalCost: { kind: 'sum', value: 3 },
      avgRating: { kind: 'avg', value: 4 },
      hoursToClose: { kind: 'avg', value: 5 },
      costPerTicket: { kind: 'formula', measures: ['totalCost', 'tickets'] },
    });
  });

  it('should answer undefined for a rollup the dataset does not have', () => {
    // given no rollup "hourly"
    // when its layout is asked
    // then there is none
    expect(rollupLayout(TICKETS, 'hourly')).toBeUndefined();
  });
});

describe('planRollupBuild', () => {
  it('should select the local day, the dims and each slot from the dataset rows of the days asked', () => {
    // given the daily rollup and the days 2026-03-01..2026-03-02 in Shanghai
    // when its build is planned
    const plan = planRollupBuild(TICKETS, 'daily', { from: '2026-03-01', to: '2026-03-02' });
    // then it groups by the local day and the dims
    expect(plan.select.slice(0, 6)).toEqual([
      {
        key: 'day',
        expr: { kind: 'bucket', unit: 'day', expr: col('t', 'created_at'), timeZone: 'Asia/Shanghai' },
        type: 'date',
      },
      { key: 'd1', expr: col('t', 'project_id'), type: 'id' },
      { key: 'd2', expr: col('t', 'category'), type: 'text' },
      { key: 'd3', expr: col('t', 'status'), type: 'text' },
      { key: 'd4', expr: col('p', 'name'), type: 'text' },
      { key: 'row_count', expr: { kind: 'aggregate', fn: 'count' }, type: 'integer' },
    ]);
    // and a filtered row slot counts the matching rows
    const one = { kind: 'value', value: 1, type: 'integer' };
    expect(plan.select.slice(6, 10)).toEqual([
      { key: 'sum_1', expr: { kind: 'aggregate', fn: 'sum', expr: one, filter: CLOSED }, type: 'number' },
      { key: 'count_1', expr: { kind: 'aggregate', fn: 'count', filter: CLOSED }, type: 'integer' },
      { key: 'min_1', expr: { kind: 'aggregate', fn: 'min', expr: one, filter: CLOSED }, type: 'number' },
      { key: 'max_1', expr: { kind: 'aggregate', fn: 'max', expr: one, filter: CLOSED }, type: 'number' },
    ]);
    expect(plan.select.slice(14, 16).map((c) => c.expr)).toEqual([
      { kind: 'aggregate', fn: 'sum', expr: col('t', 'estimated_cost') },
      { kind: 'aggregate', fn: 'count', expr: col('t', 'estimated_cost') },
    ]);
    expect(plan.select).toHaveLength(26);
    expect(plan.where).toEqual([
      {
        kind: 'compare',
        op: '>=',
        left: col('t', 'created_at'),
        right: { kind: 'value', value: '2026-02-28T16:00:00.000Z', type: 'datetime' },
      },
      {
        kind: 'compare',
        op: '<',
        left: col('t', 'created_at'),
        right: { kind: 'value', value: '2026-03-02T16:00:00.000Z', type: 'datetime' },
      },
    ]);
    expect(plan.groupBy).toEqual(['day', 'd1', 'd2', 'd3', 'd4']);
    expect(plan.rollup).toBeUndefined();
  });

  it('should refuse days in the wrong order', () => {
    // given to before from
    // when the build is planned
    // then it is a bug of the caller
    expect(() => planRollupBuild(TICKETS, 'daily', { from: '2026-03-02', to: '2026-03-01' })).toThrow('from <= to');
  });
});
