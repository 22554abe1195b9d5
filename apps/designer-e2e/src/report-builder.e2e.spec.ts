// Issue #10 item 5, in Chromium against the real server (embedded PostgreSQL, the demo company and definitions/
// deployed at start): the designer builds a report on the tickets dataset (a dimension, a count, a filter made with
// the rule builder, a bar chart), previews it — the numbers previewReport gives over GraphQL —, publishes it and
// finds it in the list; then, in English, opens the executive dashboard, sets its project and reads English labels.
// A screenshot per step in reports/screenshots/report-builder-*.png.
import type { Browser, Page } from 'playwright-core';
import type { TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, launchChromium } from '@anxin/testing';
import { unitLocation } from './support/demo-location';
import { DemoTickets } from './support/demo-tickets';
import { DesignerPage } from './support/designer-page';
import type { GraphqlClient } from './support/graphql-client';
import { startDemoServer, stopDemo } from './support/demo-server';

jest.setTimeout(180_000);

const KEY = 'repairs-except-fit-out';
/** The report the designer's picks stand for (what the builder must send). */
const EXPECTED = {
  key: KEY,
  name: { 'zh-CN': '非精装修报修', en: 'Repairs except fit-out' },
  dataset: 'tickets',
  dimensions: [{ field: 'category' }],
  measures: ['tickets'],
  filter: { '!=': [{ var: 'category' }, 'fit_out'] },
  chart: { type: 'bar' },
};
const OWNER_1_PHONE = '13800000001';
const PREVIEW = `query($content: JSON!) { previewReport(content: $content) { columns { key role labelKey } rows } }`;
const RUN = `query($key: String!) { runReport(key: $key) { columns { key role labelKey } rows } }`;
const DEFINITION = `query($key: String!) { definition(key: $key, kind: REPORT) { version content } }`;

interface Result {
  columns: { key: string; role: string; labelKey: string | null }[];
  rows: Record<string, unknown>[];
}

/** A result as the preview table shows it: `label count` per row, in the result's order. */
const linesOf = (result: Result) =>
  result.rows.map((row) => `${String(row['category__label'])} ${String(row['tickets'])}`);

/** Picks `label` in the open dropdown of an antd select (the visible one). */
async function pickOption(page: Page, label: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: label })
    .first()
    .click();
}

