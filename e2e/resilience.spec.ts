import { expect, test } from '@playwright/test';
import { openFresh, sampleRow, SEED_COMMANDS } from './helpers';

test('a crash in one panel is contained and that panel can be reset', async ({ page }) => {
  page.on('pageerror', () => { /* the drill's error is expected; React reports it */ });
  await openFresh(page);
  await page.evaluate(() => window.__frp!.crashPanel('Samples'));
  const crash = page.getByRole('alert').filter({ hasText: 'The Samples panel hit an unexpected error' });
  await expect(crash).toBeVisible();
  // The rest of the page still works.
  await expect(page.getByRole('heading', { name: 'Problems' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Rules file editor' })).toBeAttached();
  await crash.getByRole('button', { name: 'Reset this panel' }).click();
  await expect(crash).toBeHidden();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
});
