// Issue #10, the work pages in Chromium on a phone screen against the real server (embedded PostgreSQL, the demo
// company and definitions/ deployed at start): owner-1 reports a repair through the repair-request form, the
// engineer the dispatch chose (土建结构 → team-civil → eng-civil-1) sees it in his inbox and accepts it, and the
// owner's ticket page follows live. A screenshot per step in reports/screenshots/repair-journey-*.png.
import type { Browser } from 'playwright-core';
import type { TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, launchChromium } from '@anxin/testing';
import { unitLocation, type UnitLocation } from './support/demo-location';
import { DesignerPage, PHONE } from './support/designer-page';
import { startDemoServer, stopDemo } from './support/demo-server';

jest.setTimeout(120_000);

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('repair journey on a phone: the owner reports, the engineer accepts', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let owner: DesignerPage;
  let engineer: DesignerPage;
  let location: UnitLocation;
  let ticketNumber: string;

  beforeAll(async () => {
    ({ database, server } = await startDemoServer());
    location = await unitLocation(database.url, '1-101');
    browser = await launchChromium();
    owner = new DesignerPage(await (await browser.newContext(PHONE)).newPage(), server.baseUrl, 'repair-journey');
    engineer = new DesignerPage(await (await browser.newContext(PHONE)).newPage(), server.baseUrl, 'repair-journey');
  });

  afterAll(() => stopDemo({ browser, server, database }));

  it('given the repair link of unit 1-101, when owner-1 signs in, then the repair form opens with the location filled in', async () => {
    // When the owner opens the link his unit's QR code carries, he is asked to sign in first
    await owner.open(`/forms/repair-request?${new URLSearchParams({ ...location }).toString()}`);
    await owner.screenshot('01-owner-login');
    await owner.login('owner-1');
    // Then the form shows, the location given by the link, his name and phone filled in from his account
    await owner.page.getByTestId('form-repair-request').waitFor();
    await expect(owner.page.getByText('由报修链接带入').count()).resolves.toBe(3);
    await expect(owner.page.getByTestId('field-contactPhone').inputValue()).resolves.toBe('13800000001');
    await owner.screenshot('02-owner-form');
  });

  it('when he submits without a category and with a short description, then the browser names both problems and sends nothing', async () => {
    await owner.page.getByTestId('field-description').fill('裂了');
    await owner.page.getByTestId('submit-form').click();
    await owner.page.getByTestId('error-category').waitFor();
    await expect(owner.page.getByTestId('error-description').textContent()).resolves.toMatch(/5/);
    await expect(owner.page.getByTestId('submitted').count()).resolves.toBe(0);
    await owner.screenshot('03-owner-form-problems');
  });

  it('when he takes a photo, completes the form and submits, then the photo is uploaded and submitForm answers with the ticket number', async () => {
    await owner.choose('category', '土建结构');
    await owner.page.getByTestId('field-description').fill('卫生间墙面开裂，雨天渗水');
    // The photo field is <input type=file accept=image/* capture=environment>: the phone's camera
    const camera = owner.page.getByTestId('upload-photos');
    await expect(camera.getAttribute('capture')).resolves.toBe('environment');
    await camera.setInputFiles({ name: '墙面.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
    // Uploaded to POST /files, shown from a blob: URL fetched with the token
    await expect(owner.page.locator('[data-field="photos"] img').getAttribute('src')).resolves.toMatch(/^blob:/);
    await owner.page.getByTestId('submit-form').click();
    const done = owner.page.getByTestId('submitted');
    await done.waitFor();
    const title = (await done.locator('.ant-result-title').textContent()) ?? '';
    ticketNumber = /BX\d+/.exec(title)?.[0] ?? '';
    expect(ticketNumber).toMatch(/^BX\d{14}$/);
    await owner.screenshot('04-owner-submitted');
  });

  it('when he opens the ticket, then its timeline says 已派单 and the diagram marks the current step', async () => {
    await owner.page.getByTestId('view-ticket').click();
    await owner.page.getByTestId('ticket-timeline').getByText('已派单').waitFor();
    // The accept step runs inside the respond sub-process: the sub-process is the current step on the top plane
    await owner.page
      .locator('[data-testid="process-diagram"] .djs-shape.anxin-active[data-element-id="respond"]')
      .waitFor();
    await expect(owner.page.getByTestId('ticket-status').textContent()).resolves.toBe('已派单');
    await owner.screenshot('05-owner-ticket');
  });

  it('when eng-civil-1 signs in, then his inbox has the ticket to accept (接单)', async () => {
    await engineer.open('/');
    await engineer.login('eng-civil-1');
    const accept = engineer.page.locator(`[data-ticket="${ticketNumber}"][data-element-id="accept"]`);
    await accept.waitFor();
    await engineer.screenshot('06-engineer-inbox');
    await accept.locator('a').click();
    await engineer.page.getByTestId('action-bar').waitFor();
    await expect(engineer.page.getByTestId('task-name').textContent()).resolves.toBe('接单');
    await expect(engineer.page.getByTestId('task-ticket').textContent()).resolves.toBe(ticketNumber);
    await engineer.screenshot('07-engineer-task');
  });

  it('when he accepts, then his inbox offers the survey, and the owner sees 工程师已出发 without reloading', async () => {
    // When the engineer submits the accept form (提交 = completeTask)
    await engineer.page.getByTestId('action-complete').click();
    // Then he is back in his inbox, where the survey of the same ticket waits
    await engineer.page.waitForURL('**/inbox');
    await engineer.page.locator(`[data-ticket="${ticketNumber}"][data-element-id="survey"]`).waitFor();
    await engineer.screenshot('08-engineer-inbox-survey');
    // And the owner's open ticket page changed by itself (ticketUpdated over graphql-ws)
    await owner.page.getByTestId('ticket-timeline').getByText('工程师已出发').waitFor();
    await expect(owner.page.getByTestId('ticket-status').textContent()).resolves.toBe('工程师已出发');
    await owner.page
      .locator('[data-testid="process-diagram"] .djs-shape.anxin-active[data-element-id="survey"]')
      .waitFor();
    await owner.screenshot('09-owner-ticket-live');
  });

  it('when he surveys at 800 yuan, then finance1 finds the 会签 and approves it with a comment in the dialog', async () => {
    // When the engineer fills in the survey form and submits it
    await engineer.page.locator(`[data-ticket="${ticketNumber}"][data-element-id="survey"] a`).click();
    await engineer.page.getByTestId('field-diagnosis').fill('外墙渗水导致墙面开裂');
    await engineer.page.getByTestId('field-estimatedCost').fill('800');
    await engineer.page.getByTestId('action-complete').click();
    await engineer.page.waitForURL('**/inbox');
    // Then finance1 has an approval: 同意 and 驳回 instead of 提交 (the BPMN's approval spec)
    const finance = new DesignerPage(
      await (await browser.newContext(PHONE)).newPage(),
      server.baseUrl,
      'repair-journey',
    );
    await finance.open('/');
    await finance.login('finance1');
    await finance.page.locator(`[data-ticket="${ticketNumber}"][data-element-id="financeApproval"] a`).click();
    await finance.page.getByTestId('action-approve').waitFor();
    await expect(finance.page.getByTestId('action-complete').count()).resolves.toBe(0);
    await finance.screenshot('09a-finance-approval');
    // When she approves with a comment
    await finance.page.getByTestId('action-approve').click();
    await finance.page.getByTestId('dialog-comment').fill('费用合理，同意');
    await finance.page.getByTestId('dialog-ok').click();
    // Then her inbox no longer has it, and the owner's page shows 待审批 (finance2 has not signed yet)
    await finance.page.waitForURL('**/inbox');
    await finance.page.getByTestId('inbox-live').waitFor();
    await expect(finance.page.locator(`[data-ticket="${ticketNumber}"]`).count()).resolves.toBe(0);
    await owner.page.getByTestId('ticket-status').getByText('待审批').waitFor();
    await finance.page.context().close();
  });

  it("when the owner reports a second repair, then it appears in the engineer's open inbox by itself (inboxChanged)", async () => {
    // Given the engineer looking at his inbox, connected for live updates
    await engineer.page.getByTestId('inbox-live').waitFor();
    const acceptTasks = engineer.page.locator('[data-element-id="accept"]');
    await expect(acceptTasks.count()).resolves.toBe(0);
    // When the owner reports another repair through the same link
    await owner.open(`/forms/repair-request?${new URLSearchParams({ ...location }).toString()}`);
    await owner.choose('category', '土建结构');
    await owner.page.getByTestId('field-description').fill('阳台地面瓷砖空鼓');
    await owner.page.getByTestId('submit-form').click();
    await owner.page.getByTestId('submitted').waitFor();
    // Then the engineer's inbox shows the new 接单 without a reload
    await acceptTasks.first().waitFor();
    await engineer.screenshot('10-engineer-inbox-live');
  });

  it('when the owner signs out, then the app is back at the login page and a reload does not resume the session', async () => {
    await owner.logout();
    await owner.page.reload();
    await owner.page.getByTestId('login-form').waitFor();
    await expect(owner.page.evaluate('window.localStorage.getItem("anxin.refreshToken")')).resolves.toBeNull();
  });
});
