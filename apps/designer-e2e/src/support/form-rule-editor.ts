import type { Page } from 'playwright-core';

/**
 * Sets a field's rule in the form designer's properties panel to "visible when `otherField` has a value". The only
 * place browser tests touch the rule editor (the RuleBuilder of `rules/`): when the visual builder replaces the
 * JSONLogic text editor, only this function changes.
 */
export async function setVisibleWhenFilled(page: Page, otherField: string): Promise<void> {
  const editor = page.getByTestId('prop-visibleIf');
  // The RuleBuilder opens visual for an empty rule: its JSON mode takes the rule as text.
  await editor.getByText('JSON', { exact: true }).click();
  await editor.locator('textarea').fill(JSON.stringify({ '!!': [{ var: otherField }] }));
}
