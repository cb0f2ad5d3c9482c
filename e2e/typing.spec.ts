import { expect, test } from '@playwright/test';
import { openFresh, sampleRow, SEED_COMMANDS } from './helpers';

// The one test that types into Monaco for real (the others seed text through window.__frp).
test('typing into Monaco with the keyboard re-evaluates on each keystroke', async ({ page }) => {
  await openFresh(page);
  const editor = page.getByRole('textbox', { name: 'Rules file editor' });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // One flow-style line: no Enter, so auto-indent cannot interfere. Monaco closes the `{` itself.
  await page.keyboard.type('- {rule: typed, desc: d, condition: proc.name = iptables, output: o, priority: WARNING');
  await expect.poll(() => page.evaluate(() => window.__frp!.getRulesText()))
    .toBe('- {rule: typed, desc: d, condition: proc.name = iptables, output: o, priority: WARNING}');
  await expect(page.getByRole('combobox', { name: 'Rule', exact: true })).toHaveValue('typed');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, SEED_COMMANDS[1])).toHaveAttribute('data-verdict', 'miss');

  // One more keystroke: `iptables` → `iptable`, and the first row misses too.
  await page.keyboard.press('ControlOrMeta+End');
  for (const _ of ', output: o, priority: WARNING}') await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect.poll(() => page.evaluate(() => window.__frp!.getRulesText())).toContain('proc.name = iptable,');
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'miss');
});
