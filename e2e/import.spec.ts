import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseSamplesYaml } from '../src/engine/sample/yaml';
import { getRulesText, openFresh, sampleRow, samplesTable, SEED_COMMANDS } from './helpers';

async function openImport(page: Page, tab: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('tab', { name: tab }).click();
  return dialog;
}

test('command lines: good lines import, a broken line is reported on its own', async ({ page }) => {
  await openFresh(page);
  const dialog = await openImport(page, 'Command lines');
  await dialog.getByRole('textbox', { name: 'Command lines, one per line' }).fill('$ ip6tables -X\n# a comment\necho "unterminated\n\nservice falco stop\n');
  await dialog.getByRole('button', { name: 'Import samples' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Imported 2 command lines as samples; 1 line skipped.');
  await expect(dialog.getByRole('list', { name: 'Lines not imported' }).getByRole('listitem')).toHaveText([/^Line 3:/]);
  await page.keyboard.press('Escape');
  await expect(sampleRow(page, 'ip6tables -X')).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, 'service falco stop')).toBeVisible();
  await expect(samplesTable(page).locator('tr[data-verdict]')).toHaveCount(5);
});

test('Falco alerts (json_output and falcosidekick) import as false positives, bad lines listed', async ({ page }) => {
  await openFresh(page);
  const rule = 'Impair Security Tools in Container';
  const jsonOutput = JSON.stringify({
    output: 'Security tool disabled', priority: 'Warning', rule, time: '2024-05-01T10:00:00.000000000Z',
    output_fields: { 'proc.cmdline': 'iptables -L -n', 'proc.name': 'iptables', 'user.name': 'root', 'container.id': 'abc123def456', 'container.image.repository': 'nginx' },
  });
  const sidekick = JSON.stringify({
    uuid: '1b2c', output: 'x', priority: 'Warning', rule, time: '2024-05-01T10:00:01Z', source: 'syscall', hostname: 'node-1', tags: ['container'],
    output_fields: { 'proc.cmdline': 'systemctl status falco', 'proc.name': 'systemctl', 'container.id': 'abc123def456' },
  });
  const dialog = await openImport(page, 'Falco alerts');
  await dialog.getByRole('textbox', { name: 'Falco alerts, one JSON object per line' }).fill(`${jsonOutput}\n{"output": broken\n${sidekick}\n`);
  await expect(dialog.getByRole('checkbox', { name: 'Import as false positives (should not alert)' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import samples' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Imported 2 alerts as samples; 1 line skipped.');
  await expect(dialog.getByRole('list', { name: 'Lines not imported' })).toContainText('Line 2:');
  await page.keyboard.press('Escape');
  for (const cmd of ['iptables -L -n', 'systemctl status falco']) {
    await expect(sampleRow(page, cmd).getByRole('button', { name: /^expect no alert for/ })).toBeVisible();
  }
});

test('rules files: upload replaces the rules file (work stashed, "Back to your draft"), or appends in order', async ({ page }) => {
  await openFresh(page);
  const before = await getRulesText(page);
  const a = { name: 'a_rules.yaml', mimeType: 'application/yaml', buffer: Buffer.from('- list: from_a\n  items: [x]\n') };
  const b = { name: 'b_rules.yaml', mimeType: 'application/yaml', buffer: Buffer.from('- list: from_b\n  items: [y]\n') };

  let dialog = await openImport(page, 'Rules files');
  await dialog.getByLabel('Choose rules files', { exact: true }).setInputFiles([a, b]);
  await expect(dialog).toBeHidden();
  const text = await getRulesText(page);
  expect(text.indexOf('from_a')).toBeGreaterThan(-1);
  expect(text.indexOf('from_a')).toBeLessThan(text.indexOf('from_b'));
  const notice = page.getByRole('status').filter({ hasText: 'Your rules file was replaced by a_rules.yaml, b_rules.yaml' });
  await notice.getByRole('button', { name: 'Back to your draft' }).click();
  expect(await getRulesText(page)).toBe(before);

  dialog = await openImport(page, 'Rules files');
  await dialog.getByRole('radio', { name: 'Appended to your rules file' }).check();
  await dialog.getByLabel('Choose rules files', { exact: true }).setInputFiles([b]);
  await expect(dialog.getByRole('status')).toContainText('Appended b_rules.yaml');
  const appended = await getRulesText(page);
  expect(appended.startsWith(before.trimEnd())).toBe(true);
  expect(appended).toContain('# ---- b_rules.yaml ----\n- list: from_b');
});

test('Export: rules file and samples test file download, with the CLI command to run them', async ({ page }) => {
  await openFresh(page);
  // Samples with context and expectations of both kinds: the seed's, and two Falco alerts imported
  // as false positives (their user, parent, cwd and container come from output_fields).
  const rule = 'Impair Security Tools in Container';
  const alert = (fields: Record<string, string | number>) => JSON.stringify({ output: 'x', priority: 'Warning', rule, time: '2024-05-01T10:00:00Z', output_fields: fields });
  const imported = [
    alert({ 'proc.cmdline': 'iptables -L -n', 'proc.name': 'iptables', 'proc.pname': 'bash', 'proc.cwd': '/root/', 'user.name': 'root', 'user.uid': 0, 'container.id': 'abc123def456', 'container.image.repository': 'nginx', 'container.image.tag': '1.25' }),
    alert({ 'proc.cmdline': 'systemctl stop auditd', 'proc.name': 'systemctl', 'user.name': 'www-data', 'container.id': 'abc123def456' }),
  ];
  const importDialog = await openImport(page, 'Falco alerts');
  await importDialog.getByRole('textbox', { name: 'Falco alerts, one JSON object per line' }).fill(imported.join('\n'));
  await importDialog.getByRole('button', { name: 'Import samples' }).click();
  await expect(importDialog.getByRole('status')).toContainText('Imported 2 alerts as samples.');
  await page.keyboard.press('Escape');
  await expect(samplesTable(page).locator('tr[data-verdict]')).toHaveCount(5);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const [rules] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download rules.yaml' }).click()]);
  expect(rules.suggestedFilename()).toBe('rules.yaml');
  const rulesText = Buffer.concat(await (await rules.createReadStream()).toArray()).toString();
  expect(rulesText).toBe(await getRulesText(page));
  const [samples] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download samples.yaml' }).click()]);
  expect(samples.suggestedFilename()).toBe('samples.yaml');
  const samplesText = Buffer.concat(await (await samples.createReadStream()).toArray()).toString();
  await expect(dialog.getByLabel('CLI command')).toHaveText('node bin/falco-rule-playground.mjs test rules.yaml --samples samples.yaml');

  // The samples file carries every sample with its context and expectations.
  const file = parseSamplesYaml(samplesText);
  expect(file.diagnostics).toEqual([]);
  const byCommand = new Map(file.samples.map((x) => [x.command, x]));
  expect([...byCommand.keys()]).toEqual([...SEED_COMMANDS, 'iptables -L -n', 'systemctl stop auditd']);
  expect(byCommand.get('iptables -F')?.expect).toEqual({ [rule]: 'alert' });
  expect(byCommand.get('systemctl reload falco-helper-stopwatch.service')?.expect).toEqual({ [rule]: 'no_alert' });
  expect(byCommand.get('iptables -L -n')).toMatchObject({
    parent: 'bash', cwd: '/root', user: { uid: 0 }, container: { id: 'abc123def456', image: 'nginx:1.25' }, expect: { [rule]: 'no_alert' },
  });
  expect(byCommand.get('systemctl stop auditd')).toMatchObject({ user: { name: 'www-data' }, container: { id: 'abc123def456' }, expect: { [rule]: 'no_alert' } });

  // Run through the CLI, the exported files give the verdicts and outcomes the table shows.
  const dir = mkdtempSync(path.join(tmpdir(), 'frp-export-'));
  writeFileSync(path.join(dir, 'rules.yaml'), rulesText);
  writeFileSync(path.join(dir, 'samples.yaml'), samplesText);
  const cli = spawnSync(process.execPath, [path.resolve('bin/falco-rule-playground.mjs'), 'test', path.join(dir, 'rules.yaml'), '--samples', path.join(dir, 'samples.yaml'), '--json', '-'], { encoding: 'utf8', timeout: 60_000 });
  expect(cli.stderr).toBe('');
  const report = JSON.parse(cli.stdout) as { summary: { expectations: number; failed: number }; results: { command: string; actual: string; pass: boolean }[] };
  const table = await samplesTable(page).locator('tr[data-verdict]').evaluateAll((trs) => trs.map((tr) => ({
    command: tr.querySelector('.command-text')?.textContent ?? '',
    verdict: tr.getAttribute('data-verdict'),
    outcome: tr.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? null,
  })));
  expect(report.results.map((r) => r.command)).toEqual(table.map((r) => r.command));
  expect(report.results.map((r) => [r.command, r.actual, r.pass])).toEqual(table.map((r) => [r.command, r.verdict === 'match' ? 'alert' : 'no_alert', r.outcome === 'TP' || r.outcome === 'TN']));
  // Not all green by construction: the alert imported as a false positive still matches.
  expect(table.find((r) => r.command === 'systemctl stop auditd')?.outcome).toBe('FP');
  expect(report.summary).toMatchObject({ expectations: 5, failed: 2 });
  expect(cli.status).toBe(1);
});

test('rules files dropped on the Rules files tab load like chosen ones', async ({ page }) => {
  await openFresh(page);
  const dialog = await openImport(page, 'Rules files');
  await dialog.getByRole('radio', { name: 'Appended to your rules file' }).check();
  const drop = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['- list: dropped_one\n  items: [a]\n'], 'one.yaml', { type: 'application/yaml' }));
    dt.items.add(new File(['- list: dropped_two\n  items: [b]\n'], 'two.yaml', { type: 'application/yaml' }));
    return dt;
  });
  const zone = dialog.locator('.drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer: drop });
  await expect(zone).toHaveAttribute('data-over', 'true');
  await zone.dispatchEvent('drop', { dataTransfer: drop });
  await expect(dialog.getByRole('status')).toContainText('Appended one.yaml, two.yaml');
  const text = await getRulesText(page);
  expect(text.indexOf('dropped_one')).toBeLessThan(text.indexOf('dropped_two'));
  expect(text.indexOf('dropped_one')).toBeGreaterThan(0);
});
