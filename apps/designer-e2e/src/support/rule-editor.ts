import type { Locator, Page } from 'playwright-core';

/** Opens an antd select inside `scope` and picks the option labelled `label` from its (portalled) dropdown. */
async function pick(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(label, { exact: true }).click();
}

/**
 * Sets the number of the condition at `path` (its position in the groups: `[0]` is the first condition) of the
 * visual rule builder whose root has `data-testid=testId`. One fill is one change, so one undo step.
 */
export async function setConditionNumber(page: Page, testId: string, path: number[], value: number): Promise<void> {
  const input = page.getByTestId(testId).getByTestId(`rule-value-${path.join('-')}`);
  await input.fill(String(value));
  await input.blur();
}

/**
 * Adds a condition "`fieldLabel` `operatorLabel`" to the rule builder `testId`, as a user does: 添加条件, then the
 * field and the operator from their lists (labels as the builder shows them, e.g. 问题描述 and 不为空).
 */
export async function addCondition(page: Page, testId: string, fieldLabel: string, operatorLabel: string) {
  const editor = page.getByTestId(testId);
  // react-querybuilder's standard class names (its test ids do not reach antd's controls)
  await editor.locator('.ruleGroup-addRule').first().click();
  const condition = editor.locator('.rule').last();
  await pick(page, condition.locator('.rule-fields'), fieldLabel);
  await pick(page, condition.locator('.rule-operators'), operatorLabel);
}

/** The rule the builder holds, as JSONLogic: read from its JSON view (opened and closed again if it was visual). */
export async function ruleInEditor(page: Page, testId: string): Promise<unknown> {
  const editor = page.getByTestId(testId);
  const visual = (await editor.getAttribute('data-mode')) === 'visual';
  if (visual) await editor.locator('.ant-segmented-item').filter({ hasText: 'JSON' }).click();
  const text = await editor.getByTestId('rule-json').inputValue();
  if (visual) await editor.locator('.ant-segmented-item').first().click();
  return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
}

/** The number the condition at `path` of the visual rule builder `testId` shows (undefined when empty). */
export async function conditionNumber(page: Page, testId: string, path: number[]): Promise<number | undefined> {
  const text = await page
    .getByTestId(testId)
    .getByTestId(`rule-value-${path.join('-')}`)
    .inputValue();
  return text.trim() === '' ? undefined : Number(text.replace(/[^\d.-]/g, ''));
}
