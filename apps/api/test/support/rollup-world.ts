import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { definitionsApi } from './definitions-api';
import { login } from './graphql-session';
import { reportsApi } from './reports-api';
import { startReportWorld, type ReportWorld } from './report-e2e-setup';

/** The test dataset with `updatedAt` and a daily rollup by project and category (counts, a closed count, sums). */
export function rollupDataset(extraMeasure = false): string {
  const base = JSON.parse(
    readFileSync(path.join(workspaceRoot, 'apps/api/test/fixtures/reports/test-tickets.dataset.json'), 'utf8'),
  ) as { fields: unknown[]; measures: unknown[] };
  const measures = ['tickets', 'totalCost', 'closed', 'avgRating', ...(extraMeasure ? ['maxCost'] : [])];
  return JSON.stringify({
    ...base,
    updatedAt: 't.updated_at',
    fields: [...base.fields, { key: 'rating', label: '评分', type: 'integer', column: 't.rating', role: 'attribute' }],
    measures: [
      ...base.measures,
      { key: 'closed', label: '已关闭', aggregate: 'count', filter: { notNull: { var: 'closedAt' } } },
      { key: 'avgRating', label: '平均评分', aggregate: 'avg', field: 'rating', decimals: 2 },
      { key: 'maxCost', label: '最高费用', aggregate: 'max', field: 'cost' },
    ],
    rollups: [{ key: 'daily', dimensions: ['project', 'category'], timeField: 'createdAt', measures }],
  });
}

/** A report the `daily` rollup covers: project × category × month. */
export const ROLLUP_REPORT = JSON.stringify({
  key: 'test-rollup-report',
  name: '各项目各类别每月工单',
  dataset: 'test-tickets',
  dimensions: [{ field: 'project' }, { field: 'category' }, { field: 'createdAt', bucket: 'month' }],
  measures: ['tickets', 'totalCost', 'closed', 'avgRating'],
  chart: { type: 'table' },
});

/** The report world (API role: no job runner, the tests run the jobs) with the rollup dataset and its report. */
export async function startRollupWorld(): Promise<ReportWorld & { admin: string }> {
  const world = await startReportWorld({ ROLE: 'api' });
  const { token } = await login(world.testApp.baseUrl, 'admin', { tenant: 'demo' });
  await deployOrFail(world, token, 'DATASET', 'test-tickets', rollupDataset());
  await deployOrFail(world, token, 'REPORT', 'test-rollup-report', ROLLUP_REPORT);
  return { ...world, admin: token };
}

export async function deployOrFail(
  world: ReportWorld,
  token: string,
  kind: 'DATASET' | 'REPORT',
  key: string,
  content: string,
): Promise<void> {
  const result = await definitionsApi(world.testApp.baseUrl, token).deploy({ kind, key, content });
  if (!result.data?.deployDefinition) throw new Error(`deploy ${key}: ${JSON.stringify(result.errors)}`);
}

/** The rollup report's rows (sorted) and whether the rollup answered. */
export async function runRollupReport(world: ReportWorld, token: string) {
  const result = await reportsApi(world.testApp.baseUrl, token).run('test-rollup-report');
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const { rows, fromRollup } = result.data.runReport;
  const key = (r: Record<string, unknown>) => JSON.stringify([r['project'], r['category'], r['createdAt']]);
  return { fromRollup, rows: [...rows].sort((a, b) => key(a).localeCompare(key(b))) };
}

/** Every stored rollup row, in a stable order, as text. */
export async function rollupRows(world: ReportWorld): Promise<string[]> {
  const rows = await world.db.rows<{ row: string }>(
    `select concat_ws('|', tenant_id, dataset_key, rollup_key, day, dims::text, row_count, sums::text, counts::text,
       mins::text, maxs::text) as row from report_rollup order by 1`,
  );
  return rows.map((r) => r.row);
}
