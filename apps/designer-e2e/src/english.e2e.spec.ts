/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The checks run inside the page (page.evaluate): this file speaks of the DOM.
// Issue #10, "in Chinese and in English": every demo role signs in with the app switched to English (the language
// switch on the login page, and an en-US browser) and opens every page of its menu, /track, a task page and a
// ticket page, in Chromium against the real server (demo company seeded, definitions/ deployed). On each page:
//
// - no raw message key: visible text and placeholders hold no token `<namespace>.<name>` whose namespace is one of
//   the designer's message namespaces (read from apps/designer/src/i18n/messages/*.messages.ts, so a data text such
//   as an e-mail address or a file name cannot match);
// - no console error and no uncaught exception;
// - no Chinese character in the chrome: the menu, buttons, tabs, headings (h1–h5, card and modal titles), table
//   headers, form labels, antd's own texts (placeholders, pagination, empty states). Data may stay Chinese — a
//   person's name, a ticket's dictionary labels without English, a task's BPMN name — so the few chrome elements
//   that show data are left out, each named with its reason in DATA_IN_CHROME;
// - antd's locale is English: antd's own words (a date picker's "Select date", "No data", "/ page") are English.
//
// The checks run after the page settled (no spinner or skeleton, network idle), so they read the final page. A
// screenshot per role in reports/screenshots/english-NN-<role>.png.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, launchChromium, workspaceRoot } from '@anxin/testing';
import { unitLocation } from './support/demo-location';
import { DEMO_PASSWORD, SCREENSHOTS } from './support/designer-page';
import { DemoTickets } from './support/demo-tickets';
import { eventually } from './support/graphql-client';
import { startDemoServer, stopDemo } from './support/demo-server';

jest.setTimeout(300_000);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** The first segments of the designer's message keys (`nav`, `formDesigner`, `rules`…). */
const NAMESPACES = messageNamespaces();
/** Chrome elements checked for Chinese. */
const CHROME = [
  '.anxin-nav',
  '.anxin-header',
  'button',
  '[role="tab"]',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  '.ant-card-head-title',
  '.ant-modal-title',
  'th',
  '.ant-form-item-label',
  '.ant-pagination',
  '.ant-empty-description',
].join(', ');
/** Parts of the chrome that show data, with why. */
const DATA_IN_CHROME = [
  // The language switch names each language in itself (中文 / English), as language switches do
  '[data-testid="language"]',
  // The signed-in person's display name (张工…)
  '[data-testid="user-menu"]',
  // A task's name is its BPMN element's name (财务会签): the process definition has no English
  '[data-testid="task-name"]',
  // Project names (阳光花园) on the repair links: the org model names a project once
  '[data-project] .ant-card-head-title',
].join(', ');
/** antd's own words, which follow ConfigProvider's locale. */
const ANTD_WORDS = '.ant-picker input, .ant-pagination, .ant-empty-description, .ant-table-filter-dropdown';

interface Role {
  role: string;
  username: () => string;
}

interface PageReport {
  path: string;
  rawKeys: string[];
  chineseChrome: string[];
  antdWords: string[];
}

function messageNamespaces(): Set<string> {
  const folder = path.join(workspaceRoot, 'apps/designer/src/i18n/messages');
  const names = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.messages.ts'))) {
    for (const match of readFileSync(path.join(folder, file), 'utf8').matchAll(/^\s+'([A-Za-z]+)\.[^']+':/gm)) {
      names.add(match[1]!);
    }
  }
  return names;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.ant-spin-spinning, .ant-skeleton, .ant-spin-nested-loading .ant-spin').length === 0,
  );
  // Lazy chunks and the last GraphQL answers rendered
  await page.waitForLoadState('networkidle');
}

/** What the page shows, read in the browser: texts by the rules of the header comment. */
async function readPage(page: Page, pagePath: string): Promise<PageReport> {
  const seen = await page.evaluate(
    ({ chrome, data, antd }) => {
      const visible = (element: Element) =>
        (element as HTMLElement).offsetParent !== null || element.tagName === 'BODY';
      const textOf = (element: Element) => {
        const clone = element.cloneNode(true) as Element;
        clone.querySelectorAll(data).forEach((inner) => inner.remove());
        const input = element as HTMLInputElement;
        return `${(clone as HTMLElement).innerText ?? clone.textContent ?? ''} ${input.placeholder ?? ''}`.trim();
      };
      const chromeTexts = [...document.querySelectorAll(chrome)]
        .filter((element) => visible(element) && !element.closest(data))
        .map(textOf);
      const placeholders = [...document.querySelectorAll('[placeholder]')]
        .filter(visible)
        .map((element) => (element as HTMLInputElement).placeholder);
      const antdWords = [...document.querySelectorAll(antd)].filter(visible).map(textOf);
      return { body: document.body.innerText, placeholders, chromeTexts, antdWords };
    },
    { chrome: CHROME, data: DATA_IN_CHROME, antd: ANTD_WORDS },
  );
  const tokens = `${seen.body}\n${seen.placeholders.join('\n')}`.match(/[A-Za-z]+(?:\.[A-Za-z0-9_-]+)+/g) ?? [];
  return {
    path: pagePath,
    rawKeys: [...new Set(tokens.filter((token) => NAMESPACES.has(token.split('.')[0]!)))],
    chineseChrome: [...new Set(seen.chromeTexts.filter((text) => CJK.test(text)))],
    antdWords: seen.antdWords.filter((text) => text !== ''),
  };
}

