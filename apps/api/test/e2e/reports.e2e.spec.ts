import ExcelJS from 'exceljs';
import { downloadFile } from '../support/file-client';
import { definitionsApi } from '../support/definitions-api';
import { codesOf, login, type Session } from '../support/graphql-session';
import { startReportWorld, type ReportWorld } from '../support/report-e2e-setup';
import { REPORT_FIXTURES, reportsApi } from '../support/reports-api';

const REPORT = 'test-tickets-by-category';

describe('reports over GraphQL: run, drill down, export, dashboards', () => {
  let world: ReportWorld;
  let baseUrl: string;
  let admin: Session;

  beforeAll(async () => {
    // Given the test org's tickets and the test report deployed
    world = await startReportWorld();
    baseUrl = world.testApp.baseUrl;
    admin = await login(baseUrl, 'admin', { tenant: 'demo' });
  });

  afterAll(() => world?.testApp.close());

  it('should list the deployed reports and dashboards', async () => {
    const { data } = await reportsApi(baseUrl, admin.token).lists();
    expect(data?.reports).toEqual([
      {
        key: REPORT,
        version: 1,
        name: '各项目各类别工单',
        dataset: 'test-tickets',
        chart: 'table',
        parameters: expect.any(Array),
      },
    ]);
    expect(data?.dashboards).toEqual([{ key: 'test-overview', version: 1, name: '测试看板' }]);
  });

  it('should count tickets, sum costs and average working hours per project and category, busiest first', async () => {
    // When the admin runs the report
    const { data, errors } = await reportsApi(baseUrl, admin.token).run(REPORT);
    expect(errors).toBeUndefined();
    const result = data!.runReport;
    // Then each group has exactly its tickets, with Chinese labels, and the other company's ticket is not counted
    expect(result.columns.map((c) => [c.key, c.label, c.role])).toEqual([
      ['project', '项目', 'dimension'],
      ['category', '类别', 'dimension'],
      ['tickets', '工单数', 'measure'],
      ['totalCost', '费用合计', 'measure'],
      ['workingHours', '平均处理工时', 'measure'],
    ]);
    const rows = result.rows.map((r) => [
      r['project__label'],
      r['category'],
      r['tickets'],
      r['totalCost'],
      r['workingHours'],
    ]);
    expect(rows[0]).toEqual(['绿湖苑', 'leak', 2, 400, 3]);
    // (the two groups of one ticket tie: their order is not specified)
    expect(rows.slice(1).sort()).toEqual([
      ['绿湖苑', 'electric', 1, 50, null],
      ['西山湾', 'leak', 1, 70, null],
    ]);
    expect([result.total, result.truncated, result.fromRollup]).toEqual([3, false, false]);
  });

  it('should apply the viewer’s parameters, and refuse a value of the wrong type with VALIDATION_FAILED and problems', async () => {
    const api = reportsApi(baseUrl, admin.token);
    // When filtering on a category and a title substring
    const leaks = await api.run(REPORT, { category: 'leak', search: '漏水' });
    // Then only the leaks whose title contains 漏水 are counted
    expect(leaks.data?.runReport.rows.map((r) => r['tickets'])).toEqual([1, 1]);
    // When a text parameter is given a list
    const bad = await api.run(REPORT, { category: ['leak', 'electric'] });
    // Then the problem names it
    expect(codesOf(bad)).toEqual(['VALIDATION_FAILED']);
    expect(bad.errors?.[0]?.extensions?.['problems']).toEqual([expect.objectContaining({ path: 'params.category' })]);
  });

  it('should answer NOT_FOUND for a report that is not deployed', async () => {
    expect(codesOf(await reportsApi(baseUrl, admin.token).run('no-such-report'))).toEqual(['NOT_FOUND']);
  });

  it('should drill from a cell down to exactly its tickets', async () => {
    // When the admin clicks lakeside × leak
    const { data, errors } = await reportsApi(baseUrl, admin.token).drill(REPORT, {
      project: world.projects.lakeside,
      category: 'leak',
    });
    // Then the kitchen and bathroom leaks come back, as tickets
    expect(errors).toBeUndefined();
    expect(data?.drillDown.total).toBe(2);
    expect(data?.drillDown.items.map((t) => t.number).sort()).toEqual(
      [world.numbers.kitchen, world.numbers.bathroom].sort(),
    );
  });

  it('should export the result to XLSX with Chinese headers, numbers as numbers and a frozen header row', async () => {
    // When the admin exports the report
    const { data } = await reportsApi(baseUrl, admin.token).export(REPORT, 'XLSX');
    const file = data!.exportReport;
    expect([file.name, file.rowCount]).toEqual(['各项目各类别工单.xlsx', 3]);
    // Then GET /files/:id serves him a workbook that reads back
    const download = await downloadFile(baseUrl, file.fileId, admin.token);
    expect(download.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '项目', '类别', '工单数', '费用合计', '平均处理工时']);
    expect(sheet.getRow(2).values).toEqual([undefined, '绿湖苑', 'leak', 2, 400, 3]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('should export CSV with a UTF-8 byte order mark, so that Excel reads the Chinese', async () => {
    const { data } = await reportsApi(baseUrl, admin.token).export(REPORT, 'CSV', { category: 'electric' });
    const download = await downloadFile(baseUrl, data!.exportReport.fileId, admin.token);
    expect([...download.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(download.bytes.subarray(3).toString('utf8')).toBe(
      '项目,类别,工单数,费用合计,平均处理工时\r\n绿湖苑,electric,1,50,\r\n',
    );
  });

  it('should run every widget of a dashboard with the shared parameters', async () => {
    // When the admin opens the dashboard filtered on leaks
    const { data, errors } = await reportsApi(baseUrl, admin.token).dashboard('test-overview', { category: 'leak' });
    expect(errors).toBeUndefined();
    // Then both widgets show the leak rows, the second as bars
    const widgets = data!.dashboard.widgets;
    expect(widgets.map((w) => [w.key, w.title, w.report?.chart, w.report?.rows.length, w.error])).toEqual([
      ['byCategory', '各类别', 'table', 2, null],
      ['asBars', '各项目各类别工单', 'bar', 2, null],
    ]);
  });

  it('should refuse to deploy a report whose dataset is not deployed', async () => {
    // When a designer deploys a report naming a missing dataset
    const content = JSON.stringify({ ...JSON.parse(REPORT_CONTENT()), key: 'orphan', dataset: 'no-such-dataset' });
    const result = await definitionsApi(baseUrl, admin.token).deploy({ kind: 'REPORT', key: 'orphan', content });
    // Then the deploy is refused with the problem
    expect(codesOf(result)).toEqual(['DEFINITION_INVALID']);
    expect(result.errors?.[0]?.extensions?.['problems']).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_DATASET', path: '/dataset' }),
    ]);
  });

  // Last: it changes the deployed dataset.
  it('should answer CONFLICT for a report its dataset no longer fits, and show it as the widget’s error', async () => {
    // Given a new dataset version without the measure the report sums
    const dataset = JSON.parse(REPORT_FIXTURES[1]!.content) as { measures: { key: string }[] };
    const content = JSON.stringify({ ...dataset, measures: dataset.measures.filter((m) => m.key !== 'totalCost') });
    await definitionsApi(baseUrl, admin.token).deploy({ kind: 'DATASET', key: 'test-tickets', content });
    // When the report and its dashboard run
    const api = reportsApi(baseUrl, admin.token);
    const run = await api.run(REPORT);
    const dashboard = await api.dashboard('test-overview');
    // Then the report is refused with the problem, and each widget carries the error
    expect(codesOf(run)).toEqual(['CONFLICT']);
    expect(run.errors?.[0]?.extensions?.['reason']).toBe('report.definitionBroken');
    expect(dashboard.data?.dashboard.widgets.map((w) => [w.report, (w.error as { code: string }).code])).toEqual([
      [null, 'CONFLICT'],
      [null, 'CONFLICT'],
    ]);
  });
});

function REPORT_CONTENT(): string {
  return JSON.stringify({
    key: 'x',
    name: 'x',
    dataset: 'x',
    dimensions: [{ field: 'category' }],
    measures: ['tickets'],
    chart: { type: 'table' },
  });
}
