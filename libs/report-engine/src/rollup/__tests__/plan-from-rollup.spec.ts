import type { JsonValue } from '@anxin/rules';
import type { PlanExpr, ReportDefinition, ReportEnv, ReportScope } from '../../index';
import { planReport } from '../../index';
import { BY_STATUS, TICKETS } from '../../__tests__/ticket-dataset.fixture';

const ENV: ReportEnv = { now: new Date('2026-03-15T10:30:00Z'), rowCap: 500, readyRollups: ['tickets/daily'] };
const r = (column: string): PlanExpr => ({ kind: 'column', ref: { alias: 'r', column } });
const dims = (index: number, type: 'id' | 'text'): PlanExpr => ({
  kind: 'element',
  ref: { alias: 'r', column: 'dims' },
  index,
  type,
});
const part = (fn: 'sum' | 'min' | 'max', column: string, index: number): PlanExpr => ({
  kind: 'aggregate',
  fn,
  expr: { kind: 'element', ref: { alias: 'r', column }, index, type: column === 'counts' ? 'integer' : 'number' },
});
const ROWS: PlanExpr = { kind: 'aggregate', fn: 'sum', expr: r('row_count') };
const text = (value: string) => ({ kind: 'value', value, type: 'text' }) as const;

const PER_PROJECT: ReportDefinition = {
  key: 'per-project',
  name: 'P',
  dataset: 'tickets',
  dimensions: [{ field: 'project' }, { field: 'createdAt', bucket: 'week', key: 'week' }],
  measures: ['tickets', 'closedShare', 'avgRating', 'costPerTicket'],
  filter: { and: [{ inLast: [{ var: 'createdAt' }, 8, 'week'] }, { '!=': [{ var: 'status' }, 'cancelled'] }] },
  chart: { type: 'line' },
};

function plan(report: ReportDefinition, scope: ReportScope = { all: true }, env: ReportEnv = ENV) {
  const result = planReport(report, TICKETS, {}, scope, env);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.planned;
}

