import type { PlanExpr, PlanPredicate, ReportDefinition, ReportEnv, ReportScope } from '../../index';
import { planReport } from '../../index';
import { BY_STATUS, MONTHLY, TICKETS } from '../../__tests__/ticket-dataset.fixture';

const ENV: ReportEnv = { now: new Date('2026-03-15T10:30:00Z'), rowCap: 500 };
const ALL: ReportScope = { all: true };
const col = (alias: string, column: string): PlanExpr => ({ kind: 'column', ref: { alias, column } });
const LAST_90_DAYS: PlanPredicate = {
  kind: 'and',
  items: [
    {
      kind: 'compare',
      op: '>=',
      left: col('t', 'created_at'),
      right: { kind: 'value', value: '2025-12-15T16:00:00.000Z', type: 'datetime' },
    },
    {
      kind: 'compare',
      op: '<=',
      left: col('t', 'created_at'),
      right: { kind: 'value', value: '2026-03-15T10:30:00.000Z', type: 'datetime' },
    },
  ],
};
const JOINS = [
  {
    table: 'unit',
    alias: 'u',
    type: 'left',
    on: [
      [
        { alias: 't', column: 'unit_id' },
        { alias: 'u', column: 'id' },
      ],
    ],
  },
  {
    table: 'project',
    alias: 'p',
    type: 'left',
    on: [
      [
        { alias: 't', column: 'project_id' },
        { alias: 'p', column: 'id' },
      ],
    ],
  },
  {
    table: 'team',
    alias: 'tm',
    type: 'left',
    on: [
      [
        { alias: 't', column: 'team' },
        { alias: 'tm', column: 'code' },
      ],
    ],
  },
];

function planned(report: ReportDefinition, params = {}, scope: ReportScope = ALL, env: ReportEnv = ENV) {
  const result = planReport(report, TICKETS, params, scope, env);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.planned;
}

