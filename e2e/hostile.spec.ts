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

/** The auditor's file: doubling macros m0 ... m15, `rules` rules each using m15 (28.7 KB for 300). */
function doublingMacros(rules: number): string {
  let y = '- macro: m0\n  condition: proc.name = zzz\n';
  for (let i = 1; i <= 15; i++) y += `- macro: m${i}\n  condition: m${i - 1} or m${i - 1}\n`;
  for (let r = 0; r < rules; r++) y += `- rule: R${r}\n  desc: d\n  condition: evt.type = execve and m15\n  output: o\n  priority: WARNING\n`;
  return y;
}

/** The longest the page's thread went without answering over `ms`, probing every 100 ms. */
async function longestStall(page: Page, ms: number): Promise<number> {
  let worst = 0;
  for (const end = Date.now() + ms; Date.now() < end;) {
    const t0 = Date.now();
    await page.evaluate(() => 1);
    worst = Math.max(worst, Date.now() - t0);
    await page.waitForTimeout(100);
  }
  return worst;
}

for (const rules of [300, 1000]) {
  test(`exponential macros in ${rules} rules: the page keeps answering, the rules past the budget say so`, async ({ page }) => {
    await openFresh(page);
    await addMyWork(page);
    const text = doublingMacros(rules);
    await page.evaluate((t) => window.__frp!.setRulesText(t), text);
    // Before the budgets the page froze for ~20 s (300 rules) or ~24 s (1,000). What is left is
    // drawing the new text and its hundreds of problems once (Monaco, the Problems list). The
    // bound tells a freeze from a slow frame on a loaded 2-core CI machine; npm run bench times it.
    expect(await longestStall(page, 4_000)).toBeLessThan(5_000);
    await expect(page.locator('.problems-host').getByText(/macro expansion budget exceeded/).first()).toBeVisible({ timeout: 20_000 });
    // Settled: a click is answered within a few hundred ms, and so is the explanation of the row.
    const t0 = Date.now();
    await sampleRow(page, MY_SAMPLE).locator('td').first().click(); // the row number: selects, no edit
    await expect(page.getByRole('region', { name: 'Explanation' })).toContainText(MY_SAMPLE);
    expect(Date.now() - t0).toBeLessThan(3_000);
    // R0 compiled in the worker; on the page its macros pass the main thread's budget.
    await expect(page.getByRole('region', { name: 'Explanation' })).toContainText(/too large to explain on this page/);
    expect(await longestStall(page, 1_500)).toBeLessThan(400);
    await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
  });
}

