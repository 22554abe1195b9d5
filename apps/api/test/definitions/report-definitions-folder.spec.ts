// Datasets, reports and dashboards in a definitions folder are checked against each other without a database.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { readDefinitionFolder } from '../../src/modules/definitions/definition-files.util';
import { validateDefinitionFolder } from '../../src/modules/definitions/definition-folder.util';

const fixtures = path.join(workspaceRoot, 'apps/api/test/fixtures/reports');

describe('validateDefinitionFolder: datasets, reports and dashboards (as `npm run definitions -- validate`)', () => {
  let dir: string;

  beforeEach(async () => {
    // Given a folder with the cn-workdays calendar and the test dataset, report and dashboard
    dir = await mkdtemp(path.join(tmpdir(), 'anxin-report-definitions-'));
    await cp(path.join(workspaceRoot, 'definitions/calendars'), path.join(dir, 'calendars'), { recursive: true });
    await cp(fixtures, path.join(dir, 'reports'), { recursive: true });
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('should find them valid against the schema snapshot’s catalog and the folder’s own definitions', async () => {
    const reports = await validateDefinitionFolder(await readDefinitionFolder(dir));
    expect(reports.filter((r) => r.kind !== 'calendar').map((r) => [r.kind, r.key, r.outcome, r.problems])).toEqual([
      ['dataset', 'test-tickets', 'valid', []],
      ['report', 'test-tickets-by-category', 'valid', []],
      ['dashboard', 'test-overview', 'valid', []],
    ]);
  });

  it('should report a column outside the catalog, a missing dataset and a widget of a missing report', async () => {
    // Given a dataset reading a password column, a report of a missing dataset, a dashboard of a missing report
    const dataset = {
      key: 'secrets',
      name: 'x',
      source: { table: 'app_user', alias: 'u' },
      scope: { project: 'u.id' },
      drillKey: 'u.id',
      fields: [{ key: 'hash', label: 'x', type: 'text', column: 'u.password_hash', role: 'dimension' }],
      measures: [{ key: 'n', label: 'x', aggregate: 'count' }],
    };
    const report = {
      key: 'orphan',
      name: 'x',
      dataset: 'nope',
      dimensions: [],
      measures: ['n'],
      chart: { type: 'kpi' },
    };
    const dashboard = {
      key: 'lost',
      name: 'x',
      widgets: [{ key: 'w', report: 'nope', layout: { x: 0, y: 0, w: 6, h: 4 } }],
    };
    await writeFile(path.join(dir, 'reports/secrets.dataset.json'), JSON.stringify(dataset));
    await writeFile(path.join(dir, 'reports/orphan.report.json'), JSON.stringify(report));
    await writeFile(path.join(dir, 'reports/lost.dashboard.json'), JSON.stringify(dashboard));
    // When the folder is validated
    const reports = await validateDefinitionFolder(await readDefinitionFolder(dir));
    const codes = (key: string) => reports.find((r) => r.key === key)?.problems.map((p) => `${p.code} ${p.path}`);
    // Then each is invalid with the problem that says why
    expect(codes('secrets')).toContain('UNKNOWN_COLUMN /fields/0/column');
    expect(codes('orphan')).toEqual(['UNKNOWN_DATASET /dataset']);
    expect(codes('lost')).toEqual(['UNKNOWN_REPORT /widgets/0/report']);
  });
});
