import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { openFresh } from './helpers';

const require = createRequire(import.meta.url);

test('no serious accessibility violations (axe-core), light and dark', async ({ page }) => {
  await openFresh(page);
  // Evaluated rather than added as a <script>: the app's CSP (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const run = () => page.evaluate(async () => {
    // Monaco's own DOM is third-party; we check everything we render around it.
    const result = await (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run({ exclude: [['.monaco-editor']] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(await run()).toEqual([]);
  await page.getByRole('button', { name: /Theme:/ }).click(); // system → light
  await page.getByRole('button', { name: /Theme:/ }).click(); // light → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await run()).toEqual([]);
});

test('no serious accessibility violations in the dialogs, the Hints tab, the explanation and a lesson', async ({ page }) => {
  await openFresh(page);
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const check = async (what: string) => {
    const found = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } })
        .axe.run({ exclude: [['.monaco-editor']] }, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(found, what).toEqual([]);
  };
  const closeDialog = async (name: string | RegExp) => {
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name })).toBeHidden();
  };

  // The explanation of the selected row (shown on the main screen) with a macro opened.
  const explanation = page.getByRole('region', { name: 'Explanation' });
  await expect(explanation).toBeVisible();
  const toggle = explanation.locator('button[aria-expanded="false"]').first();
  if (await toggle.count()) await toggle.click();
  await check('explanation');

  await page.getByRole('tab', { name: /Hints/ }).click();
  await check('hints tab');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Share this work' })).toBeVisible();
  await check('share dialog');
  await closeDialog('Share this work');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('dialog').first()).toBeVisible();
  await check('import dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await check('shortcuts dialog');
  await closeDialog('Keyboard shortcuts');

  await page.getByRole('button', { name: /^Add exception for / }).first().click();
  await expect(page.getByRole('dialog', { name: /Add an exception/ })).toBeVisible();
  await check('add exception dialog');
  await closeDialog(/Add an exception/);

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Lessons' })).toBeVisible();
  await check('lessons menu');
  await page.getByRole('dialog', { name: 'Lessons' }).getByRole('button').filter({ hasText: 'stopwatch' }).click();
  const banner = page.getByRole('region', { name: /^Lesson: / });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Hint' }).click();
  await check('lesson banner');

  await page.getByRole('button', { name: /Theme:/ }).click(); // system → light
  await page.getByRole('button', { name: /Theme:/ }).click(); // light → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await check('lesson banner, dark');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await check('shortcuts dialog, dark');
});
