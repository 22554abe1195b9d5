// Issue #10 item 5: a viewer sets a report's or dashboard's parameters from pick lists (`reportParameterOptions`,
// `dashboardParameterOptions`: the values of a dataset field among the rows he sees) and reads labels in English
// as well as Chinese (`labelEn`, `<key>__labelEn`, `nameEn`, `titleEn`), without the Chinese fields changing.
import { codesOf, gql, login, type Session } from '../support/graphql-session';
import { definitionsApi } from '../support/definitions-api';
import { startReportWorld, type ReportWorld } from '../support/report-e2e-setup';
import { REPORT_FIXTURES } from '../support/reports-api';

const REPORT = 'test-by-project';
const DASHBOARD = 'test-by-project-board';

/** The fixture report grouped by project, its project a parameter with a pick list, every text in two languages. */
const bilingualReport = () => ({
  ...(JSON.parse(REPORT_FIXTURES.find((f) => f.kind === 'REPORT')!.content) as Record<string, unknown>),
  key: REPORT,
  name: { 'zh-CN': '各项目工单', en: 'Tickets by project' },
  dimensions: [{ field: 'project', key: 'site', label: { 'zh-CN': '小区', en: 'Site' } }],
  measures: [{ measure: 'tickets', label: { 'zh-CN': '报修数', en: 'Repairs' } }],
  filter: { '==': [{ var: 'project' }, { param: 'project' }] },
  parameters: [
    { key: 'project', label: { 'zh-CN': '项目', en: 'Project' }, type: 'id', options: { field: 'project' } },
  ],
  sort: [{ by: 'site', direction: 'asc' }],
  drill: undefined,
});

const bilingualDashboard = () => ({
  key: DASHBOARD,
  name: { 'zh-CN': '项目看板', en: 'Projects' },
  parameters: [
    { key: 'project', label: { 'zh-CN': '项目', en: 'Project' }, type: 'id', options: { field: 'project' } },
  ],
  widgets: [
    {
      key: 'sites',
      report: REPORT,
      title: { 'zh-CN': '各小区', en: 'Sites' },
      layout: { x: 0, y: 0, w: 12, h: 6 },
    },
  ],
});

interface Option {
  value: string;
  label: string;
  labelEn: string;
}
interface Column {
  key: string;
  label: string;
  labelEn: string;
  labelKey: string | null;
  labelKeyEn: string | null;
}
interface Result {
  columns: Column[];
  rows: Record<string, unknown>[];
}

const RESULT = 'columns { key label labelEn labelKey labelKeyEn } rows';
const OPTIONS = `query($key: String!, $param: String!, $search: String) {
  reportParameterOptions(key: $key, param: $param, search: $search) { value label labelEn }
}`;
const DASHBOARD_OPTIONS = `query($key: String!, $param: String!) {
  dashboardParameterOptions(key: $key, param: $param) { value label labelEn }
}`;
const RUN = `query($key: String!, $params: JSON) { runReport(key: $key, params: $params) { ${RESULT} } }`;
const BOARD = `query($key: String!, $params: JSON) {
  dashboard(key: $key, params: $params) { name nameEn widgets { title titleEn params report { ${RESULT} } } }
}`;
const LISTS = `{ reports { key name nameEn } dashboards { key name nameEn } }`;

