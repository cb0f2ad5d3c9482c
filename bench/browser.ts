/**
 * Browser figures: builds the app into a temporary folder, serves it with `vite preview`, and
 * drives Debian's Chromium through playwright-core (headless, no sandbox, no GPU, no background
 * networking). Measured in the page itself (performance.now(), a keydown listener and a
 * MutationObserver on the table's data-verdict attributes), so the figures exclude the driver's
 * round trips.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { benchCommands } from './samples';
import type { Figures } from './figures';
import { transferSizes } from './sizes';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const UPSTREAM = ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml'];
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export interface BrowserOptions { quick: boolean; log: (line: string) => void }

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function build(outDir: string): void {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

async function preview(outDir: string, port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: repoRoot, stdio: 'ignore', detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop(child);
  throw new Error('vite preview did not start');
}

function stop(child: ChildProcess): void {
  // The preview runs in its own process group (npx → node): end that group only.
  try { if (child.pid) process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
}

const PAGE_PROBE = `
  window.__bench = { lat: [], pending: null, firstVerdictAt: null };
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'x' && e.key !== 'Backspace') return;
    const row = document.querySelector('tr[data-verdict]');
    window.__bench.pending = { t: performance.now(), before: row && row.getAttribute('data-verdict') };
  }, true);
  new MutationObserver(() => {
    const b = window.__bench;
    const row = document.querySelector('tr[data-verdict]');
    if (row && b.firstVerdictAt === null) b.firstVerdictAt = performance.now();
    const p = b.pending;
    if (!p || !row) return;
    const v = row.getAttribute('data-verdict');
    if (v !== p.before) { b.lat.push(performance.now() - p.t); b.pending = null; }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-verdict'] });
`;

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 900 } });
  await context.addInitScript(PAGE_PROBE);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bench: { firstVerdictAt: number | null } }).__bench.firstVerdictAt !== null);
  return page;
}

async function waitEditor(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__frp?.getEditorText() != null, null, { timeout: 60_000 });
}

/**
 * Keys are pressed 60 ms apart, as a fast typist's 16 keys a second arrive: that is the latency a
 * person feels. Pressing the next key the instant the verdicts change (BACK_TO_BACK) models typing
 * no one does, and charges each keystroke with the layout, paint and deferred work (hints,
 * explanation) of the one before; it is measured too, as a stress figure without a target.
 */
const TYPING_GAP_MS = 60;
const BACK_TO_BACK = 0;

/** Alternately types 'x' after `proc.name` (unknown field: every verdict becomes error) and deletes it. */
async function keystrokes(page: Page, pairs: number, gapMs: number): Promise<number[]> {
  const text = await page.evaluate(() => window.__frp!.getRulesText());
  const at = text.indexOf('proc.name') + 'proc.name'.length;
  if (at < 'proc.name'.length) throw new Error('the rules text has no proc.name to edit');
  const ok = await page.evaluate((o) => window.__frpPerf!.placeCaret(o), at);
  if (!ok) throw new Error('the editor is not ready');
  await page.evaluate(() => { (window as unknown as { __bench: { lat: number[] } }).__bench.lat = []; });
  for (let i = 0; i < pairs * 2; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    await page.waitForFunction((n) => (window as unknown as { __bench: { lat: number[] } }).__bench.lat.length >= n, i + 1, { timeout: 30_000 });
    if (gapMs > 0) await page.waitForTimeout(gapMs);
  }
  const lat = await page.evaluate(() => (window as unknown as { __bench: { lat: number[] } }).__bench.lat);
  return lat.slice(2); // the first pair warms up the JIT
}

/** Long tables render only the rows in view (src/ui/samples/useRowWindow.ts): wait for those. */
async function waitVerdicts(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('tr[data-verdict]').length >= n, Math.min(count, 30), { timeout: 120_000 });
}

/**
 * The used JS heap of every dedicated worker, after a collection. Playwright's CDP sessions attach
 * to pages only, so this goes through the browser's session and the (non-flat) Target messages.
 */
