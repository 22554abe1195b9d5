import { rollupLayout, type Dataset } from '@anxin/report-engine';
import { RollupMaintenance } from '../../src/modules/reports/rollups/rollup-maintenance.service';
import { insertReportTickets } from '../support/report-tickets';
import { deployOrFail, rollupDataset, rollupRows, runRollupReport, startRollupWorld } from '../support/rollup-world';

// Medium: the real services and worker job body on the started app's module graph (API role: no job runner, so
// the tests decide when the maintenance runs), on a real PostgreSQL.
describe('rollup maintenance: the worker keeps report_rollup current for every tenant', () => {
  let world: Awaited<ReturnType<typeof startRollupWorld>>;
  let maintenance: RollupMaintenance;
  let baseline: Awaited<ReturnType<typeof runRollupReport>>;

  const forceRebuild = () => world.db.rows(`delete from report_rollup_state`);

  beforeAll(async () => {
    world = await startRollupWorld();
    maintenance = world.testApp.app.get(RollupMaintenance);
    baseline = await runRollupReport(world, world.admin);
  });

  afterAll(async () => {
    await world.testApp.close();
  });

  it('should build a rollup from nothing, then answer the report from it with the same rows', async () => {
    // Given no rollup state: the report reads the tickets
    expect(baseline.fromRollup).toBe(false);
    expect(baseline.rows.length).toBeGreaterThan(0);
    // When the maintenance runs
    const results = await maintenance.refreshAll();
    // Then both companies' rollups were built, and the report is answered from the rollup with the same rows
    expect(results.map((r) => r.outcome)).toEqual(['rebuilt', 'rebuilt']);
    const rolled = await runRollupReport(world, world.admin);
    expect(rolled).toEqual({ fromRollup: true, rows: baseline.rows });
  });

  it('should keep each company’s figures in its own rows', async () => {
    // Given built rollups (the other company has one leak costing 999)
    await maintenance.refreshAll();
    // When the rollup rows are read by company
    const layout = rollupLayout(JSON.parse(rollupDataset()) as Dataset, 'daily')!;
    const cost = layout.values.find((v) => v.input.kind === 'field' && v.input.field === 'cost' && !v.filter)!;
    const rows = await world.db.rows<{ tenant_id: string; total: number }>(
      `select tenant_id, sum(sums[?])::float8 as total from report_rollup group by tenant_id`,
      [cost.index],
    );
    const [demo] = await world.db.rows<{ id: string }>(`select id from company where code = 'demo'`);
    // Then the demo company's sums hold only its own costs (100+300+50+70), the other company's only its 999
    const totals = Object.fromEntries(rows.map((r) => [r.tenant_id === demo!.id ? 'demo' : 'other', r.total]));
    expect(totals).toEqual({ demo: 520, other: 999 });
  });

  it('should fold in closed, rated and new tickets exactly as a full rebuild would', async () => {
    // Given built rollups
    await maintenance.refreshAll();
    // When a ticket closes, another gets a rating and a new one arrives (rows changed now)
    await world.db.rows(
      `update ticket set closed_at = now(), status = 'closed', updated_at = now() where instance_id = ?`,
      [world.tickets.bathroom],
    );
    await world.db.rows(`update ticket set rating = 4, updated_at = now() where instance_id = ?`, [
      world.tickets.power,
    ]);
    const [lakeside] = await world.db.rows<{ tenant_id: string }>(`select tenant_id from project where id = ?`, [
      world.projects.lakeside,
    ]);
    const [fresh] = await insertReportTickets(world.db, [
      {
        tenantId: lakeside!.tenant_id,
        projectId: world.projects.lakeside,
        category: 'leak',
        estimatedCost: 40,
        createdAt: '2026-04-01T01:00:00Z',
      },
    ]);
    await world.db.rows(`update ticket set updated_at = now() where instance_id = ?`, [fresh]);
    const results = await maintenance.refreshAll();
    const refreshed = await rollupRows(world);
    // Then only the changed days were recomputed (bathroom, power, the new day), and a rebuild gives the same rows
    expect(results.map((r) => [r.outcome, r.days])).toEqual([
      ['refreshed', 3],
      ['refreshed', 0],
    ]);
    await forceRebuild();
    expect((await maintenance.refreshAll()).map((r) => r.outcome)).toEqual(['rebuilt', 'rebuilt']);
    expect(await rollupRows(world)).toEqual(refreshed);
    // And the report from the rollup is the report from the tickets
    const rolled = await runRollupReport(world, world.admin);
    await forceRebuild();
    const direct = await runRollupReport(world, world.admin);
    expect([rolled.fromRollup, direct.fromRollup]).toEqual([true, false]);
    expect(rolled.rows).toEqual(direct.rows);
  });

  it('should rebuild a rollup whose dataset definition changed', async () => {
    // Given rollups built for the current dataset
    await maintenance.refreshAll();
    expect((await maintenance.refreshAll()).map((r) => r.outcome)).toEqual(['refreshed', 'refreshed']);
    // When the dataset is deployed again with another measure in its rollup
    await deployOrFail(world, world.admin, 'DATASET', 'test-tickets', rollupDataset(true));
    // Then the next run rebuilds them, and the report is answered from the new rollup
    expect((await maintenance.refreshAll()).map((r) => r.outcome)).toEqual(['rebuilt', 'rebuilt']);
    expect((await runRollupReport(world, world.admin)).fromRollup).toBe(true);
  });

  it('should never double rows when two runs overlap', async () => {
    // Given rollups built once
    await forceRebuild();
    await maintenance.refreshAll();
    const once = await rollupRows(world);
    // When two runs start together, from nothing
    await forceRebuild();
    const [first, second] = await Promise.all([maintenance.refreshAll(), maintenance.refreshAll()]);
    // Then nothing failed and the rows are those of one build
    expect([...first, ...second].filter((r) => r.outcome === 'failed')).toEqual([]);
    expect(await rollupRows(world)).toEqual(once);
  });
});
