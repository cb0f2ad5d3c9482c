/** A long samples table renders only the rows in view, and scrolling reaches every sample. */
import { expect, test } from '@playwright/test';
import { openFresh, sampleRow, samplesTable } from './helpers';

test('2,000 samples: only rows near the view are rendered; scrolling shows the last one with its verdict', async ({ page }) => {
  await openFresh(page);
  await page.evaluate(() => window.__frpPerf!.setSampleCommands(
    Array.from({ length: 2000 }, (_, i) => (i % 2 ? `iptables -F --wait ${i}` : `ls /tmp/${i}`))));
  const table = samplesTable(page);
  await expect(table.locator('tr[data-verdict="match"]').first()).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '2001');
  const rendered = await table.locator('tr[data-sample-id]').count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(300);
  await table.evaluate((t) => { t.parentElement!.scrollTop = t.parentElement!.scrollHeight; });
  await expect(sampleRow(page, 'iptables -F --wait 1999')).toHaveAttribute('data-verdict', 'match');
  await expect(sampleRow(page, 'ls /tmp/1998')).toHaveAttribute('data-verdict', 'miss');
});
