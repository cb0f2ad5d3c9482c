// Screenshots of the built app for a human look (not a test): node e2e/screenshots.mjs [baseURL]
// Expects `vite preview` on 127.0.0.1:4173 (npm run build && npx vite preview --port 4173 --host 127.0.0.1).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.env.SHOTS_DIR ?? '/tmp/shots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

async function shot(name, { colorScheme = 'light', width = 1440, height = 900, act } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
  await page.goto(base);
  await page.waitForFunction(() => window.__frp?.getEditorText() != null, null, { timeout: 30000 });
  await page.waitForTimeout(400); // let Monaco paint tokens; this is a screenshot script, not a test
  if (act) await act(page);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
  console.log(`${out}/${name}.png`);
}

await shot('first-open-light');
await shot('first-open-dark', { colorScheme: 'dark' });
await shot('fixed', {
  act: async (p) => {
    await p.evaluate(() => window.__frp.setRulesText(window.__frp.seedFixedRulesText()));
    await p.waitForTimeout(300);
  },
});
await shot('error', {
  act: async (p) => {
    await p.evaluate(() => window.__frp.setRulesText(window.__frp.getRulesText().replace('proc.name in', 'proc.nmae in')));
    await p.waitForTimeout(500);
  },
});
await shot('context', {
  act: async (p) => {
    await p.getByRole('button', { name: 'Context of iptables -F' }).click();
    await p.getByRole('textbox', { name: 'New sample' }).fill('ip6tables --flush');
    await p.getByRole('textbox', { name: 'New sample' }).press('Enter');
    await p.waitForTimeout(200);
  },
});
await shot('narrow', { width: 820, height: 1000 });
await shot('laptop', { width: 1280, height: 760 });
await browser.close();
