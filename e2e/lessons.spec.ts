import { expect, test } from '@playwright/test';
import { getRulesText, openFresh, samplesTable, setRulesText, waitForEditor } from './helpers';

const LESSON = 'substring-stopwatch';

/** The seed rule with every token anchored: the reviewer's fix plus anchored iptables flags. */
async function solvedText(page: import('@playwright/test').Page): Promise<string> {
  const fixed = await page.evaluate(() => window.__frp!.seedFixedRulesText());
  const flags = `(proc.args contains "-F" or proc.args contains "--flush" or
         proc.args contains "-X" or proc.args contains "--delete-chain"))`;
  expect(fixed).toContain(flags);
  return fixed.replace(flags, `(proc.args startswith "-F" or proc.args startswith "--flush" or
         proc.args startswith "-X" or proc.args startswith "--delete-chain" or
         proc.args contains " -F" or proc.args contains " --flush" or
         proc.args contains " -X" or proc.args contains " --delete-chain"))`);
}

test('a #lesson= link opens the lesson; solving it marks the goal done; exit restores my work', async ({ page }) => {
  // My own work first, so that "exit restores it" means something.
  await openFresh(page);
  const mine = (await getRulesText(page)).replace('priority: WARNING', 'priority: ERROR');
  const before = await page.evaluate(() => location.hash);
  await setRulesText(page, mine);
  await expect(samplesTable(page).locator('tbody tr[data-verdict]')).toHaveCount(3);
  // Let the debounced address write land first: a replaceState racing the fragment navigation
  // below can swallow it in Chromium (seen on a loaded machine), which is not what this tests.
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);

  await page.goto(`./#lesson=${LESSON}`);
  await waitForEditor(page);
  const banner = page.getByRole('region', { name: /^Lesson: / });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('stopwatch');
  const score = banner.getByRole('status');
  await expect(score).toContainText(/\d+ of 7 rows right/);
  await expect(samplesTable(page).locator('tbody tr[data-verdict]')).toHaveCount(7);
  // The link is not mistaken for a share link.
  await expect(page.getByText(/could not be opened|damaged|invalid link/i)).toHaveCount(0);

  await banner.getByRole('button', { name: 'Hint' }).click();
  await expect(banner.getByRole('listitem').first()).toContainText('row 3');

  await setRulesText(page, await solvedText(page));
  await expect(score).toContainText('Solved: all 7 rows are right.');
  await expect(page.getByRole('region', { name: 'Scoreboard' })).toContainText('FP');

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const menu = page.getByRole('dialog', { name: 'Lessons' });
  await expect(menu.getByRole('listitem').filter({ hasText: 'stopwatch' })).toContainText('solved');
  await page.keyboard.press('Escape');

  await banner.getByRole('button', { name: 'Exit lesson' }).click();
  await expect(banner).toBeHidden();
  await expect.poll(() => getRulesText(page)).toBe(mine);
  await expect(samplesTable(page).locator('tbody tr[data-verdict]')).toHaveCount(3);

  // Progress is kept locally: after a reload the menu still says the lesson was solved.
  await page.reload();
  await waitForEditor(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const again = page.getByRole('dialog', { name: 'Lessons' });
  await expect(again.getByRole('listitem').filter({ hasText: 'stopwatch' })).toContainText('solved');
  await expect(again.getByRole('listitem').filter({ hasText: /15 bytes|truncat/i }).first()).not.toContainText('solved');
});

test('the Lessons button opens the menu; a lesson opens from it with the keyboard', async ({ page }) => {
  await openFresh(page);
  const button = page.getByRole('button', { name: 'Lessons', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name: 'Lessons' });
  await expect(menu).toBeVisible();
  const first = menu.getByRole('button').filter({ hasText: 'stopwatch' });
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('region', { name: /^Lesson: / })).toBeVisible();
});