describe('the report builder: build, preview, publish; a dashboard in English with its parameter', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let designer: DesignerPage;
  let designerApi: GraphqlClient;

  beforeAll(async () => {
    ({ database, server } = await startDemoServer());
    // Given four repairs reported by owner-1: two of water and electricity, one structural, one fit-out
    const tickets = new DemoTickets(server.baseUrl);
    const location = await unitLocation(database.url, '1-101');
    for (const category of ['water_electric', 'water_electric', 'structural', 'fit_out']) {
      await tickets.submit('repair-request', location, {
        category,
        urgency: 'normal',
        description: '墙面渗水，需要上门查看',
        contactPhone: OWNER_1_PHONE,
      });
    }
    designerApi = await tickets.as('designer');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, locale: 'zh-CN' });
    designer = new DesignerPage(await context.newPage(), server.baseUrl, 'report-builder');
  });

  afterAll(() => stopDemo({ browser, server, database }));

  it('when the designer starts a new report, then the builder offers the deployed datasets', async () => {
    await designer.open('/design/reports');
    await designer.login('designer');
    await designer.page.getByTestId('reports-list').waitFor();
    await designer.page.getByTestId('report-new').click();
    await designer.page.getByTestId('report-builder').waitFor();
    await designer.screenshot('01-new');
  });

  it('when he picks the tickets dataset, a dimension, a count and a bar chart, and filters with the rule builder, then the draft checks clean', async () => {
    const page = designer.page;
    await page.getByTestId('builder-key').fill(KEY);
    await page.getByTestId('builder-name-zh').fill(EXPECTED.name['zh-CN']);
    await page.getByTestId('builder-name-en').fill(EXPECTED.name.en);
    await page.getByTestId('builder-dataset').click();
    await pickOption(page, '工单');
    await page.getByTestId('builder-dimensions').click();
    await pickOption(page, '报修类别');
    await page.keyboard.press('Escape');
    await page.getByTestId('builder-measures').click();
    await pickOption(page, '工单数');
    await page.keyboard.press('Escape');
    // The filter: 报修类别 不等于 fit_out, made in the visual rule builder
    const filter = page.getByTestId('builder-filter');
    await filter.getByRole('button', { name: '+ 条件', exact: true }).click();
    await filter.locator('.rule-fields').click();
    await pickOption(page, '报修类别');
    await filter.locator('.rule-operators').click();
    await pickOption(page, '不等于');
    await filter.getByTestId('rule-value-0').fill('fit_out');
    await expect(page.getByTestId('builder-chart').textContent()).resolves.toContain('柱状图');
    await expect(page.getByTestId('builder-local-problems').count()).resolves.toBe(0);
    await designer.screenshot('02-picked');
  });

  it('when he previews it, then the preview shows the numbers previewReport gives over GraphQL', async () => {
    // Given what the API answers for the report the picks stand for
    const expected = await designerApi.request<{ previewReport: Result }>(PREVIEW, { content: EXPECTED });
    const lines = linesOf(expected.previewReport);
    expect(lines).toContain('水电 2');
    expect(lines.some((line) => line.startsWith('精装修'))).toBe(false);
    // When he clicks 预览
    await designer.page.getByTestId('builder-preview').click();
    await designer.page.locator('[data-testid="builder-preview-chart"] canvas').waitFor();
    // Then its table has exactly those rows (category label, count), and the total says how many
    const rows = designer.page.locator('[data-testid="builder-preview-table"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '').join(' ')),
    );
    expect(shown).toEqual(lines);
    await expect(designer.page.getByTestId('builder-preview-total').textContent()).resolves.toBe(
      `共 ${lines.length} 行`,
    );
    await designer.screenshot('03-preview');
  });

  it('when he publishes it, then version 1 is the definition of his picks and runs as the preview showed', async () => {
    await designer.page.getByTestId('builder-publish').click();
    await designer.page.locator('.ant-message-success').getByText(`已发布 ${KEY} 版本 1`).waitFor();
    await designer.page.waitForURL((url) => url.pathname === `/design/reports/${KEY}`);
    const deployed = await designerApi.request<{ definition: { version: number; content: string } }>(DEFINITION, {
      key: KEY,
    });
    expect(deployed.definition.version).toBe(1);
    expect(JSON.parse(deployed.definition.content)).toEqual(EXPECTED);
    const run = await designerApi.request<{ runReport: Result }>(RUN, { key: KEY });
    const preview = await designerApi.request<{ previewReport: Result }>(PREVIEW, { content: EXPECTED });
    expect(linesOf(run.runReport)).toEqual(linesOf(preview.previewReport));
    await designer.screenshot('04-published');
  });

  it('when he opens the reports list, then his report is there', async () => {
    await designer.open('/design/reports');
    const link = designer.page.locator(`[data-report="${KEY}"]`);
    await link.waitFor();
    await expect(link.textContent()).resolves.toBe(EXPECTED.name['zh-CN']);
    await designer.screenshot('05-listed');
  });

  it('when he switches to English and previews his report, then columns and values are labelled in English', async () => {
    await designer.page.getByTestId('language').getByText('English').click();
    await designer.page.locator(`[data-report="${KEY}"]`).getByText(EXPECTED.name.en).waitFor();
    await designer.page.locator(`[data-report="${KEY}"]`).click();
    await designer.page.getByTestId('builder-preview').click();
    const table = designer.page.getByTestId('builder-preview-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(['Category', 'Tickets']);
    await expect(table.locator('tbody').textContent()).resolves.toContain('Water and electricity');
    await designer.screenshot('06-english-preview');
  });

  it('when he opens the executive dashboard in English and picks a project, then the widgets run again with it', async () => {
    // (the admin, on his own browser, signs in in Chinese and switches to English)
    const admin = new DesignerPage(
      await (await browser.newContext({ viewport: { width: 1360, height: 1000 }, locale: 'zh-CN' })).newPage(),
      server.baseUrl,
      'report-builder',
    );
    const page = admin.page;
    await admin.open('/dashboards/executive');
    await admin.login('admin');
    await page.getByTestId('dashboard-page').waitFor();
    await page.getByTestId('language').getByText('English').click();
    await expect(page.getByTestId('dashboard-name').textContent()).resolves.toBe('Executive');
    await expect(page.getByTestId('widget-cost').locator('.ant-card-head-title').textContent()).resolves.toBe(
      'Cost per repair by building',
    );
    const params = page.getByTestId('dashboard-params');
    await params.getByText('Project').waitFor();
    await page.locator('[data-testid="chart-volume"] canvas').waitFor();
    // When he picks the first project of the pick list
    await params.getByTestId('param-project').click();
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await option.first().waitFor();
    const [rerun] = await Promise.all([
      page.waitForRequest((request) => {
        const body = request.postData() ?? '';
        return body.includes('"operationName":"Dashboard"') && body.includes('"project"');
      }),
      option.first().click(),
    ]);
    // Then the dashboard is asked again with that project, and every widget still shows
    const sent = JSON.parse(rerun.postData()!) as { variables: { params: { project: string } } };
    expect(sent.variables.params.project).toMatch(/^[0-9a-f-]{36}$/);
    await page.locator('[data-testid="chart-volume"] canvas').waitFor();
    await expect(page.locator('.ant-alert-error').count()).resolves.toBe(0);
    await admin.screenshot('07-english-dashboard');
  });
});
