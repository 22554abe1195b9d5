// Issue #10 journey 1, in Chromium against the real server (embedded PostgreSQL, the demo company and definitions/
// deployed at start): the `designer` user opens the repair-ticket flow, selects the over-500-yuan flow to the finance
// approval, raises the threshold to 800 in the rule editor of the properties panel (undo and redo on the way),
// publishes after seeing the diff, and version 2 is deployed with the new threshold. A screenshot per step in
// reports/screenshots/flow-designer-*.png.
import type { Browser, Page } from 'playwright-core';
import type { TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, launchChromium } from '@anxin/testing';
import { DEMO_PASSWORD, DesignerPage } from './support/designer-page';
import { conditionNumber, ruleInEditor, setConditionNumber } from './support/rule-editor';
import { startDemoServer, stopDemo } from './support/demo-server';

jest.setTimeout(180_000);

// definitions/processes/repair-ticket.bpmn: the flow from the cost check to the finance approval (> 500 元).
const PROCESS = 'repair-ticket';
const FINANCE_FLOW = 'needsFinance';
const RULE_EDITOR = 'condition-rule-builder';
const threshold = (amount: number) => ({ '>': [{ var: 'estimatedCost' }, amount] });

async function graphqlAs<T>(baseUrl: string, username: string, query: string, variables: object): Promise<T> {
  const post = async (body: object, token?: string) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data: Record<string, unknown>; errors?: unknown[] };
  };
  const login = await post({
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: username, p: DEMO_PASSWORD },
  });
  const token = (login.data['login'] as { token: string }).token;
  const result = await post({ query, variables }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

/** Selects a diagram element by its id (a click on its shape or line, as a person would). */
async function selectElement(page: Page, id: string): Promise<void> {
  await page
    .locator(`[data-testid="flow-canvas"] .djs-element[data-element-id="${id}"] .djs-hit`)
    .first()
    .dispatchEvent('click');
}

/** Waits until the condition's amount in the visual rule builder is `expected` (the panel re-renders after each command). */
async function expectThreshold(page: Page, expected: number): Promise<void> {
  let shown: number | undefined;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    shown = await conditionNumber(page, RULE_EDITOR, [0]);
    if (shown === expected) return;
    await page.waitForTimeout(100);
  }
  expect(shown).toBe(expected);
}

async function openConditionGroup(page: Page): Promise<void> {
  await page.locator('[data-group-id="group-anxin-condition"]').waitFor();
  const editor = page.getByTestId(RULE_EDITOR);
  if (await editor.isVisible()) return;
  await page.locator('[data-group-id="group-anxin-condition"] .bio-properties-panel-group-header').click();
  await editor.waitFor();
}

describe('journey 1: the designer changes the finance threshold and publishes version 2', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let designer: DesignerPage;

  beforeAll(async () => {
    ({ database, server } = await startDemoServer());
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    designer = new DesignerPage(await context.newPage(), server.baseUrl, 'flow-designer');
  });

  afterAll(() => stopDemo({ browser, server, database }));

  it('given the designer signed in, when he opens 流程设计, then the deployed processes are listed', async () => {
    await designer.open('/design/flows');
    await designer.login('designer');
    await designer.page.locator(`[data-flow-key="${PROCESS}"]`).waitFor();
    await expect(designer.page.locator(`[data-flow-key="${PROCESS}"]`).textContent()).resolves.toContain('报修工单');
    await designer.screenshot('01-flow-list');
  });

  it('when he opens repair-ticket, then the modeler shows version 1 with a Chinese palette', async () => {
    await designer.page.locator(`[data-flow-key="${PROCESS}"] a`).click();
    await designer.page
      .locator(`[data-testid="flow-canvas"] .djs-element[data-element-id="${FINANCE_FLOW}"]`)
      .waitFor({ state: 'attached' });
    await expect(designer.page.getByTestId('flow-deployed-version').textContent()).resolves.toBe('已发布：版本 1');
    await expect(designer.page.locator('.djs-palette [aria-label="任务"]').count()).resolves.toBe(1);
    await designer.screenshot('02-modeler');
  });

  it('when he selects the over-500 flow, then its condition shows in the rule editor of the properties panel', async () => {
    await selectElement(designer.page, FINANCE_FLOW);
    await openConditionGroup(designer.page);
    await expect(ruleInEditor(designer.page, RULE_EDITOR)).resolves.toEqual(threshold(500));
    await designer.screenshot('03-condition-selected');
  });

  it('when he sets 800, presses ctrl+z and then 重做, then the edit is undone and redone', async () => {
    await setConditionNumber(designer.page, RULE_EDITOR, [0], 800);
    await expectThreshold(designer.page, 800);
    await expect(ruleInEditor(designer.page, RULE_EDITOR)).resolves.toEqual(threshold(800));
    await designer.screenshot('04-threshold-800');

    // ctrl+z on the canvas (bpmn-js' keyboard works while the canvas has the focus)
    await designer.page.locator('[data-testid="flow-canvas"] svg[tabindex]').first().focus();
    await designer.page.keyboard.press('Control+z');
    await expectThreshold(designer.page, 500);
    await designer.screenshot('05-undone');

    await designer.page.getByTestId('flow-redo').click();
    await expectThreshold(designer.page, 800);
  });

  it('when he publishes, then the diff names the flow with 500 → 800 and version 2 is deployed', async () => {
    await designer.page.getByTestId('flow-publish').click();
    const row = designer.page.locator(`[data-testid="publish-diff"] [data-element-id="${FINANCE_FLOW}"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('conditionExpression.body');
    expect(text).toContain('500]}');
    expect(text).toContain('800]}');
    // Only that flow changed: the diagram the modeler added is no change of the process
    await expect(designer.page.locator('[data-testid="publish-diff"] tr[data-element-id]').count()).resolves.toBe(1);
    await designer.page.waitForTimeout(400); // the dialog's opening animation, for a readable screenshot
    await designer.screenshot('06-publish-diff');

    await designer.page.getByTestId('publish-confirm').click();
    await designer.page.getByTestId('flow-deployed-version').getByText('已发布：版本 2').waitFor();
    await designer.screenshot('07-published');

    const { definition } = await graphqlAs<{ definition: { version: number; content: string } }>(
      server.baseUrl,
      'designer',
      'query($key: String!) { definition(kind: PROCESS, key: $key) { version content } }',
      { key: PROCESS },
    );
    expect(definition.version).toBe(2);
    const flow = new RegExp(`<bpmn:sequenceFlow id="${FINANCE_FLOW}"[\\s\\S]*?</bpmn:sequenceFlow>`).exec(
      definition.content,
    )?.[0];
    expect(flow).toContain('{"&gt;":[{"var":"estimatedCost"},800]}');
  });
});
