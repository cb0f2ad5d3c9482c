import { expect, test } from '@playwright/test';
import { openFresh, sampleRow, samplesTable, SEED_COMMANDS } from './helpers';

test('verdicts appear before the editor chunk has loaded', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route(/RulesEditor-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'Loading editor' })).toBeVisible();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('data-verdict', 'match');
  release();
  await expect(page.getByRole('textbox', { name: 'Rules file editor' })).toBeAttached();
});

test('base ruleset and plugins switches change the verdicts; the base file is viewable', async ({ page }) => {
  await openFresh(page);
  const rows = samplesTable(page).locator('tr[data-verdict]');

  await page.getByRole('combobox', { name: 'Base ruleset' }).selectOption('none');
  await expect(rows.first()).toHaveAttribute('data-verdict', 'error');
  await expect(page.getByRole('list', { name: 'Problems in the rules file' })).toContainText('spawned_process');
  await page.getByRole('combobox', { name: 'Base ruleset' }).selectOption('stock');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');

  await page.getByRole('checkbox', { name: 'Container plugin' }).uncheck();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'error');
  await page.getByRole('checkbox', { name: 'Container plugin' }).check();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');

  await page.getByRole('button', { name: 'View', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /falco_stock_macros\.yaml/ });
  await expect(dialog).toContainText('- macro: spawned_process');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the rule selector lists the file’s rules and marks disabled ones', async ({ page }) => {
  await openFresh(page);
  const text = await page.evaluate(() => window.__frp!.getRulesText());
  await page.evaluate((t) => window.__frp!.setRulesText(t), `${text}
- rule: Iptables list
  desc: lists firewall rules
  condition: spawned_process and proc.name = iptables and proc.args contains "-L"
  output: listed (%proc.cmdline)
  priority: INFO
  enabled: false
`);
  const select = page.getByRole('combobox', { name: 'Rule', exact: true });
  await expect(select.getByRole('option', { name: 'Iptables list (disabled)' })).toBeAttached();
  await page.getByRole('textbox', { name: 'New sample' }).fill('iptables -L');
  await page.getByRole('textbox', { name: 'New sample' }).press('Enter');
  await expect(sampleRow(page, 'iptables -L')).toHaveAttribute('data-verdict', 'miss');
  // Falco never alerts for a disabled rule: its condition matches this row, yet it is no "other match".
  await expect(sampleRow(page, 'iptables -L').getByRole('list', { name: 'Also matches' })).toHaveCount(0);

  await select.selectOption('Iptables list');
  // Selected, the rows keep the condition's verdict (it is being edited), marked "disabled".
  const row = sampleRow(page, 'iptables -L');
  await expect(row).toHaveAttribute('data-verdict', 'match');
  await expect(row.getByText('disabled', { exact: true })).toBeVisible();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'miss');
  await expect(page.locator('.samples-summary').getByText('disabled', { exact: true })).toBeVisible();

  // The explanation says Falco would not alert, and shows no alert line.
  await row.click();
  const explanation = page.getByRole('region', { name: 'Explanation' });
  await expect(explanation).toContainText('Falco would not alert');
  await expect(explanation).toContainText('condition matched');
  await expect(explanation.getByText('Alert Falco prints')).toHaveCount(0);
});

test.describe('with a dark system colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the app follows the system scheme, and the theme switch overrides it', async ({ page }) => {
    await openFresh(page);
    const html = page.locator('html');
    const editor = page.locator('.monaco-editor').first();
    const bodyBackground = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(editor).toHaveClass(/\bvs-dark\b/);
    const dark = await bodyBackground();

    // The system turning light is followed live while the choice is "system".
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(editor).not.toHaveClass(/\bvs-dark\b/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');

    // The person's choice wins over the system's: system → light.
    const toggle = page.getByRole('button', { name: /^Theme:/ });
    await expect(toggle).toHaveAccessibleName('Theme: System');
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: Light');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(editor).not.toHaveClass(/\bvs-dark\b/);
    expect(await bodyBackground()).not.toBe(dark);
    // ... and stays after a reload (it is saved), though the system is still dark.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
