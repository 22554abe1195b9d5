// Issue #10 item 4, the rules designer in Chromium against the real server (embedded PostgreSQL, the demo company
// and definitions/ deployed at start): the designer opens the repair dispatch decision table, changes the urgent
// SLA, tests it in the browser, and publishes version 2. A screenshot per step in
// reports/screenshots/rules-designer-*.png.
import type { Browser } from 'playwright-core';
import type { TestDatabase } from '@anxin/persistence/testing';
import { type ServerProcess, graphqlRequest, launchChromium } from '@anxin/testing';
import { DEMO_PASSWORD, DesignerPage } from './support/designer-page';
import { startDemoServer, stopDemo } from './support/demo-server';

jest.setTimeout(120_000);

const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
const TABLE_KEY = 'repair-dispatch';

interface StoredTable {
  rules: { id: string; then: Record<string, unknown> }[];
}

/** The latest deployed version of the table, read as the designer user through GraphQL. */
async function deployedTable(baseUrl: string): Promise<{ version: number; table: StoredTable; versions: number[] }> {
  const login = await graphqlRequest<{ login: { token: string } }>(
    baseUrl,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'designer', p: DEMO_PASSWORD },
  );
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${login.data?.login.token ?? ''}` },
    body: JSON.stringify({
      query: `query ($key: String!) {
        definition(key: $key, kind: DECISION_TABLE) { version content }
        definitionVersions(key: $key, kind: DECISION_TABLE) { version }
      }`,
      variables: { key: TABLE_KEY },
    }),
  });
  const { data } = (await response.json()) as {
    data: { definition: { version: number; content: string }; definitionVersions: { version: number }[] };
  };
  return {
    version: data.definition.version,
    table: JSON.parse(data.definition.content) as StoredTable,
    versions: data.definitionVersions.map((row) => row.version),
  };
}

describe('rules designer: the designer changes the dispatch table, tests it and publishes version 2', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let designer: DesignerPage;
  let urgentRow: number;

  beforeAll(async () => {
    ({ database, server } = await startDemoServer());
    browser = await launchChromium();
    designer = new DesignerPage(await (await browser.newContext(DESKTOP)).newPage(), server.baseUrl, 'rules-designer');
    const { table } = await deployedTable(server.baseUrl);
    urgentRow = table.rules.findIndex((rule) => rule.id === 'urgent');
  });

  afterAll(() => stopDemo({ browser, server, database }));

  it('given the designer signed in, when he opens 规则 in the menu, then the deployed tables and strategies are listed', async () => {
    await designer.open('/design/rules');
    await designer.login('designer');
    await designer.page.getByTestId(`open-${TABLE_KEY}`).waitFor();
    await expect(designer.page.getByTestId('rule-definitions').getByText('派单策略').count()).resolves.toBeGreaterThan(
      0,
    );
    await designer.screenshot('01-list');
  });

  it('when he opens the dispatch table, then its rows show in the grid at version 1 without problems', async () => {
    await designer.page.getByTestId(`open-${TABLE_KEY}`).click();
    await designer.page.getByTestId('decision-table-editor').waitFor();
    await expect(designer.page.getByTestId('definition-version').textContent()).resolves.toBe('版本 1');
    await expect(designer.page.getByTestId(`rule-id-${urgentRow}`).inputValue()).resolves.toBe('urgent');
    await expect(designer.page.getByTestId(`cell-${urgentRow}-out-sla`).inputValue()).resolves.toBe('PT30M');
    await designer.page.getByText('校验通过，没有问题').waitFor();
    await designer.screenshot('02-table');
  });

  it('when he changes the urgent SLA to 20 minutes, then the server finds no problem and the change waits to be published', async () => {
    await designer.page.getByTestId(`cell-${urgentRow}-out-sla`).fill('PT20M');
    await designer.page.getByText('有未发布的修改').waitFor();
    await designer.page.getByText('校验通过，没有问题').waitFor();
    await designer.screenshot('03-changed');
  });

  it('when he tests an urgent water-and-electricity ticket, then the result has the new SLA and names the rows that matched', async () => {
    await designer.page.getByRole('tab', { name: '测试' }).click();
    await designer.page.getByTestId('test-input').fill('{"category": "water_electric", "urgency": "urgent"}');
    await designer.page.getByTestId('test-run').click();
    const output = designer.page.getByTestId('test-output');
    await output.waitFor();
    const slas = await output.locator('[data-output="sla"]').allTextContents();
    expect(slas).toContain('PT20M');
    const applied = (await designer.page.getByTestId('test-applied').textContent()) ?? '';
    expect(applied).toContain('water-electric');
    expect(applied).toContain('urgent');
    await designer.screenshot('04-test');
  });

  it('when he publishes, then version 2 is shown and GraphQL serves version 2 with the new SLA', async () => {
    await designer.page.getByTestId('publish').click();
    await designer.page.getByTestId('published').getByText('已发布版本 2').waitFor();
    await expect(designer.page.getByTestId('definition-version').textContent()).resolves.toBe('版本 2');
    await designer.screenshot('05-published');
    const deployed = await deployedTable(server.baseUrl);
    expect(deployed.version).toBe(2);
    expect(deployed.versions).toEqual([2, 1]);
    expect(deployed.table.rules[urgentRow]?.then['sla']).toBe('PT20M');
  });
});
