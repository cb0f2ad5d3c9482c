/**
 * RE2 (Falco's `regex`) is loaded after the first verdicts. While its code is held back on the
 * network: the seed (no regex) gets its verdicts, and a `regex` rule's rows read "Pending" — never
 * a match, miss or error they would not keep — until RE2 arrives.
 */
import { expect, test, type Page } from '@playwright/test';
import { sampleRow, samplesTable, SEED_COMMANDS } from './helpers';
import { shareFragment } from './helpers/share-url';
import { recordVerdicts, verdictsSeen } from './helpers/verdict-log';

const REGEX_RULES = `- rule: Firewall flushed
  desc: iptables or ip6tables
  condition: evt.type = execve and proc.name regex "ip6?tables"
  output: firewall change (%proc.cmdline)
  priority: WARNING
`;
const SAMPLES = `samples:
  - command: iptables -F
  - command: ls -l
`;

/** Holds every request for the RE2 chunk until `release()` is called. */
async function holdRe2(page: Page): Promise<{ requested: () => boolean; release: () => void }> {
  let requested = false;
  let release!: () => void;
  const released = new Promise<void>((r) => { release = r; });
  await page.route(/\/assets\/re2-[^/]*\.js$/, async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  return { requested: () => requested, release };
}

test('the seed gets its verdicts while RE2 is still on its way', async ({ page }) => {
  const re2 = await holdRe2(page);
  await page.goto('./');
  for (const command of SEED_COMMANDS) await expect(sampleRow(page, command)).toHaveAttribute('data-verdict', 'match');
  expect(re2.requested()).toBe(true); // started right away, not awaited
  re2.release();
});

test('a regex rule from a link is pending until RE2 arrives, then gets its verdicts (never a wrong one)', async ({ page }) => {
  await recordVerdicts(page);
  const re2 = await holdRe2(page);
  await page.goto(`./${shareFragment({ rules: REGEX_RULES, base: 'stock', samplesYaml: SAMPLES })}`);
  const table = samplesTable(page);
  await expect(table.getByText('Pending', { exact: true })).toHaveCount(2);
  await expect(table.locator('tr[data-verdict]')).toHaveCount(0);
  await expect(page.getByText('Analysing…', { exact: true }).first()).toBeVisible(); // not "no rule", not "no problems"
  await expect(page.getByText('still loading')).toHaveCount(0); // the engine's placeholder error never shows

  re2.release();
  await expect(sampleRow(page, 'iptables -F')).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, 'ls -l')).toHaveAttribute('data-verdict', 'miss');
  await expect(table.getByText('Pending', { exact: true })).toHaveCount(0);
  expect(await verdictsSeen(page)).toEqual({ 'iptables -F': ['match'], 'ls -l': ['miss'] });
});