describe('planReport from a rollup', () => {
  it('should answer from the coarsest ready rollup that covers the report', () => {
    // given a second, coarser rollup (per project only) declared after the daily one, both ready
    const coarse = { key: 'perProject', dimensions: ['project'], timeField: 'createdAt', measures: ['tickets'] };
    const dataset = { ...TICKETS, rollups: [...(TICKETS.rollups ?? []), coarse] };
    const env = { ...ENV, readyRollups: ['tickets/daily', 'tickets/perProject'] };
    const perProject: ReportDefinition = {
      ...PER_PROJECT,
      measures: ['tickets'],
      filter: { inLast: [{ var: 'createdAt' }, 8, 'week'] },
    };
    const answer = (report: ReportDefinition) => {
      const result = planReport(report, dataset, {}, { all: true }, env);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.planned.plan.rollup?.key;
    };
    // when tickets per project and week are planned, then the per-project rollup answers
    expect(answer(perProject)).toBe('perProject');
    // and a report it does not cover (by category) still goes to the daily one
    expect(answer({ ...perProject, dimensions: [{ field: 'category' }] })).toBe('daily');
  });

  it('should answer from the rollup when it covers the dimensions, filters and measures', () => {
    // given tickets per project and week over the last 8 weeks, without cancelled ones, and the daily rollup ready
    // when planned for a caller scoped to one project
    const projectId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const { plan: query, fromRollup } = plan(PER_PROJECT, { projects: [projectId] });
    // then it reads report_rollup: dims elements, weeks of the local day, measures recombined from parts
    expect(fromRollup).toBe(true);
    expect(query.source).toEqual({ table: 'report_rollup', alias: 'r' });
    expect(query.joins).toEqual([]);
    expect(query.rollup).toEqual({ dataset: 'tickets', key: 'daily' });
    expect(query.select).toEqual([
      { key: 'project', expr: dims(1, 'id'), type: 'id' },
      { key: 'project__label', expr: dims(4, 'text'), type: 'text' },
      { key: 'week', expr: { kind: 'bucket', unit: 'week', expr: r('day') }, type: 'date' },
      { key: 'tickets', expr: ROWS, type: 'integer' },
      {
        key: 'closedShare',
        expr: { kind: 'arith', op: '/', left: part('sum', 'counts', 2), right: ROWS },
        type: 'number',
      },
      {
        key: 'avgRating',
        expr: { kind: 'arith', op: '/', left: part('sum', 'sums', 4), right: part('sum', 'counts', 4) },
        type: 'number',
      },
      {
        key: 'costPerTicket',
        expr: { kind: 'arith', op: '/', left: part('sum', 'sums', 3), right: ROWS },
        type: 'number',
      },
    ]);
    // and the where has the rollup's keys, the scope on the project element and the filter on days
    expect(query.where).toEqual([
      { kind: 'compare', op: '=', left: r('dataset_key'), right: text('tickets') },
      { kind: 'compare', op: '=', left: r('rollup_key'), right: text('daily') },
      { kind: 'compare', op: '=', left: dims(1, 'id'), right: { kind: 'value', value: projectId, type: 'id' } },
      {
        kind: 'and',
        items: [
          {
            kind: 'and',
            items: [
              {
                kind: 'compare',
                op: '>=',
                left: r('day'),
                right: { kind: 'value', value: '2026-01-19', type: 'date' },
              },
              {
                kind: 'compare',
                op: '<=',
                left: r('day'),
                right: { kind: 'value', value: '2026-03-15', type: 'date' },
              },
            ],
          },
          { kind: 'compare', op: '<>', left: dims(3, 'text'), right: text('cancelled') },
        ],
      },
    ]);
  });

  it.each<[string, Partial<ReportDefinition>, ReportScope, ReportEnv]>([
    ['the rollup is not ready', {}, { all: true }, { ...ENV, readyRollups: [] }],
    ['a dimension is not in the rollup', { dimensions: [{ field: 'team' }] }, { all: true }, ENV],
    ['a measure is a distinct count', { measures: ['teams'] }, { all: true }, ENV],
    ['a measure is not kept', { measures: ['medianCost'] }, { all: true }, ENV],
    ['the filter names an attribute', { filter: { '>': [{ var: 'cost' }, 100] } }, { all: true }, ENV],
    [
      'a time bound cuts a day',
      { filter: { '>=': [{ var: 'createdAt' }, '2026-03-01T12:00:00+08:00'] } },
      { all: true },
      ENV,
    ],
    ['another time field is filtered', { filter: { inLast: [{ var: 'closedAt' }, 7, 'day'] } }, { all: true }, ENV],
    ['the scope restricts by assignee', {}, { userId: 'u-7' }, ENV],
    ['the scope restricts by team', {}, { projects: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'], teams: ['power'] }, ENV],
  ])('should read the dataset rows when %s', (_name, changes, scope, env) => {
    // given the per-project report changed so that the rollup no longer covers it (or is not ready)
    // when planned
    const planned = plan({ ...PER_PROJECT, ...changes }, scope, env);
    // then the dataset's own table answers
    expect([planned.fromRollup, planned.plan.source.table, planned.plan.rollup]).toEqual([false, 'ticket', undefined]);
  });

  it.each<[string, JsonValue]>([
    ['this month', { inThis: [{ var: 'createdAt' }, 'month'] }],
    ['a date bound at midnight', { '>=': [{ var: 'createdAt' }, '2026-03-01'] }],
    ['a category list', { in: [{ var: 'category' }, ['water', 'power']] }],
  ])('should still answer from the rollup with %s', (_name, filter) => {
    // given a filter on rollup dimensions or day-aligned on the time field
    // when planned
    // then the rollup answers
    expect(plan({ ...PER_PROJECT, filter }).fromRollup).toBe(true);
  });

  it('should answer a pivot by status from the rollup with the status as a dims element', () => {
    // given tickets per category (rows) and status (columns)
    // when planned with the daily rollup ready
    const planned = plan(BY_STATUS);
    // then both dimensions are elements of dims, grouped
    expect([planned.fromRollup, planned.plan.select.slice(0, 2), planned.plan.groupBy]).toEqual([
      true,
      [
        { key: 'category', expr: dims(2, 'text'), type: 'text' },
        { key: 'status', expr: dims(3, 'text'), type: 'text' },
      ],
      ['category', 'status'],
    ]);
  });
});
