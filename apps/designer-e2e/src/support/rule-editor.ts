import type { Page } from 'playwright-core';

/**
 * Sets the rule of the rule editor whose root has `data-testid=testId` (issue #10's RuleBuilder). Today the
 * editor is a JSONLogic text area; when the visual builder lands, this is the one place to change.
 */
export async function setRuleInEditor(page: Page, testId: string, rule: Record<string, unknown>): Promise<void> {
  const editor = page.getByTestId(testId).locator('textarea');
  await editor.fill(JSON.stringify(rule));
}

/** The rule the editor shows now, as JSONLogic. */
export async function ruleInEditor(page: Page, testId: string): Promise<unknown> {
  const text = await page.getByTestId(testId).locator('textarea').inputValue();
  return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
}
