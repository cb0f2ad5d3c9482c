import { expect, test } from '@playwright/test';
import { SEED_FIXED_RULES_YAML } from '../src/engine/sample/seed';
import { openFresh, sampleRow, samplesTable, SEED_COMMANDS } from './helpers';
import { shareFragment } from './share-url';

const SAMPLES_YAML = `samples:
  - command: systemctl stop falco
  - command: systemctl reload falco-helper-stopwatch.service
`;

test('a share link opens its rules and samples, and verdicts are recomputed', async ({ page }) => {
  await page.goto(`./${shareFragment({ rules: SEED_FIXED_RULES_YAML, base: 'stock', samplesYaml: SAMPLES_YAML })}`);
  await expect(page.getByRole('status').filter({ hasText: 'Opened a shared link' })).toBeVisible();
  await expect(samplesTable(page).locator('tr[data-verdict]')).toHaveCount(2);
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('data-verdict', 'miss');
});

test('the address bar follows the work, and reopening that address elsewhere restores it', async ({ page, browser }) => {
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('ip6tables -X');
  await add.press('Enter');
  await expect(page).toHaveURL(/#v1\./);
  const url = page.url();
  // A fresh context: no saved work, so only the link can bring the sample back.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(url);
  await expect(sampleRow(other, 'ip6tables -X')).toHaveAttribute('data-verdict', 'match');
  await elsewhere.close();
});

test('a damaged link shows a banner and keeps earlier work', async ({ page }) => {
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('echo my own work');
  await add.press('Enter');
  await expect(sampleRow(page, 'echo my own work')).toBeVisible();
  await page.goto('./#v1.AAAA-this-is-not-a-playground-link');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('This link could not be opened');
  await expect(sampleRow(page, 'echo my own work')).toBeVisible();
});

test('opening a link over saved work offers the work back', async ({ page }) => {
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('echo keep me');
  await add.press('Enter');
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
  await page.goto(`./${shareFragment({ rules: SEED_FIXED_RULES_YAML, base: 'stock', samplesYaml: SAMPLES_YAML })}`);
  await page.reload();
  await expect(sampleRow(page, 'echo keep me')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore my previous work' }).click();
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
});
