import { expect, test } from '@playwright/test';
import { openFresh } from './helpers';

test('no request leaves the page origin (Monaco and its worker are bundled)', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('worker', (w) => requests.push(w.url()));
  await openFresh(page);
  // Exercise the editor so lazily created workers and fonts are requested too.
  await page.getByRole('textbox', { name: 'Rules file editor' }).focus();
  await page.keyboard.press('End');
  await expect.poll(() => requests.length).toBeGreaterThan(3);

  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
});
