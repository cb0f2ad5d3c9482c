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
