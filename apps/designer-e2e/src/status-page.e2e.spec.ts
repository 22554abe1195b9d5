import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findFreePort } from '@anxin/persistence';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, launchChromium, startServerProcess, workspaceRoot } from '@anxin/testing';

const screenshots = path.join(workspaceRoot, 'reports/screenshots');

describe('designer status page in Chromium', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startServerProcess({ DATABASE_URL: database.url, PORT: String(await findFreePort()) });
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN' });
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it('should show the server and the database as ok, in Chinese by default', async () => {
    // Given the built designer served by the API, when a person opens it
    await page.goto(server.baseUrl);
    // Then the status card shows both components as 正常
    const health = page.getByTestId('health');
    await health.waitFor();
    await expect(page.getByText('系统状态').isVisible()).resolves.toBe(true);
    await expect(health.locator('[data-status="ok"]').count()).resolves.toBe(2);
    await expect(health.getByText('正常').count()).resolves.toBe(2);
    await page.screenshot({ path: path.join(screenshots, 'status-zh-CN.png'), fullPage: true });
  });

  it('should switch to English and keep the choice after a reload', async () => {
    // When the person picks English
    await page.getByText('English', { exact: true }).click();
    // Then the page speaks English, and still does after reloading
    await page.getByText('System status').waitFor();
    await page.reload();
    await page.getByTestId('health').getByText('OK').first().waitFor();
    await expect(page.getByText('System status').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'status-en.png'), fullPage: true });
  });

  it('should send the designer gzipped to a browser that accepts it, and leave the API answers alone', async () => {
    // Given the first page's entry script, named in index.html
    const html = await (await fetch(server.baseUrl, { headers: { accept: 'text/html' } })).text();
    const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    // When it is fetched with Accept-Encoding: gzip, then it comes gzipped
    const script = await fetch(`${server.baseUrl}${entry}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(script.headers.get('content-encoding')).toBe('gzip');
    // And a GraphQL answer does not
    const graphql = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(graphql.status).toBe(200);
    expect(graphql.headers.get('content-encoding')).toBeNull();
  });
});
