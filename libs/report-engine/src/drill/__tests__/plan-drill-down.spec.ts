import type { JsonValue } from '@anxin/rules';
import type { PlanExpr, ReportEnv } from '../../index';
import { planDrillDown } from '../../index';
import { BY_STATUS, MONTHLY, TICKETS } from '../../__tests__/ticket-dataset.fixture';

const ENV: ReportEnv = { now: new Date('2026-03-15T10:30:00Z'), rowCap: 500, readyRollups: ['tickets/daily'] };
const PAGE = { offset: 50, limit: 50 };
const col = (column: string): PlanExpr => ({ kind: 'column', ref: { alias: 't', column } });

describe('planDrillDown', () => {
  it('should list the distinct tickets of a month and category under the report filter, a page at a time', () => {
    // given the monthly report, statuses open and done chosen, and the cell (February 2026, water) clicked
    const cell = { month: '2026-02-01', category: 'water', category__label: '给排水', tickets: 12 };
    // when the drill-down is planned for a caller scoped to team power
    const result = planDrillDown(
      MONTHLY,
      TICKETS,
      { statuses: ['open', 'done'] },
      cell,
      { teams: ['power'] },
      ENV,
      PAGE,
    );
    // then it reads the tickets (never the rollup) with scope, filter and the cell, paged by instance id
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { plan, countPlan } = result.planned;
    expect(plan.source).toEqual({ table: 'ticket', alias: 't' });
    expect(plan.select).toEqual([{ key: 'drill_key', expr: col('instance_id'), type: 'id' }]);
    expect(plan.where.slice(0, 1)).toEqual([
      { kind: 'compare', op: '=', left: col('team'), right: { kind: 'value', value: 'power', type: 'text' } },
    ]);
    expect(plan.where.slice(2)).toEqual([
      {
        kind: 'and',
        items: [
          {
            kind: 'compare',
            op: '>=',
            left: col('created_at'),
            right: { kind: 'value', value: '2026-01-31T16:00:00.000Z', type: 'datetime' },
          },
          {
            kind: 'compare',
            op: '<',
            left: col('created_at'),
            right: { kind: 'value', value: '2026-02-28T16:00:00.000Z', type: 'datetime' },
          },
        ],
      },
      { kind: 'compare', op: '=', left: col('category'), right: { kind: 'value', value: 'water', type: 'text' } },
    ]);
    expect([plan.groupBy, plan.orderBy, plan.offset, plan.limit]).toEqual([
      ['drill_key'],
      [{ key: 'drill_key', direction: 'asc' }],
      50,
      50,
    ]);
    expect(countPlan).toEqual({ ...plan, orderBy: [], offset: undefined, limit: undefined });
  });

  it('should take a null cell value as is null', () => {
    // given a pivot cell whose status is null
    // when planned
    const result = planDrillDown(BY_STATUS, TICKETS, {}, { category: 'water', status: null }, { all: true }, ENV, PAGE);
    // then the status must be null
    expect(result.ok && result.planned.plan.where).toEqual([
      { kind: 'compare', op: '=', left: col('category'), right: { kind: 'value', value: 'water', type: 'text' } },
      { kind: 'isNull', expr: col('status') },
    ]);
  });

  it.each<[string, Record<string, JsonValue>, { offset: number; limit: number }, string[][]]>([
    ['an unknown key', { colour: 'red' }, PAGE, [['UNKNOWN_CELL_KEY', 'cell.colour']]],
    ['a day that does not start a month', { month: '2026-02-14' }, PAGE, [['INVALID_CELL', 'cell.month']]],
    ['a category that is a number', { category: 7 }, PAGE, [['INVALID_CELL', 'cell.category']]],
    ['a page over the row cap', { category: 'water' }, { offset: 0, limit: 501 }, [['INVALID_PAGE', 'page']]],
  ])('should report %s', (_name, cell, page, expected) => {
    // given a bad cell or page
    // when the drill-down is planned
    const result = planDrillDown(MONTHLY, TICKETS, {}, cell, { all: true }, ENV, page);
    // then it is a problem, not an exception
    expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual(expected);
  });
});
