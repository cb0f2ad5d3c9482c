/**
 * The benchmark suite behind `npm run bench`: engine figures (bench/engine.ts, in a child Node so
 * its JIT state is its own) then browser figures (bench/browser.ts: the built app under
 * `vite preview`, driven by playwright-core with Debian's Chromium). Prints every figure, writes
 * bench/RESULTS.md with the machine, and can save / compare runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserFigures } from './browser';
import { FIGURES, type Figures } from './figures';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function engineFigures(quick: boolean): Figures {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/engine.ts'), ...(quick ? ['--quick'] : [])], {
    cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`engine benchmark failed:\n${r.stderr}`);
  const json = r.stdout.split('\n').find((l) => l.startsWith('JSON '));
  if (!json) throw new Error(`engine benchmark printed no figures:\n${r.stdout}`);
  return JSON.parse(json.slice(5)) as Figures;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  let chromium = '';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = 'chromium: unknown version';
  }
  const load = os.loadavg().map((x) => x.toFixed(1)).join(' / ');
  return `${os.availableParallelism()} cores (nproc), ${cpu}, Node ${process.version}, ${chromium}, ${os.platform()} ${os.release()}; load average at the end ${load} (1/5/15 min; other work on the machine slows every figure)`;
}

function formatValue(key: string, v: number): string {
  const spec = FIGURES[key];
  const digits = spec?.digits ?? 1;
  return `${v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${spec?.unit ?? ''}`.trim();
}

function table(figures: Figures, compare: Figures | null): string[] {
  const rows = ['| figure | value | target |' + (compare ? ' ratio vs saved |' : ''), '|---|---|---|' + (compare ? '---|' : '')];
  for (const [key, v] of Object.entries(figures)) {
    const spec = FIGURES[key];
    const target = spec?.target ? `${spec.target.better === 'lower' ? '≤' : '≥'} ${formatValue(key, spec.target.value)}${meets(key, v) ? ' ✔' : ' ✘'}` : '';
    let ratio = '';
    if (compare) ratio = compare[key] ? ` ${(v / compare[key]).toFixed(2)}× |` : ' (new) |';
    rows.push(`| ${spec?.label ?? key} | ${formatValue(key, v)} | ${target} |${ratio}`);
  }
  return rows;
}

function meets(key: string, v: number): boolean {
  const t = FIGURES[key]?.target;
  if (!t) return true;
  return t.better === 'lower' ? v <= t.value : v >= t.value;
}

export async function main(args: string[]): Promise<number> {
  const quick = args.includes('--quick');
  const savePath = argValue(args, '--save');
  const comparePath = argValue(args, '--compare');
  const compare = comparePath ? (JSON.parse(readFileSync(comparePath, 'utf8')) as { figures: Figures }).figures : null;
  const figures: Figures = {};
  const started = Date.now();
  if (!args.includes('--browser-only')) {
    console.log('engine (one core) ...');
    Object.assign(figures, engineFigures(quick));
  }
  if (!args.includes('--engine-only')) {
    console.log('browser (built app, vite preview, Chromium) ...');
    Object.assign(figures, await browserFigures({ quick, log: (l) => console.log(`  ${l}`) }));
  }
  const lines = table(figures, compare);
  console.log('');
  for (const l of lines) console.log(l);
  const failed = Object.entries(figures).filter(([k, v]) => !meets(k, v)).map(([k]) => FIGURES[k]?.label ?? k);
  // A section that failed produced no figure: a target with no figure is not met.
  const wanted = Object.entries(FIGURES).filter(([k, spec]) => spec.target
    && !(args.includes('--engine-only') && k.startsWith('browser.'))
    && !(args.includes('--browser-only') && k.startsWith('engine.')));
  const missing = wanted.filter(([k]) => figures[k] === undefined).map(([, spec]) => spec.label);
  if (missing.length) console.log(`\nmissing figures (their section failed): ${missing.join('; ')}`);
  console.log(failed.length ? `\nmissed targets: ${failed.join('; ')}` : missing.length ? '' : '\nall targets met');
  const info = machine();
  console.log(`machine: ${info}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (savePath) writeFileSync(savePath, JSON.stringify({ machine: info, date: new Date().toISOString(), figures }, null, 2) + '\n');
  if (!args.includes('--no-results') && !args.includes('--engine-only') && !args.includes('--browser-only')) {
    writeResults(info, lines, quick);
  }
  return failed.length || missing.length ? 1 : 0;
}

function writeResults(info: string, lines: string[], quick: boolean): void {
  const text = `# Benchmark results

Produced by \`npm run bench\`${quick ? ' --quick' : ''} on ${new Date().toISOString().slice(0, 10)}.
Machine: ${info}.

Medians over repeated runs (see bench/run.ts, bench/engine.ts, bench/browser.ts for what each
figure measures). The upstream rules files are read from ../shared at run time.
Keystroke latency is from the keydown event in the editor to the samples table's verdicts changing
in the DOM, with keys pressed 60 ms apart (a fast typist's 16 keys a second); the "back to back"
rows press the next key the instant the verdicts change (a stress figure); "first verdicts" is from navigation start to the first verdict in the table of a fresh
profile (no service worker, no cache).

${lines.join('\n')}
`;
  writeFileSync(path.join(repoRoot, 'bench/RESULTS.md'), text);
  // The README carries the same table between its bench markers, so the figures a newcomer reads
  // are always the latest run's, with its machine.
  const readmePath = path.join(repoRoot, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a >= 0 && b > a) {
    const block = `${start}\nLatest run (${new Date().toISOString().slice(0, 10)}${quick ? ', --quick' : ''}): ${info}.\n\n${lines.join('\n')}\n`;
    writeFileSync(readmePath, readme.slice(0, a) + block + readme.slice(b));
  }
}
