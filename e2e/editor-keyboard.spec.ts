import { expect, test } from '@playwright/test';
import { openFresh } from './helpers';

test('the shortcuts panel opens with ?, F1 and Ctrl+/ outside the editor, and from the header', async ({ page }) => {
  await openFresh(page);
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const headerButton = page.getByRole('button', { name: 'Keyboard shortcuts' });

  // Start from a focused control outside the editor (the header button), as a keyboard user would.
  await headerButton.focus();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('table').first()).toContainText('Alt');
  await expect(dialog).toContainText('Go to the definition');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(headerButton).toBeFocused(); // focus comes back where it was

  await page.keyboard.press('F1');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('ControlOrMeta+/');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).last().click(); // the footer button (the × is first)
  await expect(dialog).toBeHidden();

  await headerButton.press('Enter');
  await expect(dialog).toBeVisible();
});

test('inside the editor F1 stays Monaco\'s command palette and ? is typed', async ({ page }) => {
  await openFresh(page);
  const editor = page.getByRole('textbox', { name: 'Rules file editor' });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('#?');
  await expect.poll(() => page.evaluate(() => window.__frp!.getRulesText())).toMatch(/#\?$/);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press('F1');
  await expect(page.locator('.monaco-editor .quick-input-widget')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});
