import { expect, test } from '@playwright/test';
import { SEED_FIXED_RULES_YAML } from '../src/engine/sample/seed';
import { getRulesText, openFresh, sampleRow, setRulesText, waitForEditor } from './helpers';
import { shareFragment } from './helpers/share-url';

const LINK = shareFragment({ rules: SEED_FIXED_RULES_YAML, base: 'stock', samplesYaml: 'samples:\n  - command: systemctl stop falco\n' });

async function makeOwnWork(page: import('@playwright/test').Page) {
  await openFresh(page);
  await setRulesText(page, `${await getRulesText(page)}\n# my own edit\n`);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('echo keep me');
  await add.press('Enter');
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
}

test('reload restores the work (saved as it is typed)', async ({ page }) => {
  await makeOwnWork(page);
  await page.getByRole('combobox', { name: 'Base ruleset' }).selectOption('none');
  // Reload at once: nothing waits for a debounce.
  await page.reload();
  await waitForEditor(page);
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
  expect(await getRulesText(page)).toContain('# my own edit');
  await expect(page.getByRole('combobox', { name: 'Base ruleset' })).toHaveValue('none');
  await expect(page.getByRole('status').filter({ hasText: 'Opened a shared link' })).toHaveCount(0);
});

test('reload after closing the page without a fragment restores the work too', async ({ page }) => {
  await makeOwnWork(page);
  await page.goto('./');
  await waitForEditor(page);
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
  expect(await getRulesText(page)).toContain('# my own edit');
});

test('opening a link keeps the previous draft: "Back to your draft" restores it', async ({ page }) => {
  await makeOwnWork(page);
  await page.goto('about:blank');
  await page.goto(`./${LINK}`);
  await expect(sampleRow(page, 'echo keep me')).toHaveCount(0);
  expect(await getRulesText(page)).toBe(SEED_FIXED_RULES_YAML);
  const notice = page.getByRole('status').filter({ hasText: 'Opened a shared link' });
  await expect(notice).toContainText('Your previous work was kept');
  await notice.getByRole('button', { name: 'Back to your draft' }).click();
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
  expect(await getRulesText(page)).toContain('# my own edit');
  // And the draft survives a reload as the current work.
  await page.reload();
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
});

