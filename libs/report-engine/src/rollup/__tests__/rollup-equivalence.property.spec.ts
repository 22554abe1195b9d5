import fc from 'fast-check';
import type { ReportDefinition, ReportEnv, ReportScope } from '../../index';
import { planReport, planRollupBuild, rollupLayout } from '../../index';
import { runPlan, type Scalar, type Tables } from '../../../test/plan-interpreter';
import { BY_STATUS, TICKETS } from '../../__tests__/ticket-dataset.fixture';

// The same report answered from the rows and from the daily rollup built from those rows gives the same result.
const NOW = new Date('2026-03-15T10:30:00Z');
const P1 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const P2 = '16fd2706-8baf-433b-82eb-8c7fada847da';
const START = Date.parse('2025-12-20T00:00:00Z');
const HOUR = 3_600_000;

const ticket = fc.record({
  instance_id: fc.uuid(),
  project_id: fc.constantFrom(P1, P2, null),
  category: fc.constantFrom('water', 'power', null),
  status: fc.constantFrom('open', 'closed', 'cancelled'),
  team: fc.constantFrom('plumbing', null),
  estimated_cost: fc.option(fc.integer({ min: 0, max: 100_000 }).map((fen) => fen / 100)),
  rating: fc.option(fc.integer({ min: 1, max: 5 })),
  created_at: fc.integer({ min: START, max: NOW.getTime() }),
  hours_to_close: fc.option(fc.integer({ min: 0, max: 500 })),
});
type Ticket = typeof ticket extends fc.Arbitrary<infer T> ? T : never;

const REPORTS: [ReportDefinition, ReportScope][] = [
  [
    {
      key: 'per-project',
      name: 'P',
      dataset: 'tickets',
      dimensions: [{ field: 'project' }, { field: 'createdAt', bucket: 'week', key: 'week' }],
      measures: ['tickets', 'closedShare', 'avgRating', 'costPerTicket', 'hoursToClose'],
      filter: { and: [{ inLast: [{ var: 'createdAt' }, 8, 'week'] }, { '!=': [{ var: 'status' }, 'cancelled'] }] },
      chart: { type: 'line' },
    },
    { all: true },
  ],
  [{ ...BY_STATUS, filter: { inThis: [{ var: 'createdAt' }, 'month'] } }, { projects: [P1] }],
  [
    {
      key: 'kpi',
      name: 'K',
      dataset: 'tickets',
      dimensions: [{ field: 'createdAt', bucket: 'quarter', key: 'quarter' }],
      measures: ['totalCost', 'closed', 'avgRating'],
      filter: {
        and: [{ '>=': [{ var: 'createdAt' }, '2026-01-05'] }, { in: [{ var: 'category' }, ['water', 'power']] }],
      },
      chart: { type: 'kpi' },
    },
    { projects: [P1, P2] },
  ],
];

function tablesOf(tickets: readonly Ticket[]): Tables {
  const rows = tickets.map(({ hours_to_close, ...t }) => ({
    ...t,
    closed_at: hours_to_close === null ? null : t.created_at + hours_to_close * HOUR,
  }));
  const project = [
    { id: P1, name: '东区' },
    { id: P2, name: '西区' },
  ];
  const build = planRollupBuild(TICKETS, 'daily', { from: '2025-12-01', to: '2026-03-31' });
  const layout = rollupLayout(TICKETS, 'daily');
  const slots = (layout?.values ?? []).map((v) => v.index);
  const rollup = runPlan(build, { ticket: rows, project }).map((r) => ({
    dataset_key: 'tickets',
    rollup_key: 'daily',
    day: r.day,
    dims: (layout?.dims ?? []).map((d) => (r[`d${d.index}`] === null ? null : String(r[`d${d.index}`]))),
    row_count: r.row_count,
    sums: slots.map((i) => r[`sum_${i}`]),
    counts: slots.map((i) => r[`count_${i}`]),
    mins: slots.map((i) => r[`min_${i}`]),
    maxs: slots.map((i) => r[`max_${i}`]),
  }));
  return { ticket: rows, project, report_rollup: rollup };
}

function answer(report: ReportDefinition, scope: ReportScope, tables: Tables, env: ReportEnv) {
  const result = planReport(report, TICKETS, {}, scope, env);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const round = (v: Scalar) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v);
  const rows = runPlan(result.planned.plan, tables).map((r) =>
    JSON.stringify(Object.entries(r).map(([k, v]) => [k, round(v)])),
  );
  return { fromRollup: result.planned.fromRollup, rows: rows.sort() };
}

describe('rollups (property)', () => {
  it.each(REPORTS.map(([r, s]) => [r.key, r, s] as const))(
    'should answer %s from the rollup exactly as from the rows',
    (_key, report, scope) => {
      fc.assert(
        fc.property(fc.array(ticket, { maxLength: 40 }), (tickets) => {
          // given tickets and the daily rollup built from them
          const tables = tablesOf(tickets);
          // when the report is answered from the rollup and from the rows
          const rolled = answer(report, scope, tables, { now: NOW, rowCap: 1000, readyRollups: ['tickets/daily'] });
          const direct = answer(report, scope, tables, { now: NOW, rowCap: 1000 });
          // then the rollup answered, with the same rows
          expect([rolled.fromRollup, direct.fromRollup]).toEqual([true, false]);
          expect(rolled.rows).toEqual(direct.rows);
        }),
        { numRuns: 60 },
      );
    },
  );
});
