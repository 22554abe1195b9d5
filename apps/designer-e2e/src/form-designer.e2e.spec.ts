// Issue #10, journey 7: the designer user opens the repair request in the form designer, adds a field that shows
// only once another field has a value, sees the preview (the work pages' FormRenderer and the form engine) obey
// the rule, and publishes version 2, checked through GraphQL. A screenshot per step in
// reports/screenshots/form-designer-*.png.
import type { Browser } from 'playwright-core';
import type { TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, graphqlRequest, launchChromium } from '@anxin/testing';
import { DEMO_PASSWORD, DesignerPage } from './support/designer-page';
import { addCondition } from './support/rule-editor';
import { startDemoServer, stopDemo } from './support/demo-server';

jest.setTimeout(120_000);

const FORM_KEY = 'repair-request';
// The field the new one depends on: the request's description (a textarea), a field of the deployed form.
const TRIGGER = 'description';
const TRIGGER_LABEL = '问题描述';

async function latestForm(baseUrl: string): Promise<{ version: number; content: string }> {
  const login = await graphqlRequest<{ login: { token: string } }>(
    baseUrl,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'designer', p: DEMO_PASSWORD },
  );
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${login.data?.login.token ?? ''}` },
    body: JSON.stringify({
      query: 'query($key: String!) { definition(kind: FORM, key: $key) { version content } }',
      variables: { key: FORM_KEY },
    }),
  });
  const body = (await response.json()) as { data: { definition: { version: number; content: string } } };
  return body.data.definition;
}

describe('form designer journey: a field with a visibility rule, previewed and published', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let designer: DesignerPage;
  let newKey: string;

  beforeAll(async () => {
    ({ database, server } = await startDemoServer());
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    designer = new DesignerPage(await context.newPage(), server.baseUrl, 'form-designer');
  });

  afterAll(() => stopDemo({ browser, server, database }));

  it('given the designer user, when he opens 表单设计, then the deployed forms are listed and the repair request opens at version 1', async () => {
    await designer.open('/design/forms');
    await designer.login('designer');
    await designer.page.getByTestId(`design-form-${FORM_KEY}`).waitFor();
    await designer.screenshot('01-forms');
    await designer.page.getByTestId(`design-form-${FORM_KEY}`).click();
    await designer.page.getByTestId('form-designer').waitFor();
    await expect(designer.page.getByTestId('designer-version').textContent()).resolves.toBe('已发布版本 1');
    await designer.page.getByTestId(`canvas-field-${TRIGGER}`).waitFor();
    await designer.screenshot('02-designer');
  });

  it('when he adds a text field from the palette and labels it, then it is on the canvas with its properties open', async () => {
    const before = await designer.page.locator('[data-testid^="canvas-field-"]').count();
    await designer.page.getByTestId('palette-text').click();
    await expect(designer.page.locator('[data-testid^="canvas-field-"]').count()).resolves.toBe(before + 1);
    const panel = designer.page.locator('[data-testid^="properties-"]');
    await panel.waitFor();
    newKey = ((await panel.getAttribute('data-testid')) ?? '').replace('properties-', '');
    expect(newKey).toMatch(/^text\d+$/);
    await designer.page.getByTestId('prop-label-zh').fill('补充说明');
    await designer.page.getByTestId('prop-label-en').fill('More details');
    await designer.page.getByTestId(`canvas-field-${newKey}`).getByText('补充说明').waitFor();
    await designer.screenshot('03-field-added');
  });

  it('when he makes it visible only when the description has a value, then the canvas marks the rule', async () => {
    await addCondition(designer.page, 'prop-visibleIf', TRIGGER_LABEL, '不为空');
    await designer.page.getByTestId(`canvas-conditional-${newKey}`).waitFor();
    await expect(designer.page.getByTestId('problem-list').locator('[data-problem-code]').count()).resolves.toBe(0);
    await designer.screenshot('04-visibility-rule');
  });

  it('when he opens the preview, then the new field is hidden, and shows once the description is filled in', async () => {
    await designer.page.getByTestId('tab-preview').click();
    const preview = designer.page.getByTestId('form-preview');
    await preview.getByTestId(`form-${FORM_KEY}`).waitFor();
    await expect(preview.locator(`[data-field="${newKey}"]`).count()).resolves.toBe(0);
    await designer.screenshot('05-preview-hidden');
    await preview.getByTestId(`field-${TRIGGER}`).fill('阳台地漏堵塞，积水');
    await preview.locator(`[data-field="${newKey}"]`).waitFor();
    await expect(preview.locator(`[data-field="${newKey}"]`).getByText('补充说明').count()).resolves.toBe(1);
    await designer.screenshot('06-preview-shown');
  });

  it('when he publishes, then the dialog lists the added field without breaking changes, and version 2 is deployed', async () => {
    await designer.page.getByTestId('designer-publish').click();
    const dialog = designer.page.getByTestId('publish-dialog');
    await dialog.getByTestId('publish-added').getByText(newKey).waitFor();
    await expect(dialog.getByTestId('publish-breaking').count()).resolves.toBe(0);
    // The dialog's opening animation done, so that the screenshot shows it
    await designer.page.waitForFunction(
      () =>
        (globalThis as unknown as { document: { getAnimations: () => unknown[] } }).document.getAnimations().length ===
        0,
    );
    await designer.screenshot('07-publish-diff');
    await designer.page.getByTestId('publish-confirm').click();
    await designer.page.getByText('已发布版本 2').first().waitFor();
    await designer.screenshot('08-published');
    // Checked through GraphQL: the latest version is 2 and holds the field with its rule
    const latest = await latestForm(server.baseUrl);
    expect(latest.version).toBe(2);
    const fields = (
      JSON.parse(latest.content) as { fields: { key: string; visibleIf?: unknown; fields?: unknown[] }[] }
    ).fields;
    expect(fields.find((field) => field.key === newKey)).toMatchObject({
      type: 'text',
      label: { 'zh-CN': '补充说明', en: 'More details' },
      visibleIf: { '!=': [{ var: TRIGGER }, null] },
    });
  });
});
