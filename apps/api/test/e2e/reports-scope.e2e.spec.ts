import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { downloadFile } from '../support/file-client';
import { codesOf, login, type Session } from '../support/graphql-session';
import { INJECTIONS } from '../support/report-plans';
import { databaseFingerprint } from '../support/report-tickets';
import { startReportWorld, type ReportWorld } from '../support/report-e2e-setup';
import { reportsApi } from '../support/reports-api';

const REPORT = 'test-tickets-by-category';
const labels = (rows: Record<string, unknown>[] | undefined) =>
  (rows ?? []).map((r) => `${String(r['project__label'])}/${String(r['category'])}:${String(r['tickets'])}`).sort();

describe('reports: a user never sees rows outside his scope; injection is inert; limits are coded errors', () => {
  let world: ReportWorld;
  let baseUrl: string;
  const sessions: Record<string, Session> = {};

  beforeAll(async () => {
    // Given tickets in two projects, a report statement timeout of one second and a cap of two rows
    world = await startReportWorld({ REPORT_STATEMENT_TIMEOUT_MS: '1000', REPORT_ROW_CAP: '2' });
    baseUrl = world.testApp.baseUrl;
    for (const name of ['admin', 'manager', 'supervisor', 'engineer', 'owner'])
      sessions[name] = await login(baseUrl, name, { tenant: 'demo' });
    sessions['otherAdmin'] = await login(baseUrl, 'admin', { password: 'other-admin-pw', tenant: 'other' });
  });

  afterAll(() => world?.testApp.close());

  it('should count only the rows of each caller’s scope', async () => {
    const run = async (name: string) =>
      labels((await reportsApi(baseUrl, sessions[name]!.token).run(REPORT)).data?.runReport.rows);
    // When each runs the report
    // Then the manager (lakeside only) sees lakeside, the supervisor three groups of both projects, the engineer his team's ticket,
    // and the other company's admin only his company's ticket
    expect(await run('manager')).toEqual(['绿湖苑/electric:1', '绿湖苑/leak:2']);
    const supervisor = (await reportsApi(baseUrl, sessions['supervisor']!.token).run(REPORT)).data?.runReport;
    // (three groups, cut to the cap of two: the total says how many there were)
    expect([supervisor?.rows.length, supervisor?.total, supervisor?.truncated]).toEqual([2, 3, true]);
    expect(await run('engineer')).toEqual(['绿湖苑/leak:1']);
    expect((await run('otherAdmin')).map((l) => l.split('/')[1])).toEqual(['leak:1']);
  });

  it('should drill down only to tickets of the caller’s scope', async () => {
    const manager = reportsApi(baseUrl, sessions['manager']!.token);
    // When the lakeside manager clicks a hillside cell (as if he had seen one)
    const hillside = await manager.drill(REPORT, { project: world.projects.hillside, category: 'leak' });
    // Then no ticket comes back
    expect(hillside.data?.drillDown).toEqual({ total: 0, items: [] });
    // And his own cell gives his tickets
    const lakeside = await manager.drill(REPORT, { project: world.projects.lakeside, category: 'leak' });
    expect(lakeside.data?.drillDown.items.map((t) => t.number).sort()).toEqual(
      [world.numbers.kitchen, world.numbers.bathroom].sort(),
    );
  });

  it('should export only the rows of the caller’s scope', async () => {
    // When the manager exports the report
    const { data } = await reportsApi(baseUrl, sessions['manager']!.token).export(REPORT, 'XLSX');
    const download = await downloadFile(baseUrl, data!.exportReport.fileId, sessions['manager']!.token);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.bytes as unknown as ArrayBuffer);
    // Then the file holds the lakeside rows only
    const projects = workbook.worksheets[0]!.getColumn(1).values.slice(2);
    expect(projects).toEqual(['绿湖苑', '绿湖苑']);
  });

  it('should refuse owners every report operation with FORBIDDEN', async () => {
    const owner = reportsApi(baseUrl, sessions['owner']!.token);
    const cell = { project: world.projects.lakeside, category: 'leak' };
    // When the owner tries each operation
    const results = [
      await owner.lists(),
      await owner.run(REPORT),
      await owner.drill(REPORT, cell),
      await owner.export(REPORT, 'CSV'),
      await owner.dashboard('test-overview'),
    ];
    // Then each is FORBIDDEN
    expect(results.map((r) => codesOf(r)[0])).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
  });

  it.each(INJECTIONS)('should keep %j inert as a parameter and as a cell value', async (payload) => {
    const api = reportsApi(baseUrl, sessions['admin']!.token);
    const before = await databaseFingerprint(world.db);
    // When the payload is sent as each parameter and as the cell's values
    const byCategory = await api.run(REPORT, { category: payload });
    const bySearch = await api.run(REPORT, { search: payload });
    const drillText = await api.drill(REPORT, { project: world.projects.lakeside, category: payload });
    const drillId = await api.drill(REPORT, { project: payload, category: 'leak' });
    // Then nothing matches, an id that is no id is refused as bad input (never a server error), nothing changed
    expect([byCategory.data?.runReport.rows, bySearch.data?.runReport.rows]).toEqual([[], []]);
    expect(drillText.data?.drillDown).toEqual({ total: 0, items: [] });
    expect(['VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(codesOf(drillId)[0]);
    expect(await databaseFingerprint(world.db)).toBe(before);
  });

  it('should stop a report over the statement timeout with TIMEOUT, not a server error', async () => {
    // Given another session holding a lock on the tickets
    const blocker = new Client({ connectionString: world.testApp.database.url });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table ticket in access exclusive mode');
      // When the admin runs the report
      const result = await reportsApi(baseUrl, sessions['admin']!.token).run(REPORT);
      // Then it is cancelled after the timeout with a coded error
      expect(codesOf(result)).toEqual(['TIMEOUT']);
      expect(result.errors?.[0]?.extensions?.['reason']).toBe('report.timeout');
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
  });
});
