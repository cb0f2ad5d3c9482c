import { expect, test, type Page } from '@playwright/test';
import { openFresh, sampleRow, SEED_COMMANDS } from './helpers';

function explanation(page: Page) {
  return page.getByRole('region', { name: 'Explanation' });
}

/** Selects a row without starting an inline edit (the row number cell is plain text). */
async function selectRow(page: Page, command: string) {
  await sampleRow(page, command).locator('td').first().click();
  await expect(sampleRow(page, command)).toHaveAttribute('aria-current', 'true');
}

test('the stopwatch row is explained: the stop inside stopwatch and the falco in the unit name are marked', async ({ page }) => {
  await openFresh(page);
  await selectRow(page, SEED_COMMANDS[2]);
  const panel = explanation(page);
  await expect(panel).toContainText('matched');
  await expect(panel).toContainText(SEED_COMMANDS[2]);

  // The clause that matched, with its field value and the matched characters in <mark>.
  const stop = panel.locator('li[data-clause=\'proc.args contains "stop"\'][data-status="true"]').first();
  await expect(stop).toBeVisible();
  await expect(stop.locator('mark')).toHaveText('stop');
  await expect(stop.locator('.explain-value')).toHaveText('reload falco-helper-stopwatch.service');
  const falco = panel.locator('li[data-clause=\'proc.args contains "falco"\'][data-status="true"]').first();
  await expect(falco.locator('mark')).toHaveText('falco');

  // Short-circuit: the service block after the matching systemctl block was never evaluated.
  await expect(panel.locator('li[data-clause="proc.name = service"]')).toHaveAttribute('data-status', 'not_evaluated');
  await expect(panel.locator('li[data-clause="proc.name = service"]')).toContainText('not evaluated');

  // Macros by name, expandable to their condition.
  const macro = panel.locator('li[data-macro="spawned_process"]');
  await expect(macro).toContainText('macro');
  const toggle = macro.getByRole('button', { name: 'Macro spawned_process' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(macro.locator('li[data-clause="evt.type in (execve, execveat)"]')).toBeVisible();

  // The alert Falco would print, with the priority.
  await expect(panel.locator('.explain-alert pre')).toHaveText(/^Warning Security tool disabled or firewall rules cleared in container \| args=reload falco-helper-stopwatch\.service /);
});

test('clicking a clause reveals it in the editor', async ({ page }) => {
  await openFresh(page);
  await selectRow(page, SEED_COMMANDS[1]);
  const clause = explanation(page).locator('li[data-clause="proc.name = systemctl"]').getByRole('button', { name: 'proc.name = systemctl' });
  await clause.click();
  await expect.poll(() => page.evaluate(() => window.__frp!.getEditorSelection())).toBe('proc.name = systemctl');
});

test('a list clause shows its list; a missing field value says so', async ({ page }) => {
  await openFresh(page);
  await page.evaluate(() => window.__frp!.setRulesText(`- list: firewall_tools
  items: [iptables, ip6tables]
- rule: Firewall
  desc: d
  condition: spawned_process and proc.name in (firewall_tools) and not fd.name = /etc/x
  output: "fw %proc.name"
  priority: NOTICE
`));
  await selectRow(page, SEED_COMMANDS[0]);
  const panel = explanation(page);
  const list = panel.locator('li[data-clause="proc.name in (firewall_tools)"]');
  await expect(list).toContainText('firewall_tools');
  await expect(list.locator('.list-item')).toHaveText(['iptables', 'ip6tables']);
  await expect(panel.locator('li[data-clause="fd.name = /etc/x"]')).toHaveAttribute('data-status', 'no_value');
  await expect(panel.locator('.explain-alert pre')).toHaveText(/^Notice fw iptables$/);
});

test('the reviewer\'s fix turns the false positive into a true negative, and the baseline diff says so', async ({ page }) => {
  await openFresh(page);
  const row = sampleRow(page, SEED_COMMANDS[2]);
  await expect(row.locator('[data-outcome]')).toHaveText('FP');
  await page.getByRole('button', { name: 'Pin verdicts as baseline' }).click();
  const baseline = page.getByRole('region', { name: 'Baseline' });
  await expect(baseline).toContainText('No row changed since the baseline');

  await page.evaluate(() => window.__frp!.setRulesText(window.__frp!.seedFixedRulesText()));
  await expect(row).toHaveAttribute('data-verdict', 'miss');
  await expect(row.locator('[data-outcome]')).toHaveText('TN');
  await expect(row).toHaveAttribute('data-changed', 'fp_fixed');
  await expect(row).toContainText('FP fixed');
  await expect(baseline).toContainText('1 row changed: 1 FP fixed');
  await expect(sampleRow(page, SEED_COMMANDS[0])).not.toHaveAttribute('data-changed', /.+/);

  // The explanation now shows why the stopwatch row is a miss.
  await selectRow(page, SEED_COMMANDS[2]);
  await expect(explanation(page)).toContainText('did not match');

  // Breaking the rule for one true positive is reported as a lost TP.
  await page.evaluate(() => window.__frp!.setRulesText(window.__frp!.getRulesText().replace('proc.args contains "-F"', 'proc.args contains "-Z"')));
  await expect(baseline).toContainText('2 rows changed: 1 FP fixed, 1 TP lost');
  await expect(page.getByRole('region', { name: 'Scoreboard' }).getByTestId('score-fn')).toHaveText('1');
});

test('clause coverage points out clauses true for no row and for every row', async ({ page }) => {
  await openFresh(page);
  const coverage = page.getByRole('region', { name: 'Clause coverage' });
  await expect(coverage).toBeVisible();
  const always = coverage.locator('li[data-flag="always_true"]');
  await expect(always.filter({ hasText: 'proc.args contains "stop"' })).toHaveCount(0);
  await expect(coverage.locator('li').filter({ hasText: 'proc.name = systemctl' }).first()).toContainText('true for 2 of 3');
  await expect(coverage.locator('li[data-flag="never_true"]').filter({ hasText: 'proc.args contains "--flush"' })).toContainText('never true');
  await expect(always.filter({ hasText: 'container.id != host' })).toContainText('always true');
});
