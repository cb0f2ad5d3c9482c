import { expect, test, type Page } from '@playwright/test';
import { getRulesText, openFresh, sampleRow, SEED_COMMANDS, setRulesText } from './helpers';

function scoreboard(page: Page) {
  return page.getByRole('region', { name: 'Scoreboard' });
}

/** The count shown next to a TP / FP / FN / TN label, or a ratio next to Precision / Recall. */
async function score(page: Page, label: string): Promise<string> {
  const cell = scoreboard(page).locator('.score-cell').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
  return (await cell.locator('dd').textContent())?.trim() ?? '';
}

test('the first screen shows the reviewer\'s expectations and one false positive', async ({ page }) => {
  await openFresh(page);
  await expect(scoreboard(page)).toBeVisible();
  expect(await score(page, 'TP')).toBe('2');
  expect(await score(page, 'FP')).toBe('1');
  expect(await score(page, 'FN')).toBe('0');
  expect(await score(page, 'TN')).toBe('0');
  expect(await score(page, 'Precision')).toBe('67%');
  expect(await score(page, 'Recall')).toBe('100%');
  // Outcomes are text in the rows, not colour alone.
  await expect(sampleRow(page, SEED_COMMANDS[0]).locator('[data-outcome]')).toHaveText('TP');
  await expect(sampleRow(page, SEED_COMMANDS[2]).locator('[data-outcome]')).toHaveText('FP');
  await expect(sampleRow(page, SEED_COMMANDS[2]).getByRole('button', { name: `expect no alert for ${SEED_COMMANDS[2]}` })).toBeVisible();
});

test('labelling rows with a click or a key updates the scoreboard and the samples YAML', async ({ page }) => {
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('iptables -L');
  await add.press('Enter');
  const row = sampleRow(page, 'iptables -L');
  await expect(row).toHaveAttribute('data-verdict', 'miss');
  const toggle = row.getByRole('button', { name: / for iptables -L$/ });
  await expect(toggle).toHaveAccessibleName('no expectation for iptables -L');
  await expect(row.locator('[data-outcome]')).toHaveCount(0);

  // One click: alert expected, the rule misses it → a false negative.
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('expect alert for iptables -L');
  await expect(row.locator('[data-outcome]')).toHaveText('FN');
  await expect.poll(() => score(page, 'FN')).toBe('1');
  await expect.poll(() => score(page, 'Recall')).toBe('67%');

  // Keyboard on the focused row: N = no alert → a true negative; U clears it.
  await toggle.focus();
  await page.keyboard.press('n');
  await expect(toggle).toHaveAccessibleName('expect no alert for iptables -L');
  await expect(row.locator('[data-outcome]')).toHaveText('TN');
  await expect.poll(() => score(page, 'TN')).toBe('1');
  await expect.poll(() => score(page, 'FN')).toBe('0');
  await page.keyboard.press('u');
  await expect(toggle).toHaveAccessibleName('no expectation for iptables -L');
  await page.keyboard.press('a');
  await expect(toggle).toHaveAccessibleName('expect alert for iptables -L');

  // The expectation is kept in the samples YAML.
  await page.getByRole('button', { name: 'Samples as YAML' }).click();
  await expect(page.getByRole('textbox', { name: 'Samples as YAML' }))
    .toHaveValue(/iptables -L[\s\S]*expect:[\s\S]*Impair Security Tools in Container: alert/);
});

test('a disabled rule never alerts: its matches count as no alert (FN/TN), as the test CLI says', async ({ page }) => {
  await openFresh(page);
  // The seed file ends with the seed rule: one more key disables it.
  await setRulesText(page, `${(await getRulesText(page)).trimEnd()}\n  enabled: false\n`);
  // The table still shows what the condition matches...
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('data-verdict', 'match');
  // ...but the outcomes, in the rows and the scoreboard, are those of a rule that does not alert.
  await expect(sampleRow(page, SEED_COMMANDS[0]).locator('[data-outcome]')).toHaveText('FN');
  await expect(sampleRow(page, SEED_COMMANDS[2]).locator('[data-outcome]')).toHaveText('TN');
  await expect.poll(() => Promise.all(['TP', 'FP', 'FN', 'TN'].map((l) => score(page, l)))).toEqual(['0', '0', '2', '1']);
  expect(await score(page, 'Recall')).toBe('0%');
});
