import { expect, test } from '@playwright/test';
import { openFresh, sampleRow, samplesTable, SEED_COMMANDS } from './helpers';

test('adding a sample, editing it inline, and undoing an edit with Escape', async ({ page }) => {
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('ip6tables --flush');
  await add.press('Enter');
  const added = sampleRow(page, 'ip6tables --flush');
  await expect(added).toHaveAttribute('data-verdict', 'match');
  await expect(add).toHaveValue('');

  // Inline edit: every keystroke re-evaluates; Enter keeps the edit.
  await added.getByRole('button', { name: 'ip6tables --flush', exact: true }).click();
  const input = samplesTable(page).getByRole('textbox', { name: 'Command line' });
  await input.fill('ip6tables -L');
  await input.press('Enter');
  const edited = sampleRow(page, 'ip6tables -L');
  await expect(edited).toHaveAttribute('data-verdict', 'miss');

  // Escape puts back the text from before the edit.
  await edited.getByRole('button', { name: 'ip6tables -L', exact: true }).click();
  await samplesTable(page).getByRole('textbox', { name: 'Command line' }).fill('ip6tables -X');
  await samplesTable(page).getByRole('textbox', { name: 'Command line' }).press('Escape');
  await expect(sampleRow(page, 'ip6tables -L')).toHaveAttribute('data-verdict', 'miss');

  // Duplicate and delete.
  await sampleRow(page, 'ip6tables -L').getByRole('button', { name: 'Duplicate ip6tables -L' }).click();
  await expect(sampleRow(page, 'ip6tables -L')).toHaveCount(2);
  await sampleRow(page, 'ip6tables -L').first().getByRole('button', { name: 'Delete ip6tables -L' }).click();
  await expect(sampleRow(page, 'ip6tables -L')).toHaveCount(1);
});

test('pasting several lines adds several samples', async ({ page }) => {
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.focus();
  await add.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'iptables -X\n\nservice auditd stop\nls -la\n');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(samplesTable(page).getByRole('row')).toHaveCount(SEED_COMMANDS.length + 3 + 1);
  await expect(sampleRow(page, 'iptables -X')).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, 'ls -la')).toHaveAttribute('data-verdict', 'miss');

  // The YAML holds what the person wrote, no made-up ids (the seed rows have none either),
  // even once a row above has been deleted and the rest moved up.
  await sampleRow(page, SEED_COMMANDS[0]).getByRole('button', { name: `Delete ${SEED_COMMANDS[0]}` }).click();
  await sampleRow(page, 'ls -la').click();
  await page.getByRole('button', { name: 'Samples as YAML' }).click();
  const yaml = page.getByRole('textbox', { name: 'Samples as YAML' });
  await expect(yaml).toHaveValue(/service auditd stop/);
  expect(await yaml.inputValue()).not.toMatch(/\bid:/);
  // Editing the YAML keeps each row its identity: the selection stays on `ls -la`.
  await yaml.fill((await yaml.inputValue()).replace('iptables -X', 'iptables -X -t nat'));
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(sampleRow(page, 'iptables -X -t nat')).toBeVisible();
  await expect(sampleRow(page, 'ls -la')).toHaveAttribute('aria-current', 'true');
});

test('a sample with an unterminated quote shows its own error and the page keeps working', async ({ page }) => {
  await openFresh(page);
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('echo "unterminated');
  await add.press('Enter');
  const row = samplesTable(page).getByRole('row').filter({ hasText: 'unterminated' });
  await expect(row).toHaveAttribute('data-verdict', 'error');
  await expect(row.getByRole('note')).toBeVisible();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
});

test('the context editor changes where a sample ran', async ({ page }) => {
  await openFresh(page);
  const row = sampleRow(page, SEED_COMMANDS[0]);
  await row.getByRole('button', { name: `Context of ${SEED_COMMANDS[0]}` }).click();
  const context = page.getByRole('group', { name: `Context of ${SEED_COMMANDS[0]}` });
  await context.getByRole('textbox', { name: 'Working directory' }).fill('/tmp');
  await expect(row).toContainText('cwd: /tmp');
  await context.getByRole('button', { name: 'Done' }).click();
  await expect(context).toBeHidden();
});

test('the script switch of a sample: service reaches Falco through /bin/sh unless switched off', async ({ page }) => {
  await openFresh(page);
  // The reviewer's fix anchors the service block on `startswith "falco "`, which the interpreter
  // form (`/usr/sbin/service falco stop`) misses; as a binary the same command line matches.
  await page.evaluate(() => window.__frp!.setRulesText(window.__frp!.seedFixedRulesText()));
  const add = page.getByRole('textbox', { name: 'New sample' });
  await add.fill('service falco stop');
  await add.press('Enter');
  const row = sampleRow(page, 'service falco stop');
  await expect(row).toHaveAttribute('data-verdict', 'miss');
  await row.getByRole('button', { name: 'Context of service falco stop' }).click();
  const context = page.getByRole('group', { name: 'Context of service falco stop' });
  await context.getByRole('combobox', { name: 'Scripts' }).selectOption('off');
  await expect(row).toHaveAttribute('data-verdict', 'match');
  await expect(row).toContainText('not as a script');
  await context.getByRole('combobox', { name: 'Scripts' }).selectOption('auto');
  await expect(row).toHaveAttribute('data-verdict', 'miss');
});

test('keyboard: Alt+N focuses the new-sample box, Alt+Down selects samples', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('heading', { name: 'Falco Rule Playground' }).click();
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('textbox', { name: 'New sample' })).toBeFocused();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('complementary', { name: 'Sample details' })).toContainText(SEED_COMMANDS[2]);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('aria-current', 'true');
});

test('the samples YAML view edits the same samples', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Samples as YAML' }).click();
  const yaml = page.getByRole('textbox', { name: 'Samples as YAML' });
  await expect(yaml).toHaveValue(/iptables -F/);
  const text = await yaml.inputValue();
  await yaml.fill(text.replace('iptables -F', 'iptables -L'));
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(sampleRow(page, 'iptables -L')).toHaveAttribute('data-verdict', 'miss');
});

test('the samples YAML view lists its problems readably, in a monospace editor', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Samples as YAML' }).click();
  const yaml = page.getByRole('textbox', { name: 'Samples as YAML' });
  expect(await yaml.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono/i);
  await yaml.fill('samples:\n  - command: "unterminated\n');
  const problems = page.getByRole('list', { name: 'Problems in the samples YAML' });
  const message = problems.locator('.problem-message').first();
  await expect(message).toBeVisible();
  // The message had been squeezed into a one-character column (the icon cell was missing).
  const box = (await message.boundingBox())!;
  expect(box.width).toBeGreaterThan(200);
  expect(box.height).toBeLessThan(60);
  await expect(problems.locator('.problem-icon').first()).toBeVisible();
});
