/**
 * The built app (dist/) served from a sub-path by a tiny static server of our own, then offline:
 * after the first visit the service worker serves the page, its scripts, the analysis worker and
 * Monaco with the network off. Also checks the Content-Security-Policy does not block anything.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { SEED_COMMANDS, sampleRow, waitForEditor } from './helpers';

const SUB_PATH = '/falco-rule-playground/';
const distDir = path.resolve(process.env.E2E_OUT_DIR ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf', '.json': 'application/json', '.woff2': 'font/woff2',
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(SUB_PATH)) { res.writeHead(404).end('outside the sub-path'); return; }
    let rel = decodeURIComponent(url.pathname.slice(SUB_PATH.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(distDir, rel);
    if (!file.startsWith(distDir + path.sep)) { res.writeHead(403).end(); return; }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('served from a sub-path, the app works, then works offline after the first visit', async ({ page, context }) => {
  const failures: string[] = [];
  const cspViolations: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text()); });

  await page.goto(`${origin}${SUB_PATH}`);
  await expect(page.getByRole('heading', { name: 'Falco Rule Playground' })).toBeVisible();
  for (const command of SEED_COMMANDS) await expect(sampleRow(page, command)).toHaveAttribute('data-verdict', 'match');
  await waitForEditor(page);
  expect(failures).toEqual([]);
  expect(cspViolations).toEqual([]);

  // The service worker has installed (precached the build) and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  expect(scope).toBe(`${origin}${SUB_PATH}`);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Falco Rule Playground' })).toBeVisible();
  for (const command of SEED_COMMANDS) await expect(sampleRow(page, command)).toHaveAttribute('data-verdict', 'match');
  await waitForEditor(page);
  // Editing still recomputes verdicts offline.
  const fixed = await page.evaluate(() => window.__frp!.seedFixedRulesText());
  await page.evaluate((t) => window.__frp!.setRulesText(t), fixed);
  await expect(sampleRow(page, SEED_COMMANDS[2])).toHaveAttribute('data-verdict', 'miss');
  // The parts drawn after the first verdicts come from the cache too: RE2, a dialog, the linter.
  const withRegex = fixed.replace('proc.name in (iptables, ip6tables)', 'proc.name regex "ip6?tables"');
  expect(withRegex).not.toBe(fixed);
  await page.evaluate((t) => window.__frp!.setRulesText(t), withRegex);
  await expect(page.getByText('Falco loads this file without errors or warnings.')).toBeVisible();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Import' })).toContainText('Command lines');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: /^Hints/ }).click();
  await expect(page.getByRole('tab', { name: /^Hints \d+$/ })).toBeVisible();
  expect(cspViolations).toEqual([]);
});

test('offline, a large sample list is analysed by the worker (served from the cache)', async ({ page, context }) => {
  await page.goto(`${origin}${SUB_PATH}`);
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(sampleRow(page, SEED_COMMANDS[0])).toHaveAttribute('data-verdict', 'match');
  // 600 samples is above the inline limit: the analysis goes to the (cached) worker script.
  await page.evaluate(() => window.__frpPerf!.addSamples(Array.from({ length: 600 }, (_, i) => (i % 2 ? `iptables -F # ${i}` : `ls /tmp/${i}`))));
  const table = page.getByRole('table', { name: 'Samples' });
  await expect(table.locator('tr[data-verdict="match"]').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__frpPerf!.lastWorkerMs())).not.toBeNull();
});
