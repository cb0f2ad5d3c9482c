import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getRulesText, openFresh, sampleRow, SEED_COMMANDS } from './helpers';

const STOPWATCH = SEED_COMMANDS[2];
const CODE = 'FRP_LINT_UNANCHORED_CONTAINS';
// Seed line 14: `      (proc.name = systemctl and proc.args contains "stop" and`
const STOP_LINE = 14;

async function lintMarkers(page: Page) {
  return page.evaluate((code) => window.__frp!.getMarkers().filter((m) => m.code === code), CODE);
}

test('the seed shows a hint marker with its code on the unanchored contains "stop"', async ({ page }) => {
  await openFresh(page);
  await expect.poll(async () => (await lintMarkers(page)).some((m) => m.line === STOP_LINE && m.message.includes('"stop"'))).toBe(true);
  // Hints are warnings and infos, drawn apart from the loader's errors (the seed has none).
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeAttached();
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
  await expect(page.getByText('No problems')).toBeVisible();
  await expect(page.getByRole('tab', { name: /Hints/ })).toContainText(/\d+/);
});

test('the quick fix from the light bulb (Ctrl+.) flips the stopwatch row to miss, and Ctrl+Z undoes it', async ({ page }) => {
  await openFresh(page);
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'match');
  await expect.poll(async () => (await lintMarkers(page)).length).toBeGreaterThan(0);
  const original = await getRulesText(page);

  await page.getByRole('textbox', { name: 'Rules file editor' }).focus();
  // Ctrl+G: Monaco's "go to line:column" (arrow keys would count wrapped lines); column 50 is inside "stop".
  await page.keyboard.press('Control+g');
  await page.keyboard.type(`${STOP_LINE}:50`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+.');
  const fix = page.locator('.action-widget').getByText('Match "stop" as a whole argument');
  await expect(fix).toBeVisible();
  await page.keyboard.press('Enter'); // the preferred fix is the first entry

  await expect.poll(() => getRulesText(page)).toContain('(proc.args startswith "stop " or proc.args contains " stop ")');
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'miss');
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');

  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => getRulesText(page)).toBe(original);
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'match');
});

test('the Hints tab lists the hint with its row and applies the fix with a button (undoable in the editor)', async ({ page }) => {
  await openFresh(page);
  const original = await getRulesText(page);
  const tab = page.getByRole('tab', { name: /Hints/ });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const hints = page.getByRole('region', { name: 'Hints' });
  // The hint backed by the stopwatch row names it.
  const hint = hints.getByRole('listitem').filter({ hasText: CODE }).filter({ has: page.getByRole('button', { name: 'row 3' }) }).first();
  await expect(hint).toContainText('"stop"');
  await hint.getByRole('button', { name: 'line 14' }).click();
  await expect.poll(() => page.evaluate(() => window.__frp!.getEditorSelection())).toBe('proc.args contains "stop"');

  await hint.getByRole('button', { name: 'Match "stop" as a whole argument' }).click();
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'miss');
  expect(await getRulesText(page)).not.toBe(original);

  await page.getByRole('textbox', { name: 'Rules file editor' }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => getRulesText(page)).toBe(original);
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'match');
});

test('the Problems tabs work with arrow keys', async ({ page }) => {
  await openFresh(page);
  const problems = page.getByRole('tab', { name: /Errors & warnings/ });
  await problems.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Hints/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Hints/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Hints' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(problems).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Falco loads this file without errors or warnings.')).toBeVisible();
});

test('with the upstream rules as the base (analysed in the worker) the hints come from the worker and follow the text', async ({ page }) => {
  const dir = path.resolve(process.cwd(), '../shared/corpus/falcosecurity-rules');
  const files = ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml'].map((name) => {
    const file = path.join(dir, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: this test needs the shared corpus next to the repo`);
    return { name, content: readFileSync(file, 'utf8') };
  });
  await openFresh(page);
  await page.evaluate((f) => window.__frpPerf!.setBaseFiles(f), files);
  await page.evaluate(() => window.__frpPerf!.addSamples(Array.from({ length: 90 }, (_, i) => `systemctl reload unit-${i}.service`)));
  await expect.poll(() => page.evaluate(() => window.__frpPerf!.lastWorkerMs())).not.toBeNull();
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'match');
  await expect.poll(async () => (await lintMarkers(page)).some((m) => m.line === STOP_LINE)).toBe(true);
  const stopHints = async () => (await lintMarkers(page)).filter((m) => m.message.includes('"stop"')).length;
  const before = await stopHints();

  const tab = page.getByRole('tab', { name: /Hints/ });
  await tab.click();
  const hint = page.getByRole('region', { name: 'Hints' }).getByRole('listitem').filter({ hasText: CODE })
    .filter({ has: page.getByRole('button', { name: 'row 3' }) }).first();
  await expect(hint).toContainText('"stop"');
  await hint.getByRole('button', { name: 'Match "stop" as a whole argument' }).click();
  await expect(sampleRow(page, STOPWATCH)).toHaveAttribute('data-verdict', 'miss');
  // The worker lints the new text: the fixed hint is gone (the service block keeps its own).
  await expect.poll(stopHints).toBe(before - 1);
  await expect(page.getByRole('region', { name: 'Hints' }).getByRole('listitem').filter({ hasText: CODE })
    .filter({ has: page.getByRole('button', { name: 'row 3' }) })).toHaveCount(0);
});
