import type { QueryPlan } from '@anxin/report-engine';
import type { ReportRunner } from '../../src/modules/reports/report-runner.service';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';
import { col, eq, INJECTIONS, reportRunnerFor, seedPlanTickets, text, ticketPlan } from '../support/report-plans';
import { databaseFingerprint } from '../support/report-tickets';

type PlanColumnSpec = QueryPlan['select'][number];

describe('compiled plans: SQL injection through every value is inert', () => {
  let h: OrgHarness;
  let runner: ReportRunner;
  let close: () => Promise<void>;
  let demo: string;
  let before: string;
  const run = (plan: QueryPlan) => runner.run(plan, demo);

  beforeAll(async () => {
    h = await startOrgHarness();
    ({ runner, close } = reportRunnerFor(h));
    // Given the demo company's tickets and a digest of the tables and the schema
    ({ demo } = await seedPlanTickets(h));
    before = await databaseFingerprint(h);
  });

  afterEach(async () => {
    // Then nothing was written, dropped or created
    expect(await databaseFingerprint(h)).toBe(before);
  });

  afterAll(async () => {
    await close();
    await h.close();
  });

  it.each(INJECTIONS)('should treat %j as a plain value in every value position', async (payload) => {
    const number: PlanColumnSpec = { key: 'number', expr: col('number'), type: 'text' };
    const rollup: QueryPlan = {
      ...ticketPlan([{ key: 'n', expr: col('row_count', 'r'), type: 'integer' }], [], false),
      source: { table: 'report_rollup', alias: 'r' },
      orderBy: [],
      rollup: { dataset: payload, key: payload },
    };
    // When the payload is compared, listed, searched for, ORed and used as a rollup's dataset key
    const results = [
      await run(ticketPlan([number], [eq(col('category'), text(payload))], false)),
      await run(
        ticketPlan(
          [number],
          [{ kind: 'in', expr: col('category'), values: [text(payload), text(`${payload}'`)] }],
          false,
        ),
      ),
      await run(ticketPlan([number], [{ kind: 'contains', expr: col('title'), value: text(payload) }], false)),
      await run(
        ticketPlan([number], [{ kind: 'or', items: [eq(col('title'), text(payload)), { kind: 'false' }] }], false),
      ),
      await run(rollup),
    ];
    // Then no row matches (no category, title or dataset has that name)
    expect(results.map((r) => r.length)).toEqual([0, 0, 0, 0, 0]);
  });

  it.each(INJECTIONS)('should refuse %j as an id, a timestamp or a number, running nothing', async (payload) => {
    const number: PlanColumnSpec = { key: 'number', expr: col('number'), type: 'text' };
    // When the payload is given as an id, a timestamp and a number
    const plans: QueryPlan[] = [
      ticketPlan([number], [eq(col('project_id'), { kind: 'value', value: payload, type: 'id' })], false),
      ticketPlan([number], [eq(col('created_at'), { kind: 'value', value: payload, type: 'datetime' })], false),
      ticketPlan([number], [eq(col('rating'), { kind: 'value', value: payload, type: 'integer' })], false),
    ];
    // Then PostgreSQL refuses the value itself (an invalid uuid, timestamp or number): the viewer's bad input
    for (const plan of plans) await expect(run(plan)).rejects.toMatchObject({ code: 'report.invalidValue' });
  });

  it.each(INJECTIONS)('should read %j as a time zone or a calendar name only', async (payload) => {
    // When the payload is a bucket's time zone
    const zoned = ticketPlan([
      { key: 'b', expr: { kind: 'bucket', unit: 'day', expr: col('created_at'), timeZone: payload }, type: 'date' },
    ]);
    // Then it is refused, or read as a POSIX zone name: the same four tickets, shifted, no more
    await run(zoned).then(
      (rows) => expect(rows.length).toBeLessThanOrEqual(4),
      (error: unknown) => expect(String(error)).toMatch(/time zone|invalid/),
    );
    // and as a calendar it is an unknown calendar, without working hours
    const hours = {
      kind: 'duration' as const,
      unit: 'workingHours' as const,
      from: col('created_at'),
      to: col('closed_at'),
      calendar: payload,
    };
    const [row] = await run(
      ticketPlan([{ key: 'h', expr: { kind: 'aggregate', fn: 'sum', expr: hours }, type: 'number' }], [], false),
    );
    expect(Number(row!['h'])).toBe(0);
  });
});
