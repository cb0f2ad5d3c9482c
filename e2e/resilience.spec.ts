/**
 * Crash containment: every part of the page (panels, the header's toolbar, the banner, each
 * dialog's body, the page itself) turns an unexpected error into a message with "Reset this
 * panel", "Reload (your work is saved)" and an error report; the work survives all of them. And
 * a browser refusing to write the address (Safari throttles replaceState) breaks nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { openFresh, sampleRow, SEED_COMMANDS } from './helpers';

const MY_SAMPLE = 'echo resilience work';

async function addMyWork(page: Page) {
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill(MY_SAMPLE);
  await add.press('Enter');
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
}

function crashOf(page: Page, name: string) {
  return page.locator(`.panel-crash[data-panel="${name}"]`);
}

async function drill(page: Page, name: string) {
  await page.evaluate((n) => window.__frp!.crashPanel(n), name);
  const crash = crashOf(page, name);
  await expect(crash).toBeVisible();
  await expect(crash).toHaveAttribute('role', 'alert');
  await expect(crash).toContainText('hit an unexpected error');
  await expect(crash).toContainText('Your work is saved');
  await expect(crash.getByRole('button', { name: 'Reload (your work is saved)' })).toBeVisible();
  await expect(crash.getByRole('button', { name: 'Copy error report' })).toBeVisible();
  // The report names the part and the error, and carries none of the work.
  await crash.getByText('Error report (no rules or samples in it)').click();
  const report = await crash.getByRole('textbox', { name: 'Error report' }).inputValue();
  expect(report).toContain(`Part: ${name}`);
  expect(report).toContain('Crash drill');
  expect(report).not.toContain(MY_SAMPLE);
  return crash;
}

test.beforeEach(({ page }) => {
  page.on('pageerror', () => { /* the drills' errors are expected; React reports them */ });
});

test('a crash in one panel is contained and that panel can be reset', async ({ page }) => {
  await openFresh(page);
  await page.evaluate(() => window.__frp!.crashPanel('Samples'));
  const crash = page.getByRole('alert').filter({ hasText: 'The Samples panel hit an unexpected error' });
  await expect(crash).toBeVisible();
  // The rest of the page still works.
  await expect(page.getByRole('heading', { name: 'Problems' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Rules file editor' })).toBeAttached();
  await crash.getByRole('button', { name: 'Reset this panel' }).click();
  await expect(crash).toBeHidden();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
});

test('every panel, the toolbar and the banner contain their crash; after a reset the work is there', async ({ page }) => {
  await openFresh(page);
  await addMyWork(page);
  for (const name of ['toolbar', 'banner', 'Lessons', 'editor', 'Problems', 'Samples']) {
    const crash = await drill(page, name);
    // The page around it goes on: the samples (or, for the Samples panel, the editor) are there.
    if (name === 'Samples') await expect(page.getByRole('textbox', { name: 'Rules file editor' })).toBeAttached();
    else await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
    if (name !== 'toolbar') await expect(page.getByRole('heading', { name: 'Falco Rule Playground' })).toBeVisible();
    await crash.getByRole('button', { name: 'Reset this panel' }).click();
    await expect(crash).toBeHidden();
    await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeVisible();
});

test("each dialog's body contains its crash: the dialog still closes, and opens again working", async ({ page }) => {
  await openFresh(page);
  await addMyWork(page);
  const dialogs: { open: () => Promise<void>; title: string | RegExp; name: string }[] = [
    { open: () => page.getByRole('button', { name: 'Share', exact: true }).click(), title: 'Share this work', name: 'Share this work dialog' },
    { open: () => page.getByRole('button', { name: 'Import', exact: true }).click(), title: 'Import', name: 'Import dialog' },
    { open: () => page.getByRole('button', { name: 'Export', exact: true }).click(), title: 'Export', name: 'Export dialog' },
    { open: () => page.getByRole('button', { name: 'Lessons', exact: true }).click(), title: 'Lessons', name: 'Lessons dialog' },
    { open: () => page.getByRole('button', { name: 'Keyboard shortcuts' }).click(), title: 'Keyboard shortcuts', name: 'Keyboard shortcuts dialog' },
    { open: () => page.getByRole('button', { name: 'View', exact: true }).click(), title: /^Base ruleset/, name: 'Base ruleset dialog' },
    { open: () => page.getByRole('button', { name: /^Add exception for / }).first().click(), title: /^Add an exception/, name: 'Add exception dialog' },
  ];
  for (const d of dialogs) {
    await d.open();
    const dialog = page.getByRole('dialog', { name: d.title });
    await expect(dialog).toBeVisible();
    const crash = await drill(page, d.name);
    await expect(dialog.locator('.panel-crash')).toHaveCount(1); // inside the dialog, not over the page
    await crash.getByRole('button', { name: 'Reset this panel' }).click();
    await expect(crash).toBeHidden();
    // A second crash, then the dialog's own close button: it still closes, and reopens healthy.
    await drill(page, d.name);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(dialog).toBeHidden();
    await d.open();
    await expect(dialog).toBeVisible();
    await expect(crashOf(page, d.name)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(dialog).toBeHidden();
  }
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
});

test('the root boundary: a crash of the page is a message, not an empty page; reset and reload both keep the work', async ({ page }) => {
  await openFresh(page);
  await addMyWork(page);
  const crash = await drill(page, 'page');
  await expect(crash).toContainText('The page hit an unexpected error');
  expect(await page.evaluate(() => document.getElementById('root')!.children.length)).toBeGreaterThan(0);
  await crash.getByRole('button', { name: 'Reset the page' }).click();
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();

  // Crash again, then reload from the message: the saved work is restored.
  await page.getByRole('textbox', { name: 'New sample' }).fill('echo typed right before the crash');
  await page.getByRole('textbox', { name: 'New sample' }).press('Enter');
  await expect(sampleRow(page, 'echo typed right before the crash')).toBeVisible();
  const again = await drill(page, 'page');
  await Promise.all([page.waitForEvent('load'), again.getByRole('button', { name: 'Reload (your work is saved)' }).click()]);
  await expect(page.getByRole('heading', { name: 'Falco Rule Playground' })).toBeVisible();
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
  await expect(sampleRow(page, 'echo typed right before the crash')).toBeVisible();
});

test('history.replaceState throwing (Safari: SecurityError when called too often) breaks neither Share nor typing', async ({ page }) => {
  await openFresh(page);
  await page.evaluate(() => {
    const real = history.replaceState.bind(history);
    (window as unknown as { __realReplaceState: typeof real }).__realReplaceState = real;
    history.replaceState = () => { throw new DOMException('Attempt to use history.replaceState() more than 100 times per 10 seconds', 'SecurityError'); };
  });
  await addMyWork(page);
  await page.waitForTimeout(600); // the address write (debounced) has been refused by now
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this work' });
  await expect(dialog.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#v1\./);
  expect(await page.evaluate(() => document.getElementById('root')!.children.length)).toBeGreaterThan(0);
  await expect(page.locator('.panel-crash')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();

  // Once the browser accepts writes again, the next change brings the address up to date.
  await page.evaluate(() => { history.replaceState = (window as unknown as { __realReplaceState: typeof history.replaceState }).__realReplaceState; });
  const before = await page.evaluate(() => location.hash);
  await page.getByRole('textbox', { name: 'New sample' }).fill('echo after the refusal');
  await page.getByRole('textbox', { name: 'New sample' }).press('Enter');
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
  await page.reload();
  await expect(sampleRow(page, 'echo after the refusal')).toBeVisible();
  await expect(sampleRow(page, MY_SAMPLE)).toBeVisible();
});
