import { expect, test, type Page } from '@playwright/test';
import { getRulesText, openFresh, setRulesText } from './helpers';

// The Falco language support inside Monaco, driven with the keyboard as a person would.

const FILE = [
  '- macro: my_shell',
  '  condition: proc.name in (bash, sh)',
  '',
  '- rule: r',
  '  desc: d',
  '  condition: spawned_process and my_shell',
  '  output: o',
  '  priority: WARNING',
  '',
].join('\n');

/** Puts the editor's cursor at a 1-based line and column (lines here are short: no wrapping). */
async function cursorAt(page: Page, line: number, column: number) {
  await page.getByRole('textbox', { name: 'Rules file editor' }).focus();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  for (let i = 1; i < column; i++) await page.keyboard.press('ArrowRight');
}

test('typing "proc." in a condition opens completion with proc.name', async ({ page }) => {
  await openFresh(page);
  await setRulesText(page, FILE.replace('spawned_process and my_shell', 'spawned_process and '));
  await cursorAt(page, 6, 1);
  await page.keyboard.press('End');
  await page.keyboard.type('proc.');
  const suggest = page.locator('.monaco-editor .suggest-widget');
  await expect(suggest).toBeVisible();
  await expect(suggest.locator('.monaco-list-row').first()).toContainText('proc.');
  // Narrow the list the way a person does; proc.name is offered and accepted with Enter.
  await page.keyboard.type('nam');
  await expect(suggest.locator('.monaco-list-row', { hasText: 'proc.name' }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => getRulesText(page)).toContain('condition: spawned_process and proc.name');
});

test('hovering a field shows its description', async ({ page }) => {
  await openFresh(page);
  await setRulesText(page, FILE);
  await cursorAt(page, 2, 17); // inside "proc.name"
  // Ctrl+K Ctrl+I: the keyboard way to show the hover.
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.press('ControlOrMeta+i');
  const hover = page.locator('.monaco-editor .monaco-hover').filter({ hasText: 'proc.name' });
  await expect(hover.first()).toBeVisible();
  await expect(hover.first()).toContainText('Process name');

  // And with the mouse: hovering the token shows the same.
  await page.keyboard.press('Escape');
  // (view-line elements are recycled by Monaco, so the line is found by its text, not its index)
  const line = page.locator('.monaco-editor .view-line').filter({ hasText: 'condition: proc.name in (bash, sh)' });
  const token = line.getByText('proc.name', { exact: false });
  await token.first().hover();
  await expect(page.locator('.monaco-editor .monaco-hover').filter({ hasText: 'Process name' }).first()).toBeVisible();
});

test('F12 on a macro moves the cursor to its definition', async ({ page }) => {
  await openFresh(page);
  await setRulesText(page, FILE);
  await cursorAt(page, 6, 37); // inside "my_shell" in the rule's condition
  await page.keyboard.press('F12');
  // Where the cursor went is where a typed character lands: the macro's line, not the rule's.
  await expect.poll(async () => {
    await page.keyboard.type('Q');
    const text = await getRulesText(page);
    if (text !== FILE) await page.keyboard.press('ControlOrMeta+z');
    return text.split('\n').map((l, i) => (l !== FILE.split('\n')[i] ? i + 1 : 0)).filter(Boolean);
  }, { timeout: 5000 }).toEqual([1]);
});

test('Enter after typing `and` at the end of a line starts a new line', async ({ page }) => {
  await openFresh(page);
  await setRulesText(page, FILE);
  await cursorAt(page, 6, 1);
  await page.keyboard.press('End');
  // Typed key by key: the suggestions open on the blank and narrow as `and` is typed.
  await page.keyboard.type(' and proc.name = systemctl and', { delay: 30 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('x');
  await expect.poll(() => getRulesText(page)).toContain('condition: spawned_process and my_shell and proc.name = systemctl and\n');
  const text = await getRulesText(page);
  expect(text).not.toContain('systemctl and and');
  expect(text).toMatch(/systemctl and\n\s*x/);
});

test('go to definition reaches into the read-only base ruleset (F12 and Ctrl-click)', async ({ page }) => {
  await openFresh(page);
  await setRulesText(page, FILE);
  await cursorAt(page, 6, 16); // inside "spawned_process", defined in the base file
  await page.keyboard.press('F12');
  const peek = page.locator('.monaco-editor .peekview-widget');
  await expect(peek).toBeVisible();
  await expect(peek).toContainText('falco_stock_macros.yaml');
  await expect(peek).toContainText('- macro: spawned_process');
  await expect(peek).toContainText('evt.type in (execve, execveat)');
  await page.keyboard.press('Escape');
  await expect(peek).toBeHidden();
  expect(await getRulesText(page)).toBe(FILE);

  // The mouse way: Ctrl/Cmd-click on the name. (By coordinates: with the modifier held Monaco
  // redraws the token as a link, so a locator click keeps losing its element.)
  await page.keyboard.press('ControlOrMeta+Home');
  const line = page.locator('.monaco-editor .view-line').filter({ hasText: 'condition: spawned_process and my_shell' });
  const box = (await line.getByText('spawned_process').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('ControlOrMeta');
  await page.mouse.down();
  await page.mouse.up();
  await page.keyboard.up('ControlOrMeta');
  await expect(peek).toBeVisible();
  await expect(peek).toContainText('- macro: spawned_process');
});
