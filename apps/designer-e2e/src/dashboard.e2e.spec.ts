// Issue #10, journey 6, in Chromium against the real server (embedded PostgreSQL, the demo company and definitions/
// deployed at start): tickets are reported and surveyed through GraphQL as the demo's people do it; the admin opens
// the executive dashboard, clicks the bar of the cost widget and sees the tickets behind it — the same ones
// drillDown gives over GraphQL — then exports that report to Excel. A screenshot per step in
// reports/screenshots/dashboard-*.png.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import type { TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, launchChromium } from '@anxin/testing';
import { unitLocation } from './support/demo-location';
import { DesignerPage } from './support/designer-page';
import type { GraphqlClient } from './support/graphql-client';
import { DemoTickets } from './support/demo-tickets';
import { startDemoServer, stopDemo } from './support/demo-server';

jest.setTimeout(180_000);

const COST_REPORT = 'cost-per-repair-by-building';
/** owner-1's phone in the demo seed (the form's contact phone defaults to it in the browser only). */
const OWNER_1_PHONE = '13800000001';
const RUN = `query($key: String!) { runReport(key: $key) { columns { key role } rows } }`;
const DRILL = `query($key: String!, $cell: JSON!) {
  drillDown(key: $key, cell: $cell, page: { offset: 0, limit: 50 }) { total items { number } }
}`;

describe('journey 6: the admin drills into the executive dashboard and exports a report', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let admin: DesignerPage;
  let adminApi: GraphqlClient;
  const surveyed: string[] = [];

  beforeAll(async () => {
    ({ database, server } = await startDemoServer());
    // Given three repairs reported by owner-1 in unit 1-101, two of them surveyed with a cost, one still open
    const tickets = new DemoTickets(server.baseUrl);
    const location = await unitLocation(database.url, '1-101');
    const report = (category: string, description: string) =>
      tickets.submit('repair-request', location, {
        category,
        urgency: 'normal',
        description,
        contactPhone: OWNER_1_PHONE,
      });
    for (const [category, cost] of [
      ['water_electric', 300],
      ['structural', 500],
    ] as const) {
      const number = await report(category, '墙面渗水，需要上门查看');
      const engineer = await tickets.dispatchedEngineer(number);
      await tickets.work(engineer, number, 'accept', {});
      await tickets.work(engineer, number, 'survey', { diagnosis: '管道老化', materials: [], estimatedCost: cost });
      surveyed.push(number);
    }
    await report('fit_out', '入户门关不严，需要调整');
    adminApi = await tickets.as('admin');
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    admin = new DesignerPage(await context.newPage(), server.baseUrl, 'dashboard');
  });

  afterAll(() => stopDemo({ browser, server, database }));

  it('when the admin signs in and opens 数据看板, then the shipped dashboards are listed', async () => {
    await admin.open('/dashboards');
    await admin.login('admin');
    await admin.page.getByTestId('dashboards-page').waitFor();
    await admin.page.locator('[data-dashboard="executive"]').waitFor();
    await expect(admin.page.locator('[data-dashboard]').count()).resolves.toBe(3);
    await admin.screenshot('01-dashboards');
  });

  it('when he opens the executive dashboard, then every widget shows its report where the layout puts it', async () => {
    await admin.page.locator('[data-dashboard="executive"] a').click();
    await admin.page.getByTestId('dashboard-page').waitFor();
    await expect(admin.page.getByTestId('dashboard-name').textContent()).resolves.toBe('管理驾驶舱');
    // The cost widget is a bar chart of the two surveyed repairs' building (a canvas drawn by ECharts)
    await admin.page.locator('[data-testid="chart-cost"] canvas').waitFor();
    await expect(admin.page.locator('.ant-alert-error').count()).resolves.toBe(0);
    // Side by side as the grid says: the cost widget (x 12) right of the SLA widget (x 0) on the same row
    const sla = await admin.page.getByTestId('widget-sla').boundingBox();
    const cost = await admin.page.getByTestId('widget-cost').boundingBox();
    expect(cost!.x).toBeGreaterThan(sla!.x + sla!.width - 1);
    expect(Math.abs(cost!.y - sla!.y)).toBeLessThan(2);
    await admin.screenshot('02-executive');
  });

  it('when he clicks the bar, then the drawer lists the tickets drillDown gives for that cell over GraphQL', async () => {
    // Given what the API answers for the bar's cell (its building, the report's first and only row)
    const result = await adminApi.request<{
      runReport: { columns: { key: string; role: string }[]; rows: Record<string, unknown>[] };
    }>(RUN, { key: COST_REPORT });
    expect(result.runReport.rows).toHaveLength(1);
    const dimensions = result.runReport.columns.filter((c) => c.role === 'dimension').map((c) => c.key);
    const cell = Object.fromEntries(dimensions.map((key) => [key, result.runReport.rows[0]![key]]));
    const drilled = await adminApi.request<{ drillDown: { total: number; items: { number: string }[] } }>(DRILL, {
      key: COST_REPORT,
      cell,
    });
    expect(drilled.drillDown.items.map((t) => t.number).sort()).toEqual([...surveyed].sort());
    // When he clicks the bar (the middle of the plot: one building, its bars side by side)
    // (mouse coordinates are the viewport's: the widget is scrolled into view first)
    await admin.page.getByTestId('chart-cost').scrollIntoViewIfNeeded();
    const chart = (await admin.page.getByTestId('chart-cost').boundingBox())!;
    await admin.page.mouse.click(chart.x + chart.width / 2, chart.y + chart.height * 0.75);
    // Then the drawer lists exactly those tickets, each linking to its ticket page
    const drawer = admin.page.getByTestId('drill-down');
    await drawer.locator('[data-ticket]').first().waitFor();
    const rows = await drawer.locator('[data-ticket]').all();
    const shown = await Promise.all(rows.map((row) => row.getAttribute('data-ticket')));
    expect(shown.sort()).toEqual(drilled.drillDown.items.map((t) => t.number).sort());
    await expect(drawer.getByTestId('drill-total').textContent()).resolves.toBe(`共 ${drilled.drillDown.total} 张工单`);
    await expect(drawer.locator(`a[href="/tickets/${surveyed[0]}"]`).count()).resolves.toBe(1);
    await admin.screenshot('03-drill-down');
  });

  it('when he follows a ticket of the drill-down, then its ticket page opens', async () => {
    await admin.page.getByTestId('drill-down').locator(`a[href="/tickets/${surveyed[0]}"]`).click();
    await admin.page.getByTestId('ticket-page').waitFor();
    await admin.screenshot('04-ticket');
    await admin.page.goBack();
    await admin.page.getByTestId('dashboard-page').waitFor();
  });

  it('when he exports the cost report, then an Excel file downloads with a Chinese header and one line per row', async () => {
    await admin.page.locator('[data-testid="chart-cost"] canvas').waitFor();
    const [download] = await Promise.all([
      admin.page.waitForEvent('download'),
      admin.page.getByTestId('export-cost').click(),
    ]);
    expect(download.suggestedFilename()).toBe('各楼栋单次维修费用.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(1).getCell(1).text).toBe('项目');
    await admin.page.locator('.ant-message-success').waitFor();
    await admin.screenshot('05-exported');
  });
});
