// The form designer without a mouse: the designer user moves a field of the repair request with the keyboard
// (dnd-kit's KeyboardSensor: focus the card's handle, space, arrow down, space) and the canvas order changes; then,
// with that change unpublished, leaving the page asks first (react-router's blocker). In Chromium against the real
// server; screenshots in reports/screenshots/form-designer-keyboard-*.png.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, launchChromium } from '@anxin/testing';
import { DesignerPage, SCREENSHOTS } from './support/designer-page';
import { eventually } from './support/graphql-client';
import { startDemoServer, stopDemo } from './support/demo-server';

jest.setTimeout(120_000);

const FORM_KEY = 'repair-request';

/** The keys of the form's top-level cards, in canvas order. */
function topLevelOrder(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="canvas-zone-form"] > [data-testid^="canvas-field-"]')
    .evaluateAll((cards) => cards.map((card) => (card.getAttribute('data-testid') ?? '').replace('canvas-field-', '')));
}

describe('form designer by keyboard: a field moved with space, arrow, space; leaving asks first', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let designer: DesignerPage;

  beforeAll(async () => {
    ({ database, server } = await startDemoServer());
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    designer = new DesignerPage(await context.newPage(), server.baseUrl, 'form-designer-keyboard');
  });

  afterAll(() => stopDemo({ browser, server, database }));

  it('given the repair request open, when the second field is lifted with space, moved down and dropped, then it is third', async () => {
    await designer.open(`/design/forms/${FORM_KEY}`);
    await designer.login('designer');
    await designer.page.getByTestId('form-designer').waitFor();
    const before = await topLevelOrder(designer.page);
    expect(before.length).toBeGreaterThan(2);
    const [first, moved, next] = before as [string, string, string];

    // The card's drag handle is its first button (labelled with the field's label)
    const handle = designer.page.getByTestId(`canvas-field-${moved}`).locator('button').first();
    await handle.focus();
    await designer.page.keyboard.press('Space');
    // dnd-kit measures the droppables once the drag started
    await designer.page.waitForTimeout(300);
    await designer.page.keyboard.press('ArrowDown');
    await designer.page.waitForTimeout(300);
    // Not a full-page screenshot: resizing the window cancels a keyboard drag
    await designer.page.screenshot({ path: path.join(SCREENSHOTS, 'form-designer-keyboard-01-dragging.png') });
    await designer.page.keyboard.press('Space');

    // dnd-kit animates the drop before it ends the drag
    const after = await eventually('a new order', async () => {
      const order = await topLevelOrder(designer.page);
      return order.join() === before.join() ? undefined : order;
    });
    expect(after.slice(0, 3)).toEqual([first, next, moved]);
    expect([...after].sort()).toEqual([...before].sort());
    // An edit like any other: the form is marked changed and 撤销 puts the field back
    await designer.page.getByText('有未发布的修改').waitFor();
    await designer.screenshot('02-dropped');
    await designer.page.getByTestId('designer-undo').click();
    await expect(topLevelOrder(designer.page)).resolves.toEqual(before);
    await designer.page.getByTestId('designer-redo').click();
    await expect(topLevelOrder(designer.page)).resolves.toEqual(after);
  });

  it('given the unpublished move, when he opens another page of the menu, then he is asked; 留下 stays, 离开 leaves', async () => {
    const page = designer.page;
    await page.locator('.anxin-nav').getByText('待办', { exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('有未发布的修改，确定离开？').waitFor();
    await designer.screenshot('03-leave-asked');
    // antd spaces out a two-character Chinese button label (留 下)
    await dialog.getByRole('button', { name: /^留\s?下$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`/design/forms/${FORM_KEY}`);
    await page.getByTestId('form-designer').waitFor();

    await page.locator('.anxin-nav').getByText('待办', { exact: true }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^离\s?开$/ })
      .click();
    await page.waitForURL((url) => url.pathname === '/inbox');
    await designer.screenshot('04-left');
  });
});
