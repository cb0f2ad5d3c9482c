import type { Page } from '@playwright/test';

/**
 * From the page's first script on, records every verdict each row shows (its data-verdict values
 * in order, per command line), so a test can check that no row ever showed a verdict it did not
 * keep. Call before page.goto.
 */
export async function recordVerdicts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Record<string, string[]> = {};
    (window as unknown as { __verdictsSeen: typeof seen }).__verdictsSeen = seen;
    new MutationObserver(() => {
      for (const row of document.querySelectorAll('tr[data-sample-id]')) {
        const v = row.getAttribute('data-verdict');
        const command = row.querySelector('.col-command code')?.textContent ?? '';
        if (!v) continue;
        const list = (seen[command] ??= []);
        if (list[list.length - 1] !== v) list.push(v);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-verdict'] });
  });
}

export async function verdictsSeen(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => (window as unknown as { __verdictsSeen: Record<string, string[]> }).__verdictsSeen);
}
