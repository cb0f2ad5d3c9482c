import { expect, test } from '@playwright/test';
import { getRulesText, openFresh, sampleRow, samplesTable, SEED_COMMANDS, setRulesText } from './helpers';

test('first visit shows the seed rule and all three samples match', async ({ page }) => {
  await openFresh(page);
  // The editor (Monaco's model, not only the store) holds the rule of falcosecurity/rules PR 367.
  const editorText = (await page.evaluate(() => window.__frp!.getEditorText()))!;
  expect(editorText).toContain('- rule: Impair Security Tools in Container');
  expect(editorText).toContain('proc.args contains "stop"');
  expect(editorText).toContain('and not user_known_security_tool_disable_activities');
  await expect(page.getByRole('combobox', { name: 'Rule', exact: true })).toHaveValue('Impair Security Tools in Container');
  const table = samplesTable(page);
  await expect(table.getByRole('row')).toHaveCount(SEED_COMMANDS.length + 1); // + header row
  for (const command of SEED_COMMANDS) {
    const row = sampleRow(page, command);
    await expect.soft(row).toHaveAttribute('data-verdict', 'match');
    await expect.soft(row.getByText('Match', { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('combobox', { name: 'Rule', exact: true })).not.toHaveValue('');
  await expect(page.getByText('No problems')).toBeVisible();
});

test("the reviewer's fix flips only the stopwatch row to miss", async ({ page }) => {
  await openFresh(page);
  const fixed = await page.evaluate(() => window.__frp!.seedFixedRulesText());
  expect(fixed).not.toBe(await getRulesText(page));
  await setRulesText(page, fixed);
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('data-verdict', 'miss');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, SEED_COMMANDS[2]).getByText('Miss', { exact: true })).toBeVisible();
});