test('a link pasted into the address bar of an open page also stashes the work first', async ({ page }) => {
  await makeOwnWork(page);
  await page.evaluate((hash) => { location.hash = hash; }, LINK);
  await expect(sampleRow(page, 'echo keep me')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to your draft' }).click();
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
});

test('a first visit through a link has no draft to offer', async ({ page }) => {
  await page.goto(`./${LINK}`);
  const notice = page.getByRole('status').filter({ hasText: 'Opened a shared link' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Back to your draft' })).toHaveCount(0);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('after the notice is dismissed, the replaced work is still under Import → Earlier drafts', async ({ page }) => {
  await makeOwnWork(page);
  await page.goto('about:blank');
  await page.goto(`./${LINK}`);
  await page.getByRole('status').filter({ hasText: 'Opened a shared link' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(sampleRow(page, 'echo keep me')).toHaveCount(0);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('tab', { name: 'Earlier drafts' }).click();
  const list = dialog.getByRole('list', { name: 'Earlier drafts' });
  await expect(list.getByRole('listitem').first()).toContainText('before opening a link');
  await list.getByRole('listitem').first().getByRole('button', { name: /^Back to the draft of/ }).click();
  await expect(dialog).toBeHidden();
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
  expect(await getRulesText(page)).toContain('# my own edit');
});

/** Everything the page keeps in localStorage (the saved work is plain JSON there). */
function savedTexts(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k) ?? ''));
}

/** Command lines that do not compress much, like a real shell history. */
function commandLines(n: number): string {
  let seed = 7;
  const w = () => { seed = (seed * 48271) % 2147483647; return seed.toString(36); };
  return Array.from({ length: n }, () => `curl -s http://${w()}.example/${w()} -o /tmp/${w()}`).join('\n');
}

test('a draft of 10,000 imported command lines comes back after opening a link (longer than any link)', async ({ page }) => {
  test.setTimeout(120_000);
  const lines = commandLines(10_000);
  await openFresh(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('tab', { name: 'Command lines' }).click();
  // The textarea takes the 600 KB text at once (typing it would take minutes).
  await dialog.getByRole('textbox', { name: 'Command lines, one per line' }).evaluate((el, v) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, lines);
  await dialog.getByRole('button', { name: 'Import samples' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 10000 command lines as samples.', { timeout: 60_000 });
  await page.keyboard.press('Escape');
  const summary = page.locator('.samples-summary');
  await expect(summary).toContainText('of 10003', { timeout: 30_000 });

  await page.goto('about:blank');
  await page.goto(`./${LINK}`);
  const notice = page.getByRole('status').filter({ hasText: 'Opened a shared link' });
  await expect(notice).toContainText('Your previous work was kept');
  await expect(summary).toContainText('of 1 for');
  await notice.getByRole('button', { name: 'Back to your draft' }).click();
  await expect(summary).toContainText('of 10003', { timeout: 30_000 });
  // The selection came back too: the last imported line.
  await expect(sampleRow(page, lines.slice(lines.lastIndexOf('\n') + 1))).toHaveAttribute('aria-current', 'true');

  // And it is listed under Earlier drafts (with the link's work it replaced in turn).
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('tab', { name: 'Earlier drafts' }).click();
  await expect(dialog.getByRole('list', { name: 'Earlier drafts' })).toContainText('(before opening a link)Impair Security Tools in Container · 10003 samples');
});

test('two tabs keep their own work: a reload of each brings back its own, the other is under Earlier drafts', async ({ page, context }) => {
  const tab1 = page;
  await openFresh(tab1);
  const add = async (p: import('@playwright/test').Page, command: string) => {
    const box = p.getByRole('textbox', { name: 'New sample' });
    await box.fill(command);
    await box.press('Enter');
    await expect(sampleRow(p, command)).toBeVisible();
  };
  await add(tab1, 'echo tab1 work');

  const tab2 = await context.newPage();
  await tab2.goto(`./${LINK}`);
  await expect(tab2.getByRole('status').filter({ hasText: 'Opened a shared link' })).toBeVisible();
  await add(tab1, 'echo tab1 more');
  await add(tab2, 'echo tab2 edit');
  // Tab 2's edit is saved before tab 1 reloads.
  await expect.poll(() => savedTexts(tab1).then((all) => all.some((v) => v.includes('echo tab2 edit')))).toBe(true);

  await tab1.reload();
  await waitForEditor(tab1);
  await expect(sampleRow(tab1, 'echo tab1 work')).toBeVisible();
  await expect(sampleRow(tab1, 'echo tab1 more')).toBeVisible();
  await expect(sampleRow(tab1, 'echo tab2 edit')).toHaveCount(0);

  await tab2.reload();
  await waitForEditor(tab2);
  await expect(sampleRow(tab2, 'echo tab2 edit')).toBeVisible();
  await expect(sampleRow(tab2, 'echo tab1 more')).toHaveCount(0);

  // A new tab starts from the newest work of any tab.
  const tab3 = await context.newPage();
  await tab3.goto('./');
  await waitForEditor(tab3);
  await expect(sampleRow(tab3, 'echo tab2 edit')).toBeVisible();
  await tab3.close();

  // Tab 2's work is one click away in tab 1.
  await tab1.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = tab1.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('tab', { name: 'Earlier drafts' }).click();
  const other = dialog.getByRole('list', { name: 'Earlier drafts' }).getByRole('listitem').filter({ hasText: 'saved in another tab' }).first();
  await other.getByRole('button', { name: /^Back to the draft of/ }).click();
  await expect(sampleRow(tab1, 'echo tab2 edit')).toBeVisible();
});

test('a window opened from a tab (its sessionStorage copied) saves apart from it', async ({ page, context }) => {
  await makeOwnWork(page);
  const [popup] = await Promise.all([context.waitForEvent('page'), page.evaluate(() => { window.open(location.pathname); })]);
  await waitForEditor(popup);
  await expect(sampleRow(popup, 'echo keep me')).toBeVisible();
  const box = popup.getByRole('textbox', { name: 'New sample' });
  await box.fill('echo in the copy');
  await box.press('Enter');
  await expect.poll(() => savedTexts(popup).then((all) => all.some((v) => v.includes('echo in the copy')))).toBe(true);
  await popup.close();
  await page.reload();
  await waitForEditor(page);
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
  await expect(sampleRow(page, 'echo in the copy')).toHaveCount(0);
});

test('a reload right after editing a link made by the app keeps the edit (the link is not reopened over it)', async ({ page, browser }) => {
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('ip6tables -X');
  await add.press('Enter');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('dialog', { name: 'Share this work' }).getByRole('textbox', { name: 'Share link' }).inputValue();

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  await expect(sampleRow(other, 'ip6tables -X')).toBeVisible();
  const box = other.getByRole('textbox', { name: 'New sample' });
  await box.fill('echo edit after opening');
  await box.press('Enter');
  // At once: before the address bar catches up with the edit (it is debounced).
  expect(await other.evaluate(() => location.hash)).toBe(new URL(link).hash);
  await other.reload();
  await waitForEditor(other);
  await expect(sampleRow(other, 'echo edit after opening')).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: 'Opened a shared link' })).toHaveCount(0);
  await elsewhere.close();
});

test('work too large to save: a lasting warning, the last saved work intact, and the reload says so', async ({ page }) => {
  test.setTimeout(120_000);
  await makeOwnWork(page);
  await expect.poll(() => savedTexts(page).then((all) => all.some((v) => v.includes('echo keep me')))).toBe(true);
  // 6.5 M characters of noise: more than this browser's storage holds for the page.
  await page.evaluate(() => {
    let seed = 11;
    const parts: string[] = [];
    for (let n = 0; n < 6_500_000; n += 12) { seed = (seed * 48271) % 2147483647; parts.push(`${seed.toString(36)} `.padEnd(12, 'x')); }
    window.__frp!.setRulesText(`# too large\n${parts.join('')}`);
  });
  const warning = page.getByRole('alert', { name: 'Work not saved' });
  await expect(warning).toContainText('Your work is too large to save in this browser: export it.', { timeout: 30_000 });
  await expect(warning.getByRole('button', { name: 'Download rules.yaml' })).toBeVisible();
  // The saved work is still the last good one, whole.
  const saved = await savedTexts(page);
  expect(saved.some((v) => v.includes('echo keep me') && v.includes('# my own edit'))).toBe(true);
  expect(saved.some((v) => v.includes('# too large'))).toBe(false);

  // Leaving asks first; going ahead brings back the last saved work, and says what happened.
  let asked = false;
  page.on('dialog', (d) => { asked = d.type() === 'beforeunload'; void d.accept(); });
  await page.reload();
  await waitForEditor(page);
  expect(asked).toBe(true);
  await expect(sampleRow(page, 'echo keep me')).toBeVisible();
  expect(await getRulesText(page)).toContain('# my own edit');
  await expect(page.getByRole('alert', { name: 'Changes not saved' })).toContainText('could not be saved in this browser');
});