describe('report parameters with pick lists, and labels in both languages', () => {
  let world: ReportWorld;
  let baseUrl: string;
  const sessions: Record<string, Session> = {};
  const ask = <T>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(baseUrl, query, { token: sessions[who]!.token, variables });

  beforeAll(async () => {
    // Given the report world (tickets at lakeside 绿湖苑 and hillside 西山湾) and a bilingual report and dashboard
    world = await startReportWorld();
    baseUrl = world.testApp.baseUrl;
    for (const name of ['admin', 'manager']) sessions[name] = await login(baseUrl, name, { tenant: 'demo' });
    const api = definitionsApi(baseUrl, sessions['admin']!.token);
    for (const [kind, content] of [
      ['REPORT', bilingualReport()],
      ['DASHBOARD', bilingualDashboard()],
    ] as const) {
      const deployed = await api.deploy({ kind, key: content.key, content: JSON.stringify(content) });
      if (!deployed.data?.deployDefinition)
        throw new Error(`deploy ${content.key}: ${JSON.stringify(deployed.errors)}`);
    }
  });

  afterAll(() => world?.testApp.close());

  it('should list a field parameter’s values among the rows the caller sees, labelled by the label column', async () => {
    // When the admin and the lakeside manager ask for the project parameter's options
    const admin = await ask<{ reportParameterOptions: Option[] }>('admin', OPTIONS, { key: REPORT, param: 'project' });
    const manager = await ask<{ reportParameterOptions: Option[] }>('manager', OPTIONS, {
      key: REPORT,
      param: 'project',
    });
    // Then the admin gets both projects with tickets, by name; the manager only his
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.reportParameterOptions).toEqual(
      expect.arrayContaining([
        { value: world.projects.lakeside, label: '绿湖苑', labelEn: '绿湖苑' },
        { value: world.projects.hillside, label: '西山湾', labelEn: '西山湾' },
      ]),
    );
    expect(admin.data!.reportParameterOptions).toHaveLength(2);
    expect(manager.data!.reportParameterOptions.map((o) => o.value)).toEqual([world.projects.lakeside]);
  });

  it('should list a dashboard parameter’s options through its widget’s report', async () => {
    const answer = await ask<{ dashboardParameterOptions: Option[] }>('manager', DASHBOARD_OPTIONS, {
      key: DASHBOARD,
      param: 'project',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.dashboardParameterOptions.map((o) => o.label)).toEqual(['绿湖苑']);
  });

  it('should refuse a parameter the report does not declare as VALIDATION_FAILED', async () => {
    const answer = await ask('admin', OPTIONS, { key: REPORT, param: 'nope' });
    expect(codesOf(answer)).toEqual(['VALIDATION_FAILED']);
  });

  it('should run the report with a chosen option: only that project’s rows', async () => {
    // When the admin picks hillside
    const answer = await ask<{ runReport: Result }>('admin', RUN, {
      key: REPORT,
      params: { project: world.projects.hillside },
    });
    // Then only hillside's ticket is counted
    expect(answer.data!.runReport.rows.map((r) => [r['site__label'], r['tickets']])).toEqual([['西山湾', 1]]);
  });

  it('should give each column’s label and each shown value in English beside the Chinese', async () => {
    const answer = await ask<{ runReport: Result }>('admin', RUN, { key: REPORT });
    const { columns, rows } = answer.data!.runReport;
    // Then the renamed dimension and the relabelled measure carry both labels
    expect(columns).toEqual([
      { key: 'site', label: '小区', labelEn: 'Site', labelKey: 'site__label', labelKeyEn: 'site__labelEn' },
      { key: 'tickets', label: '报修数', labelEn: 'Repairs', labelKey: null, labelKeyEn: null },
    ]);
    // And a label column's value (a project's name, one language) stands under both keys (rows in any order: the
    // report sorts by count, and both projects have one ticket)
    expect(rows.map((r) => [r['site__label'], r['site__labelEn']])).toEqual(
      expect.arrayContaining([
        ['绿湖苑', '绿湖苑'],
        ['西山湾', '西山湾'],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('should name dashboards, widgets and reports in English too, and tell the widget’s fixed parameters', async () => {
    const board = await ask<{
      dashboard: { name: string; nameEn: string; widgets: { title: string; titleEn: string; params: unknown }[] };
    }>('admin', BOARD, { key: DASHBOARD, params: { project: world.projects.lakeside } });
    expect(board.errors).toBeUndefined();
    expect([board.data!.dashboard.name, board.data!.dashboard.nameEn]).toEqual(['项目看板', 'Projects']);
    expect(board.data!.dashboard.widgets.map((w) => [w.title, w.titleEn, w.params])).toEqual([['各小区', 'Sites', {}]]);
    const lists = await ask<{
      reports: { key: string; name: string; nameEn: string }[];
      dashboards: { key: string; name: string; nameEn: string }[];
    }>('admin', LISTS);
    expect(lists.data!.reports.find((r) => r.key === REPORT)).toEqual({
      key: REPORT,
      name: '各项目工单',
      nameEn: 'Tickets by project',
    });
    // A definition written in Chinese only is named in Chinese in English too
    expect(lists.data!.dashboards.find((d) => d.key === 'test-overview')).toEqual({
      key: 'test-overview',
      name: '测试看板',
      nameEn: '测试看板',
    });
  });
});