async function workerHeapsMb(browser: Browser): Promise<number> {
  const bs = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await bs.send('Target.getTargets');
    let total = 0;
    for (const t of targetInfos.filter((x) => x.type === 'worker')) {
      const { sessionId } = await bs.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
      const call = (id: number, method: string) => new Promise<Record<string, unknown>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker ${method}: no answer`)), 20_000);
        const onMessage = (m: { sessionId?: string; message: string }) => {
          const msg = JSON.parse(m.message) as { id?: number; result?: Record<string, unknown> };
          if (m.sessionId === sessionId && msg.id === id) {
            clearTimeout(timer);
            bs.off('Target.receivedMessageFromTarget', onMessage);
            resolve(msg.result ?? {});
          }
        };
        bs.on('Target.receivedMessageFromTarget', onMessage);
        void bs.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
      await call(1, 'HeapProfiler.collectGarbage');
      const usage = await call(2, 'Runtime.getHeapUsage');
      total += Number(usage.usedSize ?? 0) / (1024 * 1024);
      await bs.send('Target.detachFromTarget', { sessionId });
    }
    return total;
  } finally {
    await bs.detach();
  }
}

/** Runs one measurement; a failure is reported and the other figures are still produced. */
async function section(name: string, opts: BrowserOptions, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    opts.log(`${name}: FAILED (${(e as Error).message.split('\n')[0]})`);
  }
}

export async function browserFigures(opts: BrowserOptions): Promise<Figures> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'frp-bench-'));
  const figures: Figures = {};
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    opts.log('building the app ...');
    build(outDir);
    const sizes = transferSizes(outDir);
    figures['browser.first_verdict_js_gzip_kb'] = sizes.firstJs;
    figures['browser.app_total_gzip_kb'] = sizes.total;
    figures['browser.monaco_lazy_gzip_kb'] = sizes.lazy;
    const port = 4600 + Math.floor(Math.random() * 300);
    server = await preview(outDir, port);
    const url = `http://127.0.0.1:${port}/`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });

    const firsts: number[] = [];
    for (let i = 0; i < (opts.quick ? 3 : 7); i++) {
      const page = await freshPage(browser, url);
      firsts.push(await page.evaluate(() => (window as unknown as { __bench: { firstVerdictAt: number } }).__bench.firstVerdictAt));
      await page.context().close();
    }
    figures['browser.first_verdicts_ms'] = median(firsts);
    opts.log(`first verdicts: ${firsts.map((x) => x.toFixed(0)).join(', ')} ms`);

    const pairs = opts.quick ? 12 : 40;
    const b = browser;
    await section('seed, 200 samples', opts, async () => {
      const page = await freshPage(b, url);
      await waitEditor(page);
      await page.evaluate((c) => window.__frpPerf!.setSampleCommands(c), benchCommands(200));
      await waitVerdicts(page, 200);
      const lat = await keystrokes(page, pairs, TYPING_GAP_MS);
      figures['browser.keystroke_ms.seed200.median'] = median(lat);
      figures['browser.keystroke_ms.seed200.p95'] = percentile(lat, 95);
      const burst = await keystrokes(page, pairs, BACK_TO_BACK);
      figures['browser.keystroke_ms.seed200.burst_p95'] = percentile(burst, 95);
      opts.log(`seed, 200 samples: ${lat.length} + ${burst.length} keystrokes`);
      await page.context().close();
    });
    await section('upstream base, 1,000 samples', opts, async () => {
      const files = UPSTREAM.map((name) => ({ name, content: readFileSync(path.resolve(repoRoot, '../shared/corpus/falcosecurity-rules', name), 'utf8') }));
      const page = await freshPage(b, url);
      await waitEditor(page);
      await page.evaluate((f) => window.__frpPerf!.setBaseFiles(f), files);
      await page.evaluate((c) => window.__frpPerf!.setSampleCommands(c), benchCommands(1000));
      await page.waitForFunction(() => window.__frpPerf!.lastWorkerMs() !== null, null, { timeout: 120_000 });
      await waitVerdicts(page, 1000);
      const lat = await keystrokes(page, pairs, TYPING_GAP_MS);
      figures['browser.keystroke_ms.upstream1000.median'] = median(lat);
      figures['browser.keystroke_ms.upstream1000.p95'] = percentile(lat, 95);
      const burst = await keystrokes(page, pairs, BACK_TO_BACK);
      figures['browser.keystroke_ms.upstream1000.burst_p95'] = percentile(burst, 95);
      opts.log(`upstream base, 1,000 samples: ${lat.length} + ${burst.length} keystrokes`);
      await page.context().close();
    });
    await section('heap, 10,000 samples', opts, async () => {
      const page = await freshPage(b, url);
      await page.evaluate((c) => window.__frpPerf!.setSampleCommands(c), benchCommands(10_000));
      // The worker answers, then every row shows its verdict.
      await page.waitForFunction(() => window.__frpPerf!.lastWorkerMs() !== null, null, { timeout: 300_000 });
      await waitVerdicts(page, 10_000);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      figures['browser.heap_mb.samples10000'] = heap.usedSize / (1024 * 1024);
      // With 10,000 samples the analysis runs in a Web Worker, whose heap the page's does not
      // include: count it too, or the figure would hide where the work lives.
      const workers = await workerHeapsMb(b);
      figures['browser.heap_mb.samples10000.workers'] = workers;
      figures['browser.heap_mb.samples10000.total'] = figures['browser.heap_mb.samples10000'] + workers;
      await page.context().close();
    });
  } finally {
    await browser?.close();
    if (server) stop(server);
    rmSync(outDir, { recursive: true, force: true });
  }
  return figures;
}
