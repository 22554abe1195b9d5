import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import type { ReportRunner } from '../../src/modules/reports/report-runner.service';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';
import { col, reportRunnerFor, seedPlanTickets, ticketPlan } from '../support/report-plans';

// A "replica": another database with the same schema. Reports must read it, confined to the tenant as on the primary.
describe('REPORT_DATABASE_URL: reports read the replica, under row-level security', () => {
  let h: OrgHarness;
  let replica: TestDatabase;
  let runner: ReportRunner;
  let close: () => Promise<void>;
  let demo: string;
  const numbers = ticketPlan([{ key: 'number', expr: col('number'), type: 'text' }], [], false);

  beforeAll(async () => {
    h = await startOrgHarness();
    // Given tickets on the primary, and on the replica one ticket of the demo company and one of another company
    ({ demo } = await seedPlanTickets(h));
    replica = await createTestDatabase();
    const sql = new Client({ connectionString: replica.url });
    await sql.connect();
    try {
      await sql.query(
        `insert into ticket (instance_id, tenant_id, number, process_key, initiator, fields, created_at, updated_at)
         values (gen_random_uuid(), $1, 'ON-REPLICA', 'x', 'x', '{}', now(), now()),
                (gen_random_uuid(), gen_random_uuid(), 'OTHER-COMPANY', 'x', 'x', '{}', now(), now())`,
        [demo],
      );
    } finally {
      await sql.end();
    }
    ({ runner, close } = reportRunnerFor(h, { REPORT_DATABASE_URL: replica.url }));
  });

  afterAll(async () => {
    await close();
    await replica.drop();
    await h.close();
  });

  it('should read the replica’s rows of the caller’s company only', async () => {
    // When a report runs for the demo company
    const rows = await runner.run(numbers, demo);
    // Then it read the replica (not the primary's four tickets), and not the other company's row there
    expect(rows).toEqual([{ number: 'ON-REPLICA' }]);
  });
});
