// Issue #10 journeys 2–5 in Chromium on phone screens against the real server (embedded PostgreSQL, the demo
// company and definitions/ deployed at start): the agent prints 阳光花园's repair QR link; owner-1 opens it and
// reports a repair, choosing his building and unit from the new pickers; the engineer the dispatch chose
// (土建结构 → team-civil → eng-civil-1, definitions/decisions/repair-dispatch) accepts, surveys at 800 yuan and,
// once both finance users (finance1, finance2: the 会签 over 500 yuan) approved, repairs; the owner tracks the
// ticket on /track by number and phone, confirms and rates through its links. Screenshots:
// reports/screenshots/owner-journey-*.png.
import type { Browser } from 'playwright-core';
import type { TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, launchChromium } from '@anxin/testing';
import { DesignerPage, PHONE } from './support/designer-page';
import { startDemoServer, stopDemo } from './support/demo-server';

jest.setTimeout(120_000);

const OWNER_PHONE = '13800000001';

describe('owner journeys on a phone: QR link, repair, approvals, tracking and rating', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let owner: DesignerPage;
  let engineer: DesignerPage;
  let tracker: DesignerPage;
  let repairLink: string;
  let ticketNumber: string;

  const person = async () =>
    new DesignerPage(await (await browser.newContext(PHONE)).newPage(), server.baseUrl, 'owner-journey');

  /** Opens the task of the ticket at `elementId` from the inbox (it may take a moment to arrive). */
  const openTask = async (who: DesignerPage, elementId: string) => {
    const row = who.page.locator(`[data-ticket="${ticketNumber}"][data-element-id="${elementId}"]`);
    await row.waitFor();
    await row.locator('a').click();
    await who.page.getByTestId('action-bar').waitFor();
  };

  /** The public tracker, filled in and sent. */
  const track = async (phone: string) => {
    await tracker.open('/track');
    await tracker.page.getByTestId('track-number').fill(ticketNumber);
    await tracker.page.getByTestId('track-phone').fill(phone);
    await tracker.page.getByTestId('track-submit').click();
  };
  const stepState = (status: string) =>
    tracker.page.locator(`[data-testid="tracking-timeline"] [data-status="${status}"]`).getAttribute('data-state');

  beforeAll(async () => {
    ({ database, server } = await startDemoServer());
    browser = await launchChromium();
  });

  afterAll(() => stopDemo({ browser, server, database }));

  it("given the agent's 报修二维码 page, then each project has its repair link and a QR code to download", async () => {
    const agent = await person();
    await agent.open('/repair-links');
    await agent.login('agent');
    const card = agent.page.getByTestId('repair-link-sunshine-garden');
    await card.locator('img[data-testid="qr-image"]').waitFor();
    await expect(card.getByTestId('repair-link-download').getAttribute('download')).resolves.toMatch(/\.png$/);
    await expect(card.getByTestId('repair-link-download').getAttribute('href')).resolves.toMatch(
      /^data:image\/png;base64,/,
    );
    repairLink = (await card.getByTestId('repair-link-url').getAttribute('href')) ?? '';
    expect(repairLink).toMatch(/\/forms\/repair-request\?projectId=[0-9a-f-]{36}$/);
    await agent.screenshot('01-agent-repair-links');
    await agent.page.context().close();
  });

  it('(2) when owner-1 opens the QR link and signs in, then he picks his building and unit and submits the repair', async () => {
    owner = await person();
    await owner.open(new URL(repairLink).pathname + new URL(repairLink).search);
    await owner.login('owner-1');
    await owner.page.getByTestId('form-repair-request').waitFor();
    // The project came with the link; the buildings and units are his (the buildings / units pickers)
    await expect(owner.page.getByText('由报修链接带入').count()).resolves.toBe(1);
    await owner.choose('buildingId', '1 幢');
    await owner.choose('unitId', '1-101');
    await owner.choose('category', '土建结构');
    await owner.page.getByTestId('field-description').fill('卧室天花板渗水，墙皮脱落');
    await owner.screenshot('02-owner-form');
    await owner.page.getByTestId('submit-form').click();
    const done = owner.page.getByTestId('submitted');
    await done.waitFor();
    ticketNumber = /BX\d+/.exec((await done.locator('.ant-result-title').textContent()) ?? '')?.[0] ?? '';
    expect(ticketNumber).toMatch(/^BX\d{14}$/);
    await owner.screenshot('03-owner-submitted');
  });

  it('(3) when eng-civil-1 accepts and surveys at 800 yuan on his phone, then the ticket waits for the finance 会签', async () => {
    engineer = await person();
    await engineer.open('/');
    await engineer.login('eng-civil-1');
    await openTask(engineer, 'accept');
    await engineer.screenshot('04-engineer-accept');
    await engineer.page.getByTestId('action-complete').click();
    await engineer.page.waitForURL('**/inbox');
    // Then the public tracker says he is on his way, and names him
    tracker = await person();
    await track(OWNER_PHONE);
    await expect(tracker.page.getByTestId('track-status').textContent()).resolves.toBe('工程师已出发');
    await expect(tracker.page.getByTestId('track-engineer').textContent()).resolves.toBe('钱勇（土建）');
    await openTask(engineer, 'survey');
    await engineer.page.getByTestId('field-diagnosis').fill('楼上卫生间防水层破损');
    await engineer.page.getByTestId('field-estimatedCost').fill('800');
    await engineer.screenshot('05-engineer-survey');
    await engineer.page.getByTestId('action-complete').click();
    await engineer.page.waitForURL('**/inbox');
    // And the tracker's current step is 待审批 (a step only tickets over the threshold take); finance is not named
    await track(OWNER_PHONE);
    await expect(tracker.page.getByTestId('track-status').textContent()).resolves.toBe('待审批');
    await expect(stepState('pending_approval')).resolves.toBe('current');
    await expect(tracker.page.getByTestId('track-engineer').count()).resolves.toBe(0);
  });

  it('(4) when finance1 and finance2 both approve (会签), then the repair reaches the engineer', async () => {
    for (const [index, username] of ['finance1', 'finance2'].entries()) {
      const finance = await person();
      await finance.open('/');
      await finance.login(username);
      await openTask(finance, 'financeApproval');
      await finance.page.getByTestId('action-approve').click();
      await finance.page.getByTestId('dialog-comment').fill('费用合理，同意');
      await finance.screenshot(`06-${index + 1}-${username}-approve`);
      await finance.page.getByTestId('dialog-ok').click();
      await finance.page.waitForURL('**/inbox');
      await finance.page.context().close();
    }
    // Then the engineer's inbox has the repair; he records what he did
    await openTask(engineer, 'repair');
    await engineer.page.getByTestId('field-workLog').fill('重做卫生间防水，修补天花板');
    await engineer.screenshot('07-engineer-repair');
    await engineer.page.getByTestId('action-complete').click();
    await engineer.page.waitForURL('**/inbox');
  });

  it('(5) when the owner tracks by number and a wrong phone, then the tracker says so and shows nothing', async () => {
    await track('13800000009');
    const error = tracker.page.getByTestId('track-error');
    await error.waitFor();
    await expect(error.getAttribute('data-code')).resolves.toBe('NOT_FOUND');
    await expect(error.textContent()).resolves.toContain('手机号');
    await expect(tracker.page.getByTestId('track-result').count()).resolves.toBe(0);
    await tracker.screenshot('08-track-wrong-phone');
  });

  it('(5) with his phone, then the road like a parcel: done steps ticked, 待确认 current, and a link to confirm', async () => {
    await track(OWNER_PHONE);
    await tracker.page.getByTestId('track-result').waitFor();
    await expect(tracker.page.getByTestId('track-status').textContent()).resolves.toBe('待确认');
    // The owner holds it now (his confirmation): nobody to name
    await expect(tracker.page.getByTestId('track-engineer').count()).resolves.toBe(0);
    const states = await Promise.all(
      ['accepted', 'dispatched', 'en_route', 'pending_approval', 'in_repair', 'pending_confirmation', 'closed'].map(
        stepState,
      ),
    );
    expect(states).toEqual(['done', 'done', 'done', 'done', 'done', 'current', 'upcoming']);
    await tracker.screenshot('09-track-confirm');
    // When he follows the link, signs in, then his confirmation task opens; he confirms it is fixed
    await tracker.page.getByTestId('track-open-task').click();
    await tracker.login('owner-1');
    await tracker.page.getByTestId('action-bar').waitFor();
    await tracker.page.getByTestId('field-confirmed').getByText('已修好').click();
    await tracker.screenshot('10-owner-confirm-task');
    await tracker.page.getByTestId('action-complete').click();
    await tracker.page.waitForURL('**/inbox');
  });

  it('(5) when he tracks again, then 待评价 is current; the link opens the rating form, he rates 5 stars and it is 已完成', async () => {
    await track(OWNER_PHONE);
    await tracker.page.getByTestId('track-owner-acts').waitFor();
    await expect(tracker.page.getByTestId('track-status').textContent()).resolves.toBe('待评价');
    await expect(stepState('pending_rating')).resolves.toBe('current');
    await expect(stepState('pending_confirmation')).resolves.toBe('done');
    await tracker.screenshot('11-track-rate');
    // Signed in already: the link goes straight to his rating task, whose form is the rating form
    await tracker.page.getByTestId('track-open-task').click();
    await tracker.page.getByTestId('action-bar').waitFor();
    await tracker.page.getByTestId('field-stars').locator('.ant-rate-star').nth(4).click();
    await tracker.page.getByTestId('field-comment').fill('师傅很专业，处理及时');
    await tracker.screenshot('12-owner-rating');
    await tracker.page.getByTestId('action-complete').click();
    await tracker.page.waitForURL('**/inbox');
    // Then the tracker shows the ticket done, with no link left
    await track(OWNER_PHONE);
    await tracker.page.getByTestId('track-result').waitFor();
    await expect(tracker.page.getByTestId('track-status').textContent()).resolves.toBe('已完成');
    await expect(stepState('closed')).resolves.toBe('current');
    await expect(tracker.page.getByTestId('track-owner-acts').count()).resolves.toBe(0);
    await tracker.screenshot('13-track-closed');
  });
});
