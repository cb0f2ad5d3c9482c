import { expect, test } from '@playwright/test';
import { SEED_FIXED_RULES_YAML } from '../src/engine/sample/seed';
import { decodeState, encodeState } from '../src/share';
import { openFresh, sampleRow, samplesTable, SEED_COMMANDS, setRulesText } from './helpers';
import { shareFragment, verdicts } from './helpers/share-url';

const SAMPLES_YAML = `samples:
  - command: systemctl stop falco
  - command: systemctl reload falco-helper-stopwatch.service
`;

test('a share link opens its rules and samples, and verdicts are recomputed', async ({ page }) => {
  await page.goto(`./${shareFragment({ rules: SEED_FIXED_RULES_YAML, base: 'stock', samplesYaml: SAMPLES_YAML })}`);
  await expect(page.getByRole('status').filter({ hasText: 'Opened a shared link' })).toBeVisible();
  await expect(samplesTable(page).locator('tr[data-verdict]')).toHaveCount(2);
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('data-verdict', 'miss');
});

test('Share dialog: the link reopens the same work with every verdict the same, in a fresh browser', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('ip6tables -X');
  await add.press('Enter');
  await sampleRow(page, 'ip6tables -X').getByRole('button', { name: /^no expectation for/ }).click();
  await sampleRow(page, 'ip6tables -X').getByRole('button', { name: /^expect alert for/ }).click();
  await page.getByRole('checkbox', { name: 'Container plugin' }).uncheck();
  await page.getByRole('checkbox', { name: 'Container plugin' }).check();
  await sampleRow(page, SEED_COMMANDS[1]).locator('td.col-index').click();
  const before = await verdicts(page);

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this work' });
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/#v1\./);
  await expect(dialog).toContainText(`Length: ${link.length.toLocaleString('en-US')} characters`);
  await expect(dialog).toContainText('short enough');
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(page.url()).toBe(link);

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  await expect(sampleRow(other, 'ip6tables -X')).toBeVisible();
  expect(await verdicts(other)).toEqual(before);
  await expect(sampleRow(other, SEED_COMMANDS[1])).toHaveAttribute('aria-current', 'true');
  await expect(sampleRow(other, 'ip6tables -X').getByRole('button', { name: /^expect no alert for/ })).toBeVisible();
  await elsewhere.close();
});

test('the address bar follows the work without adding history entries', async ({ page }) => {
  await openFresh(page);
  const length = await page.evaluate(() => history.length);
  const add = page.getByRole('textbox', { name: 'New sample' });
  for (const cmd of ['id', 'pwd', 'ls -l']) {
    await add.fill(cmd);
    await add.press('Enter');
  }
  await expect.poll(async () => {
    const decoded = decodeState(await page.evaluate(() => location.hash));
    return decoded.ok && decoded.state.samplesYaml.includes('ls -l');
  }).toBe(true);
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('a long link says it may be cut by chat tools', async ({ page }) => {
  await openFresh(page);
  // Text that does not compress: a list of pseudo-random words.
  let seed = 7;
  const word = () => { seed = (seed * 48271) % 2147483647; return seed.toString(36); };
  const items = Array.from({ length: 400 }, word).join(', ');
  await setRulesText(page, `${await page.evaluate(() => window.__frp!.getRulesText())}\n- list: noise\n  items: [${items}]\n`);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this work' });
  await expect(dialog.getByRole('note')).toContainText('some chat tools and issue trackers cut links longer than 2,000');
});

test('a link longer than the playground opens says no one can open it, and offers the files instead', async ({ page }) => {
  await openFresh(page);
  // 400,000 characters that hardly compress: the link passes the decoder's 200,000.
  await page.evaluate(() => {
    let seed = 5;
    const words: string[] = [];
    for (let n = 0; n < 400_000; n += 8) { seed = (seed * 48271) % 2147483647; words.push(seed.toString(36).padStart(7, '0')); }
    window.__frp!.setRulesText(`${window.__frp!.getRulesText()}\n- list: noise\n  items: [${words.join(', ')}]\n`);
  });
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this work' });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('no one can open this link');
  await expect(alert).toContainText('refuses links longer than 200,000 characters');
  // No link to copy; the files are one click away.
  await expect(dialog.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download rules.yaml' }).click()]);
  expect(Buffer.concat(await (await download.createReadStream()).toArray()).toString()).toContain('- list: noise');
  await expect(dialog.getByRole('button', { name: 'Download samples.yaml' })).toBeVisible();
});

test('a damaged or truncated link shows an alert and keeps earlier work', async ({ page }) => {
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('echo my own work');
  await add.press('Enter');
  await expect(sampleRow(page, 'echo my own work')).toBeVisible();
  const good = shareFragment({ rules: SEED_FIXED_RULES_YAML, base: 'stock', samplesYaml: SAMPLES_YAML });
  for (const bad of ['#v1.AAAA-this-is-not-a-playground-link', good.slice(0, good.length / 2), '#v9.abc']) {
    await page.goto('about:blank');
    await page.goto(`./${bad}`);
    await expect(page.getByRole('alert')).toContainText('This link could not be opened');
    await expect(sampleRow(page, 'echo my own work')).toBeVisible();
    // The address goes back to describing the work on screen.
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(bad);
  }
});

test('a hostile link is shown as text, never as HTML', async ({ page }) => {
  const evil = '<img src=x onerror="window.__pwned=1">';
  const fragment = `#${encodeState({
    v: 1,
    rules: `- rule: ${evil}\n  desc: x\n  condition: evt.type = execve\n  output: ${evil}\n  priority: WARNING\n`,
    // A value outside the whitelist: decoded with a warning that quotes it.
    base: evil as 'stock',
    samplesYaml: `samples:\n  - command: "${evil.replace(/"/g, '\\"')}"\n`,
    selectedRule: evil,
  })}`;
  await page.goto(`./${fragment}`);
  const banner = page.getByRole('alert').filter({ hasText: 'Opened a shared link' });
  await expect(banner).toContainText(`Unknown base ruleset '${evil}'`);
  await expect(samplesTable(page).locator('tr[data-verdict]')).toHaveCount(1);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