describe('English everywhere: every role opens its pages with the app in English', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let ticketNumber: string;
  let approvalTaskId: string;
  let engineer: string;

  beforeAll(async () => {
    ({ database, server } = await startDemoServer({
      // Every page is opened by URL, and each load resumes the session with a refresh: many per minute
      AUTH_RATE_LIMIT: '1000',
    }));
    // Given a repair of owner-1 surveyed at 800 yuan: it waits for finance's 会签, so there is a task and a ticket
    const tickets = new DemoTickets(server.baseUrl);
    ticketNumber = await tickets.submit('repair-request', await unitLocation(database.url, '1-101'), {
      category: 'water_electric',
      urgency: 'normal',
      description: '厨房水管漏水',
      contactPhone: '13800000001',
    });
    engineer = await tickets.dispatchedEngineer(ticketNumber);
    await tickets.work(engineer, ticketNumber, 'accept', {});
    await tickets.work(engineer, ticketNumber, 'survey', { diagnosis: '管道老化', materials: [], estimatedCost: 800 });
    approvalTaskId = await financeTask(tickets, ticketNumber);
    browser = await launchChromium();
  });

  afterAll(() => stopDemo({ browser, server, database }));

  const ROLES: Role[] = [
    { role: 'admin', username: () => 'admin' },
    { role: 'designer', username: () => 'designer' },
    { role: 'agent', username: () => 'agent' },
    { role: 'engineer', username: () => engineer },
    { role: 'supervisor', username: () => 'supervisor' },
    { role: 'finance', username: () => 'finance1' },
    { role: 'manager', username: () => 'manager' },
    { role: 'owner', username: () => 'owner-1' },
  ];

  it('given a page with a raw key and a Chinese button planted, then the checks find both (they can fail)', async () => {
    expect(NAMESPACES.has('nav')).toBe(true);
    expect(NAMESPACES.has('formDesigner')).toBe(true);
    const context = await browser.newContext({ locale: 'en-US' });
    const { page } = await englishPage(context, server.baseUrl);
    await page.evaluate(() => {
      const planted = document.createElement('div');
      planted.innerHTML = '<p>Owner e-mail a.b@example.com</p><p>formDesigner.prop.more</p><button>发布</button>';
      document.body.appendChild(planted);
    });
    const report = await readPage(page, '/login');
    await context.close();
    expect(report.rawKeys).toEqual(['formDesigner.prop.more']);
    expect(report.chineseChrome).toEqual(['发布']);
  });

  it.each(ROLES.map((role, index) => [role.role, role, index + 1] as const))(
    'given %s signed in in English, when he opens every page of his menu, /track, a task and a ticket, then all of it is English',
    async (_name, role, step) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      const { page, errors } = await englishPage(context, server.baseUrl);
      await signIn(page, role.username());
      const menu = await page
        .locator('.anxin-nav a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(menu.length).toBeGreaterThan(0);
      const reports: PageReport[] = [];
      // The form designer itself too, where the menu has its list (the engine's field types and properties)
      const designers = menu.includes('/design/forms') ? ['/design/forms/repair-request'] : [];
      for (const pagePath of [
        ...menu,
        ...designers,
        '/track',
        `/tasks/${approvalTaskId}`,
        `/tickets/${ticketNumber}`,
      ]) {
        await page.goto(`${server.baseUrl}${pagePath}`);
        await settle(page);
        reports.push(await readPage(page, pagePath));
        if (pagePath === menu[0]) {
          await page.screenshot({
            path: path.join(SCREENSHOTS, `english-${String(step).padStart(2, '0')}-${role.role}.png`),
            fullPage: true,
          });
        }
      }
      await context.close();
      // Then: nothing untranslated, nothing broken, antd in English
      expect(reports.filter((r) => r.rawKeys.length > 0).map((r) => `${r.path}: ${r.rawKeys.join(' | ')}`)).toEqual([]);
      expect(
        reports.filter((r) => r.chineseChrome.length > 0).map((r) => `${r.path}: ${r.chineseChrome.join(' | ')}`),
      ).toEqual([]);
      expect(errors).toEqual([]);
      const antdWords = reports.flatMap((r) => r.antdWords);
      expect(antdWords.filter((text) => CJK.test(text))).toEqual([]);
    },
  );

  it('given the owner in English, when he opens the repair form, then antd speaks English (the date picker)', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'en-US' });
    const { page, errors } = await englishPage(context, server.baseUrl);
    await signIn(page, 'owner-1');
    await page.goto(`${server.baseUrl}/forms/repair-request`);
    await settle(page);
    await expect(page.locator('.ant-picker input').first().getAttribute('placeholder')).resolves.toBe('Select date');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'english-09-owner-form.png'), fullPage: true });
    await context.close();
    expect(errors).toEqual([]);
  });
});

/** A page of a fresh browser (en-US) with the app switched to English on the login page; console errors kept. */
async function englishPage(context: BrowserContext, baseUrl: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('language').getByText('English', { exact: true }).click();
  await page.getByText('Sign in').first().waitFor();
  return { page, errors };
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByTestId('login-form').waitFor();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('.anxin-nav').waitFor();
}

/** finance1's open task of the ticket (the 会签), through GraphQL. */
async function financeTask(tickets: DemoTickets, number: string): Promise<string> {
  const finance = await tickets.as('finance1');
  return eventually(`finance1's task of ${number}`, async () => {
    const inbox = await finance.request<{ tasks: { items: { id: string; ticketNumber: string }[] } }>(
      'query { tasks(filter: { mine: true, status: OPEN }, page: { limit: 50 }) { items { id ticketNumber } } }',
    );
    return inbox.tasks.items.find((candidate) => candidate.ticketNumber === number)?.id;
  });
}
