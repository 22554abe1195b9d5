import { EntityManager } from '@mikro-orm/postgresql';
import type { QueryPlan } from '@anxin/report-engine';
import type { ReportRunner } from '../../src/modules/reports/report-runner.service';
import { REPORTABLE_COLUMNS, ReportCatalogService } from '../../src/modules/reports/report-catalog.service';
import { UnsafePlanError } from '../../src/modules/reports/sql-fragment.util';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';
import { col, reportRunnerFor, seedPlanTickets, ticketPlan } from '../support/report-plans';

const numbers: QueryPlan = ticketPlan([{ key: 'number', expr: col('number'), type: 'text' }], [], false);

describe('ReportRunner limits: row cap, statement timeout, the catalog', () => {
  let h: OrgHarness;
  let demo: string;
  let runner: ReportRunner;
  let closeRunner: () => Promise<void>;

  beforeAll(async () => {
    h = await startOrgHarness();
    // Given four tickets of the demo company and a runner capped at 2 rows and 300 ms
    ({ demo } = await seedPlanTickets(h));
    ({ runner, close: closeRunner } = reportRunnerFor(h, {
      REPORT_ROW_CAP: '2',
      REPORT_STATEMENT_TIMEOUT_MS: '300',
    }));
  });

  afterAll(async () => {
    await closeRunner();
    await h.close();
  });

  it('should return at most the row cap plus one row, whatever the plan asks', async () => {
    // When a plan asks for every ticket, and one asks for 100
    const all = await runner.run(numbers, demo);
    const many = await runner.run({ ...numbers, limit: 100 }, demo);
    // Then three rows come back: two, and one more that tells the shaper the result was cut
    expect([all.length, many.length]).toEqual([3, 3]);
  });

  it('should stop a query over the statement timeout with a TIMEOUT error', async () => {
    // Given another session holding a lock the report has to wait for
    const release = await holdLock(h);
    try {
      // When the report runs
      const started = Date.now();
      const outcome = runner.run(numbers, demo);
      // Then it is cancelled after the timeout, as a timeout (not a server fault)
      await expect(outcome).rejects.toMatchObject({ code: 'report.timeout', category: 'timeout' });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await release();
    }
  });

  it('should refuse a plan reading a table outside the catalog before any SQL runs', async () => {
    // When a plan names a table that is not reportable
    const secret: QueryPlan = { ...numbers, source: { table: 'refresh_token', alias: 't' } };
    // Then it is refused as a bug
    await expect(runner.run(secret, demo)).rejects.toBeInstanceOf(UnsafePlanError);
  });

  it('should read the catalog’s column types from the database, sensitive columns left out', async () => {
    // When the catalog is read from information_schema
    const { tables } = await new ReportCatalogService(h.moduleRef.get(EntityManager)).catalog();
    // Then every allow-listed table is there, typed, without tenant_id, and users only by id and names
    expect(Object.keys(tables).sort()).toEqual(Object.keys(REPORTABLE_COLUMNS).sort());
    expect(tables['app_user']).toEqual({ id: 'id', username: 'text', display_name: 'text' });
    expect(tables['ticket']).toMatchObject({ estimated_cost: 'number', created_at: 'datetime', rating: 'integer' });
    expect(Object.values(tables).some((columns) => 'tenant_id' in columns)).toBe(false);
  });

  it('should see nothing without the tenant: row-level security binds the report connection', async () => {
    // When the plan runs for a company that does not exist
    const rows = await runner.run(numbers, '00000000-0000-4000-8000-000000000000');
    // Then no row is visible
    expect(rows).toEqual([]);
  });
});

/** Locks the ticket table in a separate transaction until the returned function is called. */
async function holdLock(h: OrgHarness): Promise<() => Promise<void>> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: h.database.url });
  await client.connect();
  await client.query('begin');
  await client.query('lock table ticket in access exclusive mode');
  return async () => {
    await client.query('rollback');
    await client.end();
  };
}
