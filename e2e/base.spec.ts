import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openFresh, sampleRow, SEED_COMMANDS, waitForEditor } from './helpers';
import { UPSTREAM_DEFAULT, UPSTREAM_INCUBATING, verdicts } from './helpers/share-url';

// The service worker answers same-origin fetches itself; these tests route them instead.
test.use({ serviceWorkers: 'block' });

async function openBaseDialog(page: Page) {
  await page.getByRole('button', { name: 'View', exact: true }).click();
  return page.getByRole('dialog', { name: /^Base ruleset/ });
}

test('upstream rules files uploaded as the base load in Falco order, survive a reload, and show read-only', async ({ page }) => {
  await openFresh(page);
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  const dialog = await openBaseDialog(page);
  // Given in the wrong order on purpose: incubating must still load after the default ruleset.
  await dialog.getByLabel('Choose upstream rules files', { exact: true }).setInputFiles([UPSTREAM_INCUBATING, UPSTREAM_DEFAULT]);
  await expect(dialog.getByRole('status')).toContainText('the base ruleset is now the upstream files');
  await expect(dialog.getByRole('list', { name: 'Loaded upstream files' }).locator('.file-name'))
    .toHaveText(['falco_rules.yaml', 'falco-incubating_rules.yaml']);
  await dialog.getByRole('button', { name: 'View falco-incubating_rules.yaml' }).click();
  await expect(dialog.getByRole('region', { name: 'falco-incubating_rules.yaml (read-only)' })).toContainText('condition: (proc.name = iptables)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox', { name: 'Base ruleset' })).toHaveValue('upstream');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'miss');
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'match');

  await page.reload();
  await waitForEditor(page);
  await expect(page.getByRole('combobox', { name: 'Base ruleset' })).toHaveValue('upstream');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'miss');
  await expect(page.getByRole('status', { name: 'Upstream rules files needed' })).toHaveCount(0);

  // Unticking a file leaves it loaded but out of the base.
  const again = await openBaseDialog(page);
  await again.getByRole('checkbox', { name: 'Use falco-incubating_rules.yaml' }).uncheck();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  await again.getByRole('radio', { name: 'Built-in stock macros' }).check();
  await expect(page.getByRole('combobox', { name: 'Base ruleset' })).toHaveValue('stock');
  await expect(again.getByRole('region', { name: 'falco_stock_macros.yaml (read-only)' })).toContainText('- macro: spawned_process');
});

test('a link made with upstream files names them; the receiver loads them and gets the same verdicts', async ({ page, browser }) => {
  await openFresh(page);
  const dialog = await openBaseDialog(page);
  await dialog.getByLabel('Choose upstream rules files', { exact: true }).setInputFiles([UPSTREAM_DEFAULT, UPSTREAM_INCUBATING]);
  await page.keyboard.press('Escape');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'miss');
  const before = await verdicts(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('dialog', { name: 'Share this work' });
  await expect(share).toContainText('falco_rules.yaml, falco-incubating_rules.yaml) are not in the link');
  const link = await share.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link.length).toBeLessThan(1500); // the files themselves do not travel

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  const needed = other.getByRole('status', { name: 'Upstream rules files needed' });
  await expect(needed).toContainText('falco_rules.yaml, falco-incubating_rules.yaml');
  // Meanwhile the stock macros stand in.
  await expect(sampleRow(other, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  await needed.getByRole('button', { name: 'Load upstream files…' }).click();
  const otherDialog = other.getByRole('dialog', { name: /^Base ruleset/ });
  await otherDialog.getByLabel('Choose upstream rules files', { exact: true }).setInputFiles([UPSTREAM_DEFAULT, UPSTREAM_INCUBATING]);
  await other.keyboard.press('Escape');
  await expect(needed).toHaveCount(0);
  expect(await verdicts(other)).toEqual(before);
  await elsewhere.close();
});

test('a base file fetched from an address; a failed fetch says why', async ({ page }) => {
  await page.route('**/fixtures/missing.yaml', (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.route('**/fixtures/down.yaml', (route) => route.abort('internetdisconnected'));
  await openFresh(page);
  const dialog = await openBaseDialog(page);
  const address = dialog.getByRole('textbox', { name: 'Rules file address' });
  const origin = new URL(page.url()).origin;

  await address.fill(`${origin}/fixtures/down.yaml`);
  await dialog.getByRole('button', { name: 'Fetch' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Could not fetch');
  await expect(dialog.getByRole('alert')).toContainText('load it from disk');

  await address.fill(`${origin}/fixtures/missing.yaml`);
  await dialog.getByRole('button', { name: 'Fetch' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The server answered 404');

  await address.fill('not an address');
  await dialog.getByRole('button', { name: 'Fetch' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not a web address');

  // A GitHub file page is rewritten to its raw address, fetched across origins (CORS allowed).
  await page.route('https://raw.githubusercontent.com/falcosecurity/rules/main/rules/falco_rules.yaml', (route) => route.fulfill({
    status: 200, contentType: 'text/plain', headers: { 'access-control-allow-origin': '*' }, body: UPSTREAM_DEFAULT.buffer.toString(),
  }));
  await address.fill('https://github.com/falcosecurity/rules/blob/main/rules/falco_rules.yaml');
  await dialog.getByRole('button', { name: 'Fetch' }).click();
  await expect(dialog.getByRole('status')).toContainText('Fetched falco_rules.yaml');
  await expect(page.getByRole('combobox', { name: 'Base ruleset' })).toHaveValue('upstream');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
});

test('rules files imported as the base from the Import dialog', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('tab', { name: 'Rules files' }).click();
  await dialog.getByRole('radio', { name: /As the base ruleset/ }).check();
  await dialog.getByLabel('Choose rules files', { exact: true }).setInputFiles([UPSTREAM_INCUBATING, UPSTREAM_DEFAULT]);
  await expect(dialog.getByRole('status')).toContainText('in load order: falco_rules.yaml, falco-incubating_rules.yaml');
  await page.keyboard.press('Escape');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'miss');
});

test('the real upstream release files (read from ../shared/corpus at test time) load as the base and survive a reload', async ({ page }) => {
  const dir = path.resolve(process.cwd(), '../shared/corpus/falcosecurity-rules');
  const names = ['falco-sandbox_rules.yaml', 'falco_rules.yaml', 'falco-incubating_rules.yaml'];
  for (const n of names) {
    if (!existsSync(path.join(dir, n))) throw new Error(`${path.join(dir, n)} is missing: this test needs the shared corpus next to the repo`);
  }
  await openFresh(page);
  const dialog = await openBaseDialog(page);
  await dialog.getByLabel('Choose upstream rules files', { exact: true }).setInputFiles(names.map((n) => path.join(dir, n)));
  await expect(dialog.getByRole('list', { name: 'Loaded upstream files' }).locator('.file-name'))
    .toHaveText(['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml']);
  await page.keyboard.press('Escape');
  // Upstream's own macros (spawned_process, container, never_true ...) serve the seed rule.
  for (const command of SEED_COMMANDS) await expect(sampleRow(page, command)).toHaveAttribute('data-verdict', 'match');
  await expect(page.getByRole('list', { name: 'Problems in the rules file' })).toHaveCount(0);
  await page.reload();
  await waitForEditor(page);
  await expect(page.getByRole('combobox', { name: 'Base ruleset' })).toHaveValue('upstream');
  for (const command of SEED_COMMANDS) await expect(sampleRow(page, command)).toHaveAttribute('data-verdict', 'match');
});
