import { EntityManager } from '@mikro-orm/postgresql';
import type { PlanExpr, PlanPredicate, QueryPlan } from '@anxin/report-engine';
import { compilePlan } from '../../src/modules/reports/plan-compiler';
import { UnsafePlanError } from '../../src/modules/reports/sql-fragment.util';
import type { ReportRunner } from '../../src/modules/reports/report-runner.service';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';
import { col, eq, reportRunnerFor, seedPlanTickets, text, ticketPlan } from '../support/report-plans';

describe('ReportRunner (query plans compiled and run on the real PostgreSQL)', () => {
  let h: OrgHarness;
  let runner: ReportRunner;
  let close: () => Promise<void>;
  let demo: string;
  let projects: Record<string, string>;
  let ids: string[];

  const run = <T = Record<string, unknown>>(plan: QueryPlan, tenant = demo) => runner.run(plan, tenant) as Promise<T[]>;

  beforeAll(async () => {
    h = await startOrgHarness();
    ({ runner, close } = reportRunnerFor(h));
    // Given four tickets of the demo company and one of another company
    ({ demo, projects, ids } = await seedPlanTickets(h));
  });

  afterAll(async () => {
    await close();
    await h.close();
  });

  it('should aggregate count, distinct count, sum, avg, min, max, median and p90 per group, in the tenant only', async () => {
    const cost = col('estimated_cost');
    const agg = (fn: Extract<PlanExpr, { kind: 'aggregate' }>['fn'], expr?: PlanExpr): PlanExpr =>
      expr ? { kind: 'aggregate', fn, expr } : { kind: 'aggregate', fn };
    // When grouping the tickets by category
    const rows = await run(
      ticketPlan([
        { key: 'category', expr: col('category'), type: 'text' },
        { key: 'tickets', expr: agg('count'), type: 'integer' },
        { key: 'projects', expr: agg('countDistinct', col('project_id')), type: 'integer' },
        { key: 'cost', expr: agg('sum', cost), type: 'number' },
        { key: 'avgCost', expr: agg('avg', cost), type: 'number' },
        { key: 'minCost', expr: agg('min', cost), type: 'number' },
        { key: 'maxCost', expr: agg('max', cost), type: 'number' },
        { key: 'medianCost', expr: agg('median', cost), type: 'number' },
        { key: 'p90Cost', expr: agg('p90', cost), type: 'number' },
      ]),
    );
    // Then each group has exactly its numbers; the other company's leak is not counted
    expect(
      rows.map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : String(v as string | number)])),
      ),
    ).toEqual([
      {
        category: 'electric',
        tickets: '1',
        projects: '1',
        cost: null,
        avgCost: null,
        minCost: null,
        maxCost: null,
        medianCost: null,
        p90Cost: null,
      },
      {
        category: 'leak',
        tickets: '3',
        projects: '2',
        cost: '450',
        avgCost: '150',
        minCost: '50',
        maxCost: '300',
        medianCost: '100',
        p90Cost: '260',
      },
    ]);
  });

  it('should bucket instants by local month and ISO week (Monday) in the time zone', async () => {
    // When bucketing by month and by week in Asia/Shanghai
    const bucket = (unit: 'month' | 'week'): PlanExpr => ({
      kind: 'bucket',
      unit,
      expr: col('created_at'),
      timeZone: 'Asia/Shanghai',
    });
    const months = await run(
      ticketPlan([
        { key: 'month', expr: bucket('month'), type: 'date' },
        { key: 'n', expr: { kind: 'aggregate', fn: 'count' }, type: 'integer' },
      ]),
    );
    const weeks = await run(
      ticketPlan([
        { key: 'week', expr: bucket('week'), type: 'date' },
        { key: 'n', expr: { kind: 'aggregate', fn: 'count' }, type: 'integer' },
      ]),
    );
    // Then 2026-01-31T17:00Z is February locally, and weeks start on Mondays
    expect(months.map((r) => [String(r['month']), Number(r['n'])])).toEqual([
      ['2026-01-01', 1],
      ['2026-02-01', 3],
    ]);
    expect(weeks.map((r) => [String(r['week']), Number(r['n'])])).toEqual([
      ['2026-01-05', 1],
      ['2026-01-26', 1],
      ['2026-02-02', 1],
      ['2026-02-09', 1],
    ]);
  });

  it('should filter aggregates, divide with null on a zero divisor, and measure durations in hours', async () => {
    const leak: PlanPredicate = eq(col('category'), text('leak'));
    const count: PlanExpr = { kind: 'aggregate', fn: 'count' };
    const leaks: PlanExpr = { kind: 'aggregate', fn: 'count', filter: leak };
    const hours: PlanExpr = { kind: 'duration', unit: 'hours', from: col('created_at'), to: col('closed_at') };
    // When asking the leak share, a division by a zero count and the average handling time per project
    const [row] = await run(
      ticketPlan(
        [
          { key: 'project', expr: col('project_id'), type: 'id' },
          { key: 'share', expr: { kind: 'arith', op: '/', left: leaks, right: count }, type: 'number' },
          {
            key: 'byZero',
            expr: {
              kind: 'arith',
              op: '/',
              left: count,
              right: { kind: 'aggregate', fn: 'count', filter: { kind: 'false' } },
            },
            type: 'number',
          },
          { key: 'hours', expr: { kind: 'aggregate', fn: 'avg', expr: hours }, type: 'number' },
        ],
        [eq(col('project_id'), { kind: 'value', value: projects['demo:lakeside']!, type: 'id' })],
      ),
    );
    // Then 2 of 3 are leaks, the zero divisor gives null, and (4 h + 24 h) / 2 = 14 h
    expect(Number(row!['share'])).toBeCloseTo(2 / 3);
    expect(row!['byZero']).toBeNull();
    expect(Number(row!['hours'])).toBe(14);
  });

  it('should match contains literally: %, _ and \\ in the value are not wildcards', async () => {
    const titled = (value: string) =>
      run(
        ticketPlan(
          [{ key: 'number', expr: col('number'), type: 'text' }],
          [{ kind: 'contains', expr: col('title'), value: text(value) }],
          false,
        ),
      );
    // When searching titles for wildcard characters
    // Then only the title that really contains them matches, and an ordinary substring matches case-insensitively
    expect(await titled('%')).toHaveLength(1);
    expect(await titled('_')).toHaveLength(1);
    expect(await titled('\\')).toHaveLength(1);
    expect(await titled('0%_D')).toHaveLength(1);
    expect(await titled('漏水')).toHaveLength(1);
    expect(await titled('x%y')).toHaveLength(0);
  });

  it('should read a rollup of the tenant through array elements', async () => {
    // Given rollup rows of two datasets
    await h.rows(
      `insert into report_rollup (tenant_id, dataset_key, rollup_key, day, dims, row_count, sums, counts, mins, maxs)
       values (?::uuid, 'tickets', 'by-project', '2026-01-05', array[?, 'leak'], 2, '{10}', '{2}', '{4}', '{6}'),
              (?::uuid, 'tickets', 'by-project', '2026-01-06', array[?, 'leak'], 3, '{30}', '{3}', '{5}', '{15}'),
              (?::uuid, 'other', 'by-project', '2026-01-06', array[?, 'leak'], 7, '{70}', '{7}', '{5}', '{15}')`,
      [demo, projects['demo:lakeside'], demo, projects['demo:lakeside'], demo, projects['demo:lakeside']],
    );
    const element = (index: number, type: 'id' | 'text'): PlanExpr => ({
      kind: 'element',
      ref: { alias: 'r', column: 'dims' },
      index,
      type,
    });
    // When a plan answers from the rollup of one dataset
    const rows = await run({
      source: { table: 'report_rollup', alias: 'r' },
      joins: [],
      select: [
        { key: 'project', expr: element(1, 'id'), type: 'id' },
        { key: 'category', expr: element(2, 'text'), type: 'text' },
        { key: 'n', expr: { kind: 'aggregate', fn: 'sum', expr: col('row_count', 'r') }, type: 'integer' },
        {
          key: 'total',
          expr: {
            kind: 'aggregate',
            fn: 'sum',
            expr: { kind: 'element', ref: { alias: 'r', column: 'sums' }, index: 1, type: 'number' },
          },
          type: 'number',
        },
      ],
      where: [],
      groupBy: ['project', 'category'],
      orderBy: [],
      rollup: { dataset: 'tickets', key: 'by-project' },
    });
    // Then only that dataset's rows are summed
    expect(rows.map((r) => [r['project'], r['category'], Number(r['n']), Number(r['total'])])).toEqual([
      [projects['demo:lakeside'], 'leak', 5, 40],
    ]);
  });

  it('should join tables on the plan’s column pairs', async () => {
    // When counting tickets per project name through a join
    const rows = await run({
      source: { table: 'ticket', alias: 't' },
      joins: [
        {
          table: 'project',
          alias: 'p',
          type: 'inner',
          on: [
            [
              { alias: 't', column: 'project_id' },
              { alias: 'p', column: 'id' },
            ],
          ],
        },
      ],
      select: [
        { key: 'name', expr: col('name', 'p'), type: 'text' },
        { key: 'n', expr: { kind: 'aggregate', fn: 'count' }, type: 'integer' },
      ],
      where: [
        { kind: 'in', expr: col('category'), values: [text('leak'), text('electric')] },
        { kind: 'not', item: { kind: 'isNull', expr: col('title') } },
      ],
      groupBy: ['name'],
      orderBy: [{ key: 'n', direction: 'desc' }],
      limit: 1,
    });
    // Then the busiest project comes first and alone
    expect(rows.map((r) => [r['name'], Number(r['n'])])).toEqual([['绿湖苑', 3]]);
  });

  it('should join a text column to an id column when the plan compares them as text', async () => {
    // Given a join of the tickets' initiator (text, here not even an id) to the projects' id (uuid)
    const plan = (compareAsText: boolean): QueryPlan => ({
      source: { table: 'ticket', alias: 't' },
      joins: [
        {
          table: 'project',
          alias: 'p',
          type: 'left',
          ...(compareAsText ? { compareAsText } : {}),
          on: [
            [
              { alias: 't', column: 'initiator' },
              { alias: 'p', column: 'id' },
            ],
          ],
        },
      ],
      select: [
        { key: 'name', expr: col('name', 'p'), type: 'text' },
        { key: 'n', expr: { kind: 'aggregate', fn: 'count' }, type: 'integer' },
      ],
      where: [],
      groupBy: ['name'],
      orderBy: [],
    });
    // When it compares as text, then it runs (no initiator is a project, so every ticket is unmatched)
    const rows = await run(plan(true));
    expect(rows.map((r) => [r['name'], Number(r['n'])])).toEqual([[null, 4]]);
    // and without, PostgreSQL refuses text = uuid
    await expect(run(plan(false))).rejects.toBeDefined();
  });

  it('should refuse a NUL character in a value as invalid input (PostgreSQL text cannot hold it)', async () => {
    // When a value carries a NUL byte
    const plan = ticketPlan(
      [{ key: 'number', expr: col('number'), type: 'text' }],
      [eq(col('title'), text('a\u0000b'))],
      false,
    );
    // Then the statement is refused as a whole, as the viewer's bad input
    await expect(run(plan)).rejects.toMatchObject({ code: 'report.invalidValue', category: 'user' });
  });

  it('should refuse identifiers that no checked definition could produce, before any SQL runs', () => {
    const knex = h.moduleRef.get(EntityManager).getKnex();
    // When a plan names a column or a result key with SQL in it
    const bad = [
      ticketPlan([{ key: 'n', expr: col('number"; drop table ticket; --'), type: 'text' }], [], false),
      ticketPlan([{ key: 'n?', expr: col('number'), type: 'text' }], [], false),
      { ...ticketPlan([{ key: 'n', expr: col('number'), type: 'text' }], [], false), limit: -1 },
      ticketPlan(
        [
          {
            key: 'n',
            expr: { kind: 'element', ref: { alias: 't', column: 'number' }, index: 0, type: 'text' },
            type: 'text',
          },
        ],
        [],
        false,
      ),
    ];
    // Then compiling it throws
    for (const plan of bad) expect(() => compilePlan(knex, plan)).toThrow(UnsafePlanError);
  });

  it('should keep ids of the inserted tickets distinct (fixture sanity)', () => {
    expect(new Set(ids).size).toBe(5);
  });
});