for (const which of ['rules', 'samples'] as const) {
  test(`a 2.7 KB link whose ${which} are 2,000,000 '[': its message within seconds, the previous work one click away`, async ({ page }) => {
    await openFresh(page);
    await addMyWork(page);
    const deep = '['.repeat(2_000_000);
    const fragment = encodeState({
      v: 1, base: 'stock',
      rules: which === 'rules' ? deep : '- rule: R\n  desc: d\n  condition: evt.type = execve\n  output: o\n  priority: INFO\n',
      samplesYaml: which === 'samples' ? deep : 'samples:\n  - ls\n',
    });
    expect(fragment.length).toBeLessThan(4_000);
    await page.goto('about:blank');
    const t0 = Date.now();
    await page.goto(`./#${fragment}`);
    // Before the depth pre-check: a blank page for ~13 s, then "Maximum call stack size exceeded".
    const message = page.getByText(/nesting deeper than 499 levels/).first();
    await expect(message).toBeVisible({ timeout: 5_000 });
    expect(Date.now() - t0).toBeLessThan(3_000);
    await expect(page.getByText(/call stack/i)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Falco Rule Playground' })).toBeVisible();
    // Drawing 2 MB of text once aside, the page answers at once.
    // (generous: the 2-core machine running two browsers at once stretches Monaco's one-off work)
    await expect.poll(() => longestStall(page, 300), { timeout: 15_000 }).toBeLessThan(300);
    await page.getByRole('button', { name: 'Back to your draft' }).click();
    await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
    await expectUsable(page);
  });
}

test("a macro whose condition closes the hover's code fence shows its links and images as text", async ({ page }) => {
  await openFresh(page);
  const rules = '- macro: evil_[x](https://attacker.example/n)\n  condition: |\n    proc.name = a\n    ```\n    [Click to fix this macro](https://attacker.example/phish) ![x](https://attacker.example/t.png) <img src=x>\n    ```\n- rule: r\n  desc: d\n  condition: evt.type = execve and evil_[x](https://attacker.example/n)\n  output: o\n  priority: INFO\n';
  await setRulesText(page, rules);
  // On the macro's name where it is defined (the name is no identifier a condition could use).
  expect(await page.evaluate((at) => window.__frpPerf!.placeCaret(at), rules.indexOf('evil_') + 2)).toBe(true);
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.press('ControlOrMeta+i');
  const hover = page.locator('.monaco-editor .monaco-hover').filter({ hasText: 'Click to fix this macro' }).first();
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('macro evil_[x](https://attacker.example/n)');
  await expect(hover).toContainText('[Click to fix this macro](https://attacker.example/phish)');
  // (the marker part of the hover has Monaco's own "View Problem" action: only our Markdown counts)
  const markdown = hover.locator('.rendered-markdown');
  await expect(markdown.first()).toBeVisible();
  expect(await markdown.locator('a, img').count()).toBe(0);
});

test('hostile files: huge, deeply nested, binary, not UTF-8, and an alerts file with broken lines; the page stays usable and the work is kept', async ({ page }) => {
  test.setTimeout(120_000);
  await openFresh(page);
  await addMyWork(page);
  const original = await page.evaluate(() => window.__frp!.getRulesText());
  const importDialog = async (tab: string) => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.getByRole('tab', { name: tab }).click();
    return dialog;
  };
  const chooseRules = async (name: string, buffer: Buffer) => {
    const dialog = await importDialog('Rules files');
    await dialog.getByLabel('Choose rules files', { exact: true }).setInputFiles({ name, mimeType: 'application/yaml', buffer });
    return dialog;
  };
  const backToDraft = async (onScreenTooLargeToKeep = false) => {
    await page.getByRole('button', { name: 'Back to your draft' }).click();
    if (onScreenTooLargeToKeep) {
      // The imported text on screen is larger than a draft keeps: going back would lose it, so
      // the page asks first (download it, or go back anyway).
      await expect(page.getByText(/Your draft was not brought back: the work on screen could not be kept/)).toBeVisible();
      await page.getByRole('button', { name: 'Go back anyway' }).click();
    }
    await expect.poll(() => page.evaluate(() => window.__frp!.getRulesText())).toBe(original);
  };
  const rule = (i: number) => `- rule: R${i}\n  desc: d\n  condition: evt.type = execve and proc.name = p${i}\n  output: o\n  priority: WARNING\n`;

  // Larger than a file can be here: not read, nothing replaced.
  let dialog = await chooseRules('huge.yaml', Buffer.alloc(9 * 1024 * 1024, '#'));
  await expect(dialog.getByRole('alert')).toContainText('huge.yaml: 9.0 MiB, larger than the 8 MiB');
  await page.keyboard.press('Escape');
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
  expect(await page.evaluate(() => window.__frp!.getRulesText())).toBe(original);

  // 3 MB of rules: read, then refused by the analysis with its message; the work is a click away.
  let big = '';
  for (let i = 0; big.length < 3_000_000; i++) big += rule(i);
  await chooseRules('big.yaml', Buffer.from(big));
  await expect(page.getByText(/rules file is too large to analyse here/).first()).toBeVisible({ timeout: 20_000 });
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
  await backToDraft(true);

  // Nested a million levels deep: the YAML message at once, no stack overflow.
  await chooseRules('deep.yaml', Buffer.from(`- rule: R\n  desc: ${'['.repeat(1_000_000)}\n`));
  await expect(page.locator('.problems-host').getByText(/nesting deeper than 499 levels/).first()).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText(/call stack/i)).toHaveCount(0);
  await backToDraft();

  // A binary file: not text, not read.
  const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  dialog = await chooseRules('falco.tar.gz', binary);
  await expect(dialog.getByRole('alert')).toContainText('falco.tar.gz: not a text file');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => window.__frp!.getRulesText())).toBe(original);

  // Not UTF-8 (Latin-1 bytes in a desc): read with U+FFFD, loaded; the rule is there.
  await chooseRules('latin1.yaml', Buffer.concat([Buffer.from('- rule: Latin\n  desc: caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from('\n  condition: evt.type = execve and proc.name = ls\n  output: o\n  priority: WARNING\n')]));
  await expect(page.getByRole('combobox', { name: 'Rule', exact: true })).toContainText('Latin');
  await backToDraft();

  // An alerts file with broken lines: the good ones become samples, the broken ones are listed.
  const alert = (cmd: string) => JSON.stringify({ output: 'x', priority: 'Warning', rule: 'Impair Security Tools in Container', time: '2024-05-01T10:00:00Z', output_fields: { 'proc.cmdline': cmd, 'proc.name': cmd.split(' ')[0] } });
  const lines = [alert('iptables -L -n'), '{"output": broken', 'not json at all \u0000', alert('systemctl status falco'), '{"output_fields": 5}', '[1, 2'];
  dialog = await importDialog('Falco alerts');
  await dialog.getByLabel('Choose a file of Falco alerts', { exact: true }).setInputFiles({ name: 'alerts.jsonl', mimeType: 'application/json', buffer: Buffer.from(lines.join('\n').replace('\u0000', '')) });
  await expect(dialog.getByRole('alert').filter({ hasText: 'Imported 2 alerts' })).toContainText('lines skipped');
  await page.keyboard.press('Escape');
  await expect(sampleRow(page, 'iptables -L -n')).toBeVisible();
  await expect(sampleRow(page, 'systemctl status falco')).toBeVisible();

  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
  await expectUsable(page);
  await page.reload();
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__frp!.getRulesText())).toBe(original);
});

