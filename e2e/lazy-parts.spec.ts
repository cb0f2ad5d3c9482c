/**
 * The first verdicts need only the entry's scripts (bench/sizes.ts: the entry chunk and its static
 * imports). With every other script of the build held back on the network, the table shows its
 * verdicts; the editor, the Problems list, RE2, the linter and the dialogs' code arrive after, and a
 * dialog opened before its code has arrived shows its frame at once and its body when it comes.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { transferSizes } from '../bench/sizes';
import { SEED_FIXED_RULES_YAML } from '../src/engine/sample/seed';
import { sampleRow, samplesTable, SEED_COMMANDS, waitForEditor } from './helpers';
import { shareFragment } from './helpers/share-url';
import { recordVerdicts, verdictsSeen } from './helpers/verdict-log';

const distDir = path.resolve(process.env.E2E_OUT_DIR ?? 'dist');

/** Holds every script request outside the entry's closure until `release()`; lists them. */
async function holdLazyScripts(page: Page): Promise<{ held: string[]; release: () => void }> {
  const entry = new Set(transferSizes(distDir).firstFiles.map((f) => `/${f}`));
  const held: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((r) => { release = r; });
  await page.route(/\.js$/, async (route) => {
    const file = new URL(route.request().url()).pathname;
    if (entry.has(file) || !file.startsWith('/assets/')) return route.continue();
    held.push(file);
    await released;
    await route.continue();
  });
  return { held, release };
}

test('the table gets its verdicts from the entry scripts alone; the rest arrives after', async ({ page }) => {
  const lazy = await holdLazyScripts(page);
  await page.goto('./');
  for (const command of SEED_COMMANDS) await expect(sampleRow(page, command)).toHaveAttribute('data-verdict', 'match');
  await expect(page.getByRole('heading', { name: 'Samples' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading editor' })).toBeVisible();
  expect(lazy.held.some((f) => /RulesEditor-/.test(f))).toBe(true);
  expect(lazy.held.some((f) => /re2-/.test(f))).toBe(true);

  // A dialog asked for now: its frame at once, its body when the code arrives.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('dialog', { name: 'Share this work' });
  await expect(share.getByRole('status')).toHaveText('Loading…');
  lazy.release();
  await expect(share.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#v1\./);
  await page.keyboard.press('Escape');
  await expect(share).toBeHidden();

  await waitForEditor(page);
  await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Hints \d+$/ })).toBeVisible();
});

test('a link waits for its codec and opens before anything is drawn: the seed never shows first', async ({ page }) => {
  await recordVerdicts(page);
  const samplesYaml = `samples:\n  - command: ${SEED_COMMANDS[2]}\n  - command: ${SEED_COMMANDS[1]}\n`;
  await page.goto(`./${shareFragment({ rules: SEED_FIXED_RULES_YAML, base: 'stock', samplesYaml })}`);
  await expect(samplesTable(page).locator('tr[data-verdict]')).toHaveCount(2);
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('data-verdict', 'miss');
  // The seed (first visit) would have shown the stopwatch row as a match, and iptables -F at all.
  expect(await verdictsSeen(page)).toEqual({ [SEED_COMMANDS[2]]: ['miss'], [SEED_COMMANDS[1]]: ['match'] });
});

test('every dialog still opens with its content', async ({ page }) => {
  await page.goto('./');
  await waitForEditor(page);
  const dialogs: [button: string, title: string | RegExp, content: string | RegExp][] = [
    ['Import', 'Import', 'Command lines'],
    ['Export', 'Export', 'Download samples.yaml'],
    ['View', /^Base ruleset/, 'Loaded before your rules file'],
    ['Lessons', /lessons/i, 'stopwatch'],
    ['Keyboard shortcuts', 'Keyboard shortcuts', 'Go to the definition'],
  ];
  for (const [button, title, content] of dialogs) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect.soft(dialog, button).toContainText(content);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  await sampleRow(page, SEED_COMMANDS[2]).getByRole('button', { name: /^Add exception for/ }).click();
  await expect(page.getByRole('dialog', { name: /^Add an exception to/ })).toContainText('Proposals');
});
