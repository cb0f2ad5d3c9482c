import { expect, test } from '@playwright/test';
import { getRulesText, openFresh, sampleRow, SEED_COMMANDS, setRulesText } from './helpers';

test('an unknown field shows a marker, a Problems entry and "error" verdicts', async ({ page }) => {
  await openFresh(page);
  const original = await getRulesText(page);
  const broken = original.replace('proc.name', 'proc.nmae');
  expect(broken).not.toBe(original);
  await setRulesText(page, broken);

  const problems = page.getByRole('list', { name: 'Problems in the rules file' });
  const entry = problems.getByRole('button').filter({ hasText: 'proc.nmae' }).first();
  await expect(entry).toBeVisible();

  await expect.poll(() => page.evaluate(() => window.__frp!.getMarkers().length)).toBeGreaterThan(0);
  const markers = await page.evaluate(() => window.__frp!.getMarkers());
  expect(markers.some((m) => m.message.includes('proc.nmae'))).toBe(true);
  expect(markers.every((m) => m.code.length > 0)).toBe(true);
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached();

  for (const command of SEED_COMMANDS) {
    await expect.soft(sampleRow(page, command)).toHaveAttribute('data-verdict', 'error');
    // Visible, not just present: a page-level panel once collapsed the whole workspace here.
    await expect.soft(sampleRow(page, command).getByText('Error', { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('textbox', { name: 'Rules file editor' })).toBeVisible();

  // Clicking the problem puts the editor's cursor on the offending text.
  await entry.click();
  const selected = await page.evaluate(() => window.__frp!.getEditorSelection());
  expect(selected).toContain('nmae');

  // Fixing the text clears everything again.
  await setRulesText(page, original);
  await expect(page.getByText('No problems')).toBeVisible();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
});
