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

const SECOND_RULE = `
- rule: Flush Firewall Rules
  desc: any iptables flush
  condition: spawned_process and proc.name = iptables
  output: flushed (%proc.cmdline)
  priority: INFO
`;

for (const [what, breakIt] of [
  ['an invalid priority', (t: string) => t.replace('priority: INFO\n', 'priority: INFOO\n')],
  ['no output', (t: string) => t.replace('  output: flushed (%proc.cmdline)\n', '')],
] as const) {
  test(`a selected rule with ${what} stays selected and its rows read "error"`, async ({ page }) => {
    await openFresh(page);
    const good = (await getRulesText(page)) + SECOND_RULE;
    await setRulesText(page, good);
    const select = page.getByRole('combobox', { name: 'Rule', exact: true });
    await select.selectOption('Flush Firewall Rules');
    await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
    await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'miss');

    const bad = breakIt(good);
    expect(bad).not.toBe(good);
    await setRulesText(page, bad);
    // Not the first rule's verdicts (all Match): the broken rule's rows say error.
    for (const command of SEED_COMMANDS) {
      await expect(sampleRow(page, command)).toHaveAttribute('data-verdict', 'error');
      await expect(sampleRow(page, command).getByText('Error', { exact: true })).toBeVisible();
    }
    await expect(select).toHaveValue('Flush Firewall Rules');
    await expect(select.getByRole('option', { name: 'Flush Firewall Rules (error)' })).toBeAttached();
    await expect(page.locator('.samples-summary')).toContainText('Flush Firewall Rules');

    await setRulesText(page, good);
    await expect(select).toHaveValue('Flush Firewall Rules');
    await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'miss');
  });
}

test('a YAML error in the file: rows read "error" and the header says the file has an error', async ({ page }) => {
  await openFresh(page);
  const good = (await getRulesText(page)) + SECOND_RULE;
  await setRulesText(page, good);
  await page.getByRole('combobox', { name: 'Rule', exact: true }).selectOption('Flush Firewall Rules');
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'miss');

  // A tab in the indentation: yaml-cpp reads no item of the file.
  await setRulesText(page, good.replace('\n  desc: any iptables flush', '\n\tdesc: any iptables flush'));
  const summary = page.locator('.samples-summary');
  await expect(summary).toContainText('The rules file has an error');
  await expect(summary).toContainText('Flush Firewall Rules');
  await expect(summary).not.toContainText('defines no rule');
  for (const command of SEED_COMMANDS) {
    await expect(sampleRow(page, command)).toHaveAttribute('data-verdict', 'error');
    await expect(sampleRow(page, command).getByText('Error', { exact: true })).toBeVisible();
  }

  // A file that genuinely defines no rule (and reads fine) is not an error.
  await setRulesText(page, '- macro: only_a_macro\n  condition: evt.type = execve\n');
  await expect(summary).toContainText('The rules file defines no rule yet.');
  await expect(sampleRow(page, SEED_COMMANDS[0])).not.toHaveAttribute('data-verdict', /.*/);
  await expect(sampleRow(page, SEED_COMMANDS[0])).toContainText('no rule');
});
