import { expect, test } from '@playwright/test';
import { getRulesText, openFresh, sampleRow, SEED_COMMANDS } from './helpers';

const STOPWATCH = SEED_COMMANDS[2];

test('add exception on the stopwatch row: the dialog previews the flip and Apply inserts it (undoable)', async ({ page }) => {
  await openFresh(page);
  const original = await getRulesText(page);
  // Rows expected to alert offer no exception; the false positive does.
  await expect(sampleRow(page, SEED_COMMANDS[0]).getByRole('button', { name: /^Add exception/ })).toHaveCount(0);
  await sampleRow(page, STOPWATCH).getByRole('button', { name: `Add exception for ${STOPWATCH}` }).click();

  const dialog = page.getByRole('dialog', { name: /Add an exception to/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio').first()).toBeChecked();
  const flips = dialog.getByRole('table', { name: 'Rows that change' });
  const flipped = flips.getByRole('row').filter({ hasText: STOPWATCH });
  await expect(flipped).toContainText('Match');
  await expect(flipped).toContainText('Miss');
  await expect(flips.getByRole('row')).toHaveCount(2); // header + the stopwatch row only

  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'miss');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'match');
  expect(await getRulesText(page)).toContain('exceptions:');
  await expect(page.getByText('No problems')).toBeVisible();

  await page.getByRole('textbox', { name: 'Rules file editor' }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => getRulesText(page)).toBe(original);
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'match');
});

test('add exception from the selected row details, by keyboard; Cancel and Escape change nothing', async ({ page }) => {
  await openFresh(page);
  const original = await getRulesText(page);
  await sampleRow(page, STOPWATCH).getByRole('button', { name: STOPWATCH, exact: true }).focus();
  const details = page.getByRole('complementary', { name: 'Sample details' });
  const open = details.getByRole('button', { name: 'Add exception…' });
  await expect(open).toBeVisible();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Add an exception to/ });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  // Choose the second proposal with the keyboard, then Apply.
  await dialog.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio').nth(1)).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(dialog).toBeHidden();
  expect(await getRulesText(page)).toBe(original);

  await page.keyboard.press('Enter');
  await dialog.getByRole('radio').nth(1).check();
  await dialog.getByRole('button', { name: 'Apply' }).press('Enter');
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'miss');
  expect(await getRulesText(page)).not.toBe(original);
});
