import { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import {
  checkDataset,
  planReport,
  planRollupBuild,
  rollupLayout,
  type Dataset,
  type ReportDefinition,
  type ReportScope,
} from '@anxin/report-engine';
import { compileRollupBuild } from '../../src/modules/reports/rollup-build.compiler';
import { readyRollupsOf, rollupSignature } from '../../src/modules/reports/rollup-signature.util';
import type { ReportRunner } from '../../src/modules/reports/report-runner.service';
import { ReportCatalogService } from '../../src/modules/reports/report-catalog.service';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';
import { reportRunnerFor, seedPlanTickets, type PlanTickets } from '../support/report-plans';

const DATASET: Dataset = {
  key: 'rollup-tickets',
  name: '工单',
  source: { table: 'ticket', alias: 't' },
  joins: [{ alias: 'p', table: 'project', on: [['t.project_id', 'p.id']] }],
  scope: { project: 't.project_id' },
  drillKey: 't.instance_id',
  updatedAt: 't.updated_at',
  fields: [
    { key: 'project', label: '项目', type: 'id', column: 't.project_id', role: 'dimension', labelColumn: 'p.name' },
    { key: 'category', label: '类别', type: 'text', column: 't.category', role: 'dimension' },
    { key: 'cost', label: '费用', type: 'number', column: 't.estimated_cost', role: 'attribute' },
    { key: 'createdAt', label: '报修时间', type: 'datetime', column: 't.created_at', role: 'time' },
  ],
  measures: [
    { key: 'tickets', label: '工单数', aggregate: 'count' },
    { key: 'totalCost', label: '费用合计', aggregate: 'sum', field: 'cost' },
    { key: 'avgCost', label: '平均费用', aggregate: 'avg', field: 'cost', decimals: 2 },
  ],
  rollups: [
    {
      key: 'byProject',
      dimensions: ['project', 'category'],
      timeField: 'createdAt',
      measures: ['tickets', 'totalCost', 'avgCost'],
    },
  ],
};

const REPORT: ReportDefinition = {
  key: 'rollup-report',
  name: '按项目',
  dataset: DATASET.key,
  dimensions: [{ field: 'project' }, { field: 'category' }, { field: 'createdAt', bucket: 'month' }],
  measures: ['tickets', 'totalCost', 'avgCost'],
  chart: { type: 'table' },
};

describe('rollups: built with compileRollupBuild, read back by the plans the engine answers from them', () => {
  let h: OrgHarness;
  let runner: ReportRunner;
  let close: () => Promise<void>;
  let world: PlanTickets;

  const run = async (scope: ReportScope, ready: string[]) => {
    const env = { now: new Date('2026-11-23T00:00:00Z'), rowCap: 100, readyRollups: ready };
    const result = planReport(REPORT, DATASET, {}, scope, env);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const rows = await runner.run(result.planned.plan, world.demo);
    const key = (r: Record<string, unknown>) => JSON.stringify([r['project'], r['category'], r['createdAt']]);
    return { fromRollup: result.planned.fromRollup, rows: [...rows].sort((a, b) => key(a).localeCompare(key(b))) };
  };

  beforeAll(async () => {
    h = await startOrgHarness();
    ({ runner, close } = reportRunnerFor(h));
    // Given the demo company's tickets and a dataset with a rollup by project and category
    world = await seedPlanTickets(h);
    const catalog = await new ReportCatalogService(h.moduleRef.get(EntityManager)).catalog();
    expect(checkDataset(DATASET, catalog, { calendars: [], dictionaries: [] })).toEqual([]);
    // When its rows for 2026 are built for the demo company
    const layout = rollupLayout(DATASET, 'byProject')!;
    const plan = planRollupBuild(DATASET, 'byProject', { from: '2026-01-01', to: '2026-12-31' });
    const knex = h.moduleRef.get(EntityManager).getKnex();
    const build = compileRollupBuild(knex, {
      plan,
      layout,
      tenantId: world.demo,
      days: { from: '2026-01-01', to: '2026-12-31' },
    });
    const sql = new Client({ connectionString: h.database.url });
    await sql.connect();
    try {
      for (let i = 0; i < 2; i += 1) {
        // (twice: a rebuild replaces the days, it adds nothing)
        await sql.query('begin');
        await sql.query(`select set_config('role', 'anxin_app', true), set_config('anxin.tenant_id', $1, true)`, [
          world.demo,
        ]);
        await sql.query(build.remove.sql, [...build.remove.bindings]);
        await sql.query(build.insert.sql, [...build.insert.bindings]);
        await sql.query('commit');
      }
    } finally {
      await sql.end();
    }
  });

  afterAll(async () => {
    await close();
    await h.close();
  });

  it('should answer a covered report from the rollup exactly as from the tickets', async () => {
    // When the report runs from the tickets and from the ready rollup
    const base = await run({ all: true }, []);
    const rolled = await run({ all: true }, ['rollup-tickets/byProject']);
    // Then the rollup answered, with the same rows
    expect([base.fromRollup, rolled.fromRollup]).toEqual([false, true]);
    expect(rolled.rows).toEqual(base.rows);
    expect(base.rows).toHaveLength(4);
  });

  it('should apply the caller’s scope to the rollup too', async () => {
    const scope = { projects: [world.projects['demo:hillside']!] };
    const base = await run(scope, []);
    const rolled = await run(scope, ['rollup-tickets/byProject']);
    expect(rolled.fromRollup).toBe(true);
    expect(rolled.rows).toEqual(base.rows);
    expect(rolled.rows.map((r) => r['category'])).toEqual(['leak']);
  });

  it('should count a rollup ready only when its stored signature is the current definition’s', () => {
    const signature = rollupSignature(DATASET, 'byProject')!;
    const state = (s: string) => [{ dataset_key: DATASET.key, rollup_key: 'byProject', signature: s }];
    expect(readyRollupsOf(DATASET, state(signature))).toEqual(['rollup-tickets/byProject']);
    expect(readyRollupsOf(DATASET, state('built-for-an-older-dataset'))).toEqual([]);
    const changed = {
      ...DATASET,
      measures: DATASET.measures.slice(0, 2),
      rollups: [{ ...DATASET.rollups![0]!, measures: ['tickets'] }],
    };
    expect(readyRollupsOf(changed, state(signature))).toEqual([]);
  });
});