describe('planReport', () => {
  it('should plan monthly tickets per category with the share as filtered count over count', () => {
    // given tickets per month and category in the last 90 days, no status chosen
    // when planned for a caller who sees everything
    const { plan, countPlan, columns, fromRollup } = planned(MONTHLY);
    // then the plan groups the month bucket (in Shanghai) and the category, and filters only on the dates
    expect(plan).toEqual({
      source: { table: 'ticket', alias: 't' },
      joins: JOINS,
      select: [
        {
          key: 'month',
          expr: { kind: 'bucket', unit: 'month', expr: col('t', 'created_at'), timeZone: 'Asia/Shanghai' },
          type: 'date',
        },
        { key: 'category', expr: col('t', 'category'), type: 'text' },
        { key: 'tickets', expr: { kind: 'aggregate', fn: 'count' }, type: 'integer' },
        {
          key: 'closedShare',
          expr: {
            kind: 'arith',
            op: '/',
            left: {
              kind: 'aggregate',
              fn: 'count',
              filter: { kind: 'isNull', expr: col('t', 'closed_at'), negated: true },
            },
            right: { kind: 'aggregate', fn: 'count' },
          },
          type: 'number',
        },
      ],
      where: [LAST_90_DAYS],
      groupBy: ['month', 'category'],
      orderBy: [
        { key: 'month', direction: 'asc' },
        { key: 'category', direction: 'asc' },
      ],
      limit: 501,
    });
    // and the count plan selects the groups only
    expect(countPlan).toEqual({ ...plan, select: plan.select.slice(0, 2), orderBy: [], limit: undefined });
    // and the category is shown with its dictionary's labels
    expect(columns.map((c) => [c.key, c.role, c.labelKey ?? c.format ?? '-'])).toEqual([
      ['month', 'dimension', '-'],
      ['category', 'dimension', 'category__label'],
      ['category__label', 'label', '-'],
      ['tickets', 'measure', 'integer'],
      ['closedShare', 'measure', 'percent'],
    ]);
    expect(fromRollup).toBe(false);
  });

  it('should group a dimension with its label column and keep the top N', () => {
    // given the 5 projects with the most cost, per project name
    const report: ReportDefinition = {
      key: 'top-projects',
      name: 'Top',
      dataset: 'tickets',
      dimensions: [{ field: 'project' }],
      measures: ['totalCost', 'costPerTicket', 'hoursToClose'],
      sort: [{ by: 'totalCost', direction: 'desc' }],
      limit: 5,
      chart: { type: 'ranking' },
    };
    // when planned
    const { plan } = planned(report);
    // then the label is grouped too, the formula and duration are expressions over aggregates, and 5 rows are asked
    const cost: PlanExpr = { kind: 'aggregate', fn: 'sum', expr: col('t', 'estimated_cost') };
    expect(plan.select).toEqual([
      { key: 'project', expr: col('t', 'project_id'), type: 'id' },
      { key: 'project__label', expr: col('p', 'name'), type: 'text' },
      { key: 'totalCost', expr: cost, type: 'number' },
      {
        key: 'costPerTicket',
        expr: { kind: 'arith', op: '/', left: cost, right: { kind: 'aggregate', fn: 'count' } },
        type: 'number',
      },
      {
        key: 'hoursToClose',
        expr: {
          kind: 'aggregate',
          fn: 'avg',
          expr: { kind: 'duration', unit: 'hours', from: col('t', 'created_at'), to: col('t', 'closed_at') },
        },
        type: 'number',
      },
    ]);
    expect(plan.groupBy).toEqual(['project', 'project__label']);
    expect(plan.orderBy).toEqual([
      { key: 'totalCost', direction: 'desc' },
      { key: 'project', direction: 'asc' },
    ]);
    expect(plan.limit).toBe(5);
  });

  it.each<[string, ReportScope, PlanPredicate]>([
    [
      'projects only',
      { projects: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'] },
      {
        kind: 'compare',
        op: '=',
        left: col('t', 'project_id'),
        right: { kind: 'value', value: '7c9e6679-7425-40de-944b-e07fc1f90ae7', type: 'id' },
      },
    ],
    [
      'teams and the user',
      { teams: ['plumbing', 'power'], userId: 'u-7' },
      {
        kind: 'or',
        items: [
          {
            kind: 'in',
            expr: col('t', 'team'),
            values: [
              { kind: 'value', value: 'plumbing', type: 'text' },
              { kind: 'value', value: 'power', type: 'text' },
            ],
          },
          {
            kind: 'compare',
            op: '=',
            left: col('t', 'assignee'),
            right: { kind: 'value', value: 'u-7', type: 'text' },
          },
          {
            kind: 'compare',
            op: '=',
            left: col('t', 'initiator'),
            right: { kind: 'value', value: 'u-7', type: 'text' },
          },
        ],
      },
    ],
    ['nothing', { projects: [] }, { kind: 'false' }],
  ])('should restrict the rows to the scope of %s', (_name, scope, expected) => {
    // given a report without filter and a caller's scope
    const report: ReportDefinition = { ...MONTHLY, filter: undefined, parameters: undefined };
    // when planned
    // then the scope is the only predicate
    expect(planned(report, {}, scope).plan.where).toEqual([expected]);
  });

  it('should see nothing when the dataset declares none of the listed restrictions', () => {
    // given a dataset scoped by project only and a caller scoped by team
    const report: ReportDefinition = { ...MONTHLY, filter: undefined, parameters: undefined };
    const dataset = { ...TICKETS, scope: { project: 't.project_id' } };
    // when planned
    const result = planReport(report, dataset, {}, { teams: ['plumbing'] }, ENV);
    // then the predicate is false
    expect(result.ok && result.planned.plan.where).toEqual([{ kind: 'false' }]);
  });

  it('should return problems for bad or missing parameter values, never throw', () => {
    // given a report with a required number and a status list
    const report: ReportDefinition = {
      ...MONTHLY,
      parameters: [...(MONTHLY.parameters ?? []), { key: 'minCost', label: 'C', type: 'number', required: true }],
    };
    // when planned with a status list that is not a list and no minCost
    const result = planReport(report, TICKETS, { statuses: 'open' }, ALL, ENV);
    // then both are named by parameter
    expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual([
      ['INVALID_PARAMETER', 'params.statuses'],
      ['REQUIRED_PARAMETER', 'params.minCost'],
    ]);
  });

  it('should group pivot columns and order by every dimension when the report has no sort', () => {
    // given a pivot of categories by status per project
    const report = BY_STATUS;
    // when planned with a small row cap
    const { plan, columns } = planned(report, {}, ALL, { ...ENV, rowCap: 10 });
    // then the column dimension is grouped and ordered after the rows
    expect(plan.groupBy).toEqual(['category', 'status']);
    expect(plan.orderBy).toEqual([
      { key: 'category', direction: 'asc' },
      { key: 'status', direction: 'asc' },
    ]);
    expect(plan.limit).toBe(11);
    expect(columns.filter((c) => c.role === 'dimension').map((c) => c.axis)).toEqual(['row', 'column']);
  });

  it('should plan a KPI without dimensions as one ungrouped row whose count plan has one row', () => {
    // given the tickets of this month as a single number
    const report: ReportDefinition = {
      key: 'kpi',
      name: 'K',
      dataset: 'tickets',
      dimensions: [],
      measures: ['tickets'],
      filter: { inThis: [{ var: 'createdAt' }, 'month'] },
      chart: { type: 'kpi' },
    };
    // when planned without the rollup
    const { plan, countPlan } = planned(report);
    // then nothing is grouped or ordered, and the count plan counts once
    expect([plan.groupBy, plan.orderBy, countPlan.select]).toEqual([
      [],
      [],
      [{ key: 'rows', expr: { kind: 'aggregate', fn: 'count' }, type: 'integer' }],
    ]);
  });
});
