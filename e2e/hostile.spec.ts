/**
 * Hostile links and pasted input: the page stays usable (typing still updates verdicts) and the
 * person's earlier work is still there, also after a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { encodeState, MAX_FRAGMENT_CHARS } from '../src/share';
import { openFresh, sampleRow, samplesTable, SEED_COMMANDS, setRulesText } from './helpers';

const MY_SAMPLE = 'echo my own work';

async function addMyWork(page: Page) {
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill(MY_SAMPLE);
  await add.press('Enter');
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
}

/** Still usable: an edit of the rules recomputes verdicts. */
async function expectUsable(page: Page) {
  const fixed = await page.evaluate(() => window.__frp!.seedFixedRulesText());
  const original = await page.evaluate(() => window.__frp!.getRulesText());
  await setRulesText(page, fixed);
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('data-verdict', 'miss');
  await setRulesText(page, original);
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('data-verdict', 'match');
}

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

test('hostile links leave the page usable and the earlier work in place', async ({ page }) => {
  page.on('dialog', (d) => { throw new Error(`unexpected dialog: ${d.message()}`); });
  await openFresh(page);
  await addMyWork(page);
  const good = encodeState({ v: 1, rules: '- rule: R\n  desc: d\n  condition: proc.name = x\n  output: o\n  priority: INFO\n', base: 'stock', samplesYaml: '- ls\n' });
  const bomb = `v1.${base64url(deflateRawSync(Buffer.from(`{"base":"stock","rl":0,"sl":50000000}\n${'#'.repeat(50_000_000)}`), { level: 9 }))}`;
  expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
  const hostile = [
    good.slice(0, Math.floor(good.length * 0.6)), // truncated
    'v1.%%%%<script>alert(1)</script>', // garbage
    `v1.${'A'.repeat(MAX_FRAGMENT_CHARS + 10)}`, // huge
    'v7.AAAA', // wrong version
    bomb, // inflates to 50 MB
    'v1.', // empty
  ];
  for (const fragment of hostile) {
    await page.goto('about:blank');
    await page.goto(`./#${fragment}`);
    await expect(page.getByRole('heading', { name: 'Falco Rule Playground' })).toBeVisible();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
  }
  await expectUsable(page);
  await page.reload();
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
});

test('script-injection strings in a link are data: shown as text, never run', async ({ page }) => {
  await page.addInitScript(() => { (window as unknown as { __ran: number }).__ran = 0; });
  const inject = '"><script>window.__ran=1</script><img src=x onerror="window.__ran=2"><svg onload="window.__ran=3">';
  const fragment = encodeState({
    v: 1,
    rules: `- rule: R ${inject}\n  desc: x ${inject}\n  condition: proc.name in (ls, echo) or proc.args contains '${inject}'\n  output: o ${inject} %proc.name\n  priority: WARNING\n`,
    base: 'stock',
    samplesYaml: `samples:\n  - command: ${JSON.stringify(`echo '${inject}'`)}\n  - command: ls\n`,
  });
  await page.goto(`./#${fragment}`);
  await expect(samplesTable(page).locator('tr[data-verdict]')).toHaveCount(2);
  await expect(samplesTable(page).locator('tr[data-verdict="match"]')).toHaveCount(2);
  expect(await page.locator('script:not([src]), img[src="x"], svg[onload]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __ran: number }).__ran)).toBe(0);
});

test('hostile pasted input: huge rules file, exponential macros, catastrophic regex; the page stays usable', async ({ page }) => {
  await openFresh(page);
  await addMyWork(page);
  const original = await page.evaluate(() => window.__frp!.getRulesText());

  // Past the size limit: refused with a message, nothing freezes.
  await page.evaluate(() => window.__frp!.setRulesText('#'.repeat(2_100_000)));
  await expect(page.getByText(/rules file is too large to analyse/)).toBeVisible({ timeout: 30_000 });

  // A macro used exponentially often: cut off with a message.
  let macros = '- macro: m0\n  condition: proc.name = a\n';
  for (let i = 1; i <= 40; i++) macros += `- macro: m${i}\n  condition: m${i - 1} or m${i - 1}\n`;
  await setRulesText(page, `${macros}${original.replace('spawned_process and', 'm40 and spawned_process and')}`);
  await expect(page.getByText(/macro expansion too large/).first()).toBeVisible({ timeout: 30_000 });

  // A catastrophic-backtracking pattern is linear under RE2.
  await page.evaluate(() => window.__frpPerf!.addSamples([`echo ${'a'.repeat(30_000)}!`]));
  await setRulesText(page, original.replace('spawned_process and', 'proc.args regex "(a+)+$" or spawned_process and'));
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match', { timeout: 15_000 });

  // Many pasted lines with markup become samples, as text.
  const lines = Array.from({ length: 50 }, (_, i) => `echo <b>${i}</b><img src=x onerror=alert(1)>`).join('\n');
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.focus();
  await page.evaluate((text) => {
    const input = document.activeElement as HTMLInputElement;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, lines);
  await expect(sampleRow(page, 'echo <b>0</b><img src=x onerror=alert(1)>')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  await setRulesText(page, original);
  await expectUsable(page);
  await page.reload();
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__frp!.getRulesText())).toBe(original);
});
