// Issue #9's "done when": an admin lists, runs, drills into and exports every shipped report (definitions/reports) and
// opens every shipped dashboard over GraphQL, on the demo company with tickets from real repair journeys.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { workspaceRoot } from '@anxin/testing';
import { downloadFile } from '../support/file-client';
import { dataOf, RepairDemo } from '../support/repair-demo';
import { reportsApi } from '../support/reports-api';
import { RollupMaintenance } from '../../src/modules/reports/rollups/rollup-maintenance.service';

const keysIn = (folder: string, suffix: string) =>
  readdirSync(path.join(workspaceRoot, 'definitions', folder))
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length))
    .sort();
const REPORTS = keysIn('reports', '.report.json');
const DASHBOARDS = keysIn('dashboards', '.dashboard.json');

describe('the shipped reports and dashboards on the demo company', () => {
  let demo: RepairDemo;
  let api: ReturnType<typeof reportsApi>;
  const numbers: string[] = [];

  beforeAll(async () => {
    demo = await RepairDemo.start();
    api = reportsApi(demo.testApp.baseUrl, (await demo.as('admin')).token);
    // Given one ticket repaired, confirmed, rated 2 stars and closed, and two open ones of other kinds in the same unit
    const done = await demo.submitRepair('shipped-reports-1');
    const engineer = await demo.dispatchedEngineer(done.number);
    await demo.work(engineer, done.number, 'accept', {});
    await demo.work(engineer, done.number, 'survey', { diagnosis: '角阀老化', materials: [], estimatedCost: 300 });
    await demo.work(engineer, done.number, 'repair', { workLog: '更换角阀' });
    await demo.work('owner-1', done.number, 'confirm', { confirmed: 'yes' });
    await demo.work('owner-1', done.number, 'rate', { stars: 2, comment: '一般' });
    await demo.work('supervisor', done.number, 'followUp', { outcome: 'resolved', notes: '已电话回访，业主接受' });
    await demo.track(done.number, (t) => t.status === 'closed');
    const open1 = await demo.submitRepair('shipped-reports-2', { category: 'structural', urgency: 'normal' });
    const open2 = await demo.submitRepair('shipped-reports-3', { category: 'fit_out', urgency: 'low' });
    numbers.push(done.number, open1.number, open2.number);
    // The job worker keeps the rollups current once a minute; a run that fell during the setup left them behind it,
    // so bring them up to date as the next minute's run would
    await demo.testApp.app.get(RollupMaintenance).refreshAll();
  });

  afterAll(() => demo?.close());

  it('should list every shipped report and dashboard', async () => {
    const lists = dataOf(await api.lists());
    expect(lists.reports.map((r) => r.key).sort()).toEqual(REPORTS);
    expect(lists.dashboards.map((d) => d.key).sort()).toEqual(DASHBOARDS);
  });

  it.each(REPORTS)('should run %s, drill into its first row down to the tickets, and export it', async (key) => {
    // When the admin runs the report with its default parameters
    const result = dataOf(await api.run(key)).runReport;
    // Then it has rows built from the journeys' tickets
    expect(result.rows.length).toBeGreaterThan(0);
    const dimensions = result.columns.filter((c) => c.role === 'dimension').map((c) => c.key);
    const first = result.rows[0] as Record<string, unknown>;
    // When he clicks the first row's cell, then the drill-down lists tickets of the journeys only
    const cell = Object.fromEntries(dimensions.map((d) => [d, first[d] ?? null]));
    const drilled = dataOf(await api.drill(key, cell)).drillDown;
    expect(drilled.total).toBeGreaterThan(0);
    expect(drilled.items.length).toBe(drilled.total);
    for (const item of drilled.items) expect(numbers).toContain(item.number);
    // When he exports it, then the workbook has a Chinese header row and one line per result row
    const exported = dataOf(await api.export(key, 'XLSX')).exportReport;
    expect(exported.rowCount).toBe(result.rows.length);
    const file = await downloadFile(demo.testApp.baseUrl, exported.fileId, (await demo.as('admin')).token);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(result.rows.length + 1);
    expect(sheet.getRow(1).getCell(1).text).toMatch(/[\u4e00-\u9fff]/);
  });

  it("should give the journeys' exact figures: two repeat repairs in one unit, a 2-star engineer, one open per category", async () => {
    // When the quality and satisfaction reports are run
    const repeat = dataOf(await api.run('repeat-repairs-by-unit-type')).runReport.rows;
    const satisfaction = dataOf(await api.run('satisfaction-by-engineer')).runReport.rows;
    const backlog = dataOf(await api.run('tickets-by-category')).runReport.rows;
    // Then three tickets in one unit are two repeat repairs (rate 2/3), the engineer's one rating is 2 stars, not good
    expect(
      repeat.map((r) => [r['project__label'], r['unitType'], r['tickets'], r['units'], r['repeatRepairs']]),
    ).toEqual([['阳光花园', '三室两厅', 3, 1, 2]]);
    expect(repeat[0]?.['repeatRate']).toBeCloseTo(2 / 3, 3);
    expect(satisfaction.map((r) => [r['ratedTickets'], r['avgRating'], r['goodRatingShare']])).toEqual([[1, 2, 0]]);
    // and this quarter's tickets per category count the closed one and each open one
    expect(
      Object.fromEntries(backlog.map((r) => [r['category'], [r['tickets'], r['openTickets'], r['category__label']]])),
    ).toEqual({
      water_electric: [1, 0, expect.any(String)],
      structural: [1, 1, expect.any(String)],
      fit_out: [1, 1, expect.any(String)],
    });
  });

  it.each(DASHBOARDS)('should open the %s dashboard with every widget answered', async (key) => {
    const { dashboard } = dataOf(await api.dashboard(key));
    expect(dashboard.widgets.length).toBeGreaterThan(0);
    expect(dashboard.widgets.filter((w) => w.error !== null)).toEqual([]);
    for (const widget of dashboard.widgets) expect(widget.report?.rows.length).toBeGreaterThan(0);
  });
});
