/**
 * Engine figures for `npm run bench` (bin/bench.mjs runs this with tsx and reads the JSON line it
 * prints last). Everything is measured on one core, as medians over repeated runs:
 *  - load+compile of the three upstream rules files (read from ../shared at run time, never copied);
 *  - rule evaluations per second: every upstream rule over 1,000 varied samples, and the seed rule
 *    alone over the same samples;
 *  - compile time per condition character over the upstream condition cases of the oracle;
 *  - re-analysis after a one-character edit of the user's rules file (what every keystroke costs):
 *    with the three upstream files as base and 1,000 samples, and with the seed rule on the stock
 *    base and 200 samples. Each measured keystroke types one more character into a string of the
 *    seed rule's condition, so every text is new: no cache of a whole result can answer it, only
 *    what the edit left unchanged can be reused.
 * Run alone: npx tsx bench/engine.ts [--quick]
 */
import '../src/engine/eval/re2-install';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules, type LoadedRule } from '../src/engine/rules';
import { analyze, type BaseChoice } from '../src/engine/analyze';
import { parseCondition } from '../src/engine/condition';
import { compileCondition } from '../src/engine/eval';
import { sampleToEvent } from '../src/engine/sample';
import { SEED_RULES_YAML, SEED_RULE_NAME } from '../src/engine/sample/seed';
import { STOCK_RULES_FILE } from '../src/engine/base/stock';
import type { FalcoEvent } from '../src/engine/event/types';
import { benchSamples } from './samples';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const quick = process.argv.includes('--quick');

export const UPSTREAM_FILES = ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRuns(runs: number, fn: () => void): number[] {
  fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const files = UPSTREAM_FILES.map((name) => ({ name, content: readFileSync(path.join(shared, 'corpus/falcosecurity-rules', name), 'utf8') }));
const figures: Record<string, number> = {};
const lines: string[] = [];

// 1. load+compile, growing set of files as Falco loads them (-r a -r b -r c). Every set is loaded
// a few times before any is timed, so the first set measured does not absorb the JIT's warm-up.
for (let w = 0; w < 3; w++) for (let n = 1; n <= files.length; n++) loadRules(files.slice(0, n), { plugins: 'container' });
for (let n = 1; n <= files.length; n++) {
  const set = files.slice(0, n);
  const times = timeRuns(quick ? 3 : 15, () => { loadRules(set, { plugins: 'container' }); });
  const key = `engine.load_ms.${n}_files`;
  figures[key] = median(times);
  lines.push(`load+compile ${set.map((f) => f.name).join(' + ')}: median ${figures[key].toFixed(1)} ms`);
}
const upstream = loadRules(files, { plugins: 'container' });
const upstreamRules = upstream.rules.filter((r) => r.filter && !r.error);
lines.push(`  (${upstream.rules.length} rules, ${upstreamRules.length} compiled, ${upstream.errors.length} errors)`);

// 2. evaluations per second over 1,000 varied samples (events built once, as the app caches them).
const samples = benchSamples(1000);
const events: FalcoEvent[] = [];
for (const s of samples) {
  const r = sampleToEvent(s);
  if (r.ok) events.push(r.event);
}

function evalRate(rules: LoadedRule[], seconds: number): { rate: number; matches: number } {
  const filters = rules.map((r) => r.filter!);
  let n = 0;
  let matches = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (const ev of events) for (const f of filters) if (f.evaluate(ev)) matches++;
    n += events.length * filters.length;
  }
  return { rate: n / ((performance.now() - t0) / 1000), matches };
}

const rateRuns = quick ? 1 : 5;
{
  evalRate(upstreamRules, 0.3);
  const rates = Array.from({ length: rateRuns }, () => evalRate(upstreamRules, quick ? 0.3 : 1).rate);
  figures['engine.evals_per_s.upstream'] = median(rates);
  lines.push(`all upstream rules × ${events.length} samples: median ${fmtRate(figures['engine.evals_per_s.upstream'])} evaluations/s`);
}
{
  const seedLoad = loadRules([STOCK_RULES_FILE, { name: 'rules.yaml', content: SEED_RULES_YAML }], { plugins: 'container' });
  const seed = seedLoad.rules.filter((r) => r.name === SEED_RULE_NAME && r.filter);
  if (seed.length !== 1) throw new Error('the seed rule did not compile');
  evalRate(seed, 0.3);
  const rates = Array.from({ length: rateRuns }, () => evalRate(seed, quick ? 0.3 : 1).rate);
  figures['engine.evals_per_s.seed'] = median(rates);
  const matches = evalRate(seed, 0.05).matches > 0;
  lines.push(`seed rule × ${events.length} samples: median ${fmtRate(figures['engine.evals_per_s.seed'])} evaluations/s (target ≥ 4,000,000/s; matches some: ${matches})`);
}

// 2b. The seed rule with nothing remembered between evaluations (bench/engine-fresh.ts, in its own
// process: here the upstream rules' evaluations have already shaped the JIT's caches).
{
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/engine-fresh.ts'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8' });
  const json = r.stdout.split('\n').find((l) => l.startsWith('JSON '));
  if (r.status !== 0 || !json) throw new Error(`bench/engine-fresh.ts failed: ${r.stderr}`);
  figures['engine.evals_per_s.seed_fresh'] = (JSON.parse(json.slice(5)) as { rate: number }).rate;
  lines.push(`seed rule, fields extracted afresh each evaluation: median ${fmtRate(figures['engine.evals_per_s.seed_fresh'])} evaluations/s`);
}

// 3. compile time per condition character (parse + compile to closures), upstream condition cases.
{
  const conditions = readFileSync(path.join(shared, 'oracle/upstream.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { condition: string }).map((c) => c.condition);
  const unique = [...new Set(conditions)];
  const chars = unique.reduce((n, c) => n + c.length, 0);
  const times = timeRuns(quick ? 3 : 11, () => {
    for (const c of unique) {
      const p = parseCondition(c);
      if (p.ok) compileCondition(p.ast, { plugins: 'container' });
    }
  });
  figures['engine.compile_us_per_char'] = (median(times) * 1000) / chars;
  lines.push(`compile (parse + closures) of ${unique.length} upstream conditions, ${chars} chars: ` +
    `median ${figures['engine.compile_us_per_char'].toFixed(3)} µs/char (libsinsp ≈ 0.25 µs/char)`);
}

// 4. re-analysis after a one-character edit (the keystroke path of the app: analyze()).
{
  const at = SEED_RULES_YAML.indexOf('"auditd"') + '"auditd'.length;
  const typed = 'abcdefghijklmnopqrstuvwxyz';
  /** The seed rules text after typing n characters into the string "auditd" of its condition. */
  const afterTyping = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += typed[(i * 7) % typed.length];
    return SEED_RULES_YAML.slice(0, at) + s + SEED_RULES_YAML.slice(at);
  };
  const scenarios: { key: string; label: string; base: BaseChoice; samples: number }[] = [
    { key: 'engine.reanalyze_ms.upstream1000', label: 'upstream base + 1,000 samples', base: { files }, samples: 1000 },
    { key: 'engine.reanalyze_ms.seed200', label: 'seed rule + 200 samples', base: 'stock', samples: 200 },
  ];
  for (const sc of scenarios) {
    const samples = benchSamples(sc.samples);
    const keystrokes = quick ? 30 : 120;
    const times: number[] = [];
    // Keystroke 0 is the first analysis (cold); a few more warm the JIT before measuring.
    for (let n = 0; n <= keystrokes + 10; n++) {
      const t0 = performance.now();
      const a = analyze({ rulesText: afterTyping(n), base: sc.base, samples, plugins: 'container' });
      const ms = performance.now() - t0;
      if (a.samples.length !== sc.samples || a.rules.length !== 1 || a.rules[0].error) throw new Error(`re-analysis of ${sc.label} went wrong`);
      if (n > 10) times.push(ms);
    }
    figures[sc.key] = median(times);
    lines.push(`re-analysis after a one-character edit, ${sc.label}: median ${figures[sc.key].toFixed(2)} ms over ${times.length} keystrokes`);
  }
}

// 5. The `eval` command over 20,000 condition cases (the oracle's, repeated), as a user runs it:
// one process, standard input to standard output (issue 3: "well under a minute").
{
  const cases = ['seed', 'grammar', 'operators', 'fields', 'errors', 'upstream']
    .flatMap((f) => readFileSync(path.join(shared, `oracle/${f}.jsonl`), 'utf8').split('\n').filter(Boolean));
  const input: string[] = [];
  for (let i = 0; input.length < 20_000; i++) input.push(cases[i % cases.length]);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/falco-rule-playground.mjs'), 'eval'], {
    input: input.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - t0) / 1000;
  const answered = r.stdout.split('\n').filter(Boolean).length;
  if (r.status !== 0 || answered !== input.length) throw new Error(`eval answered ${answered} of ${input.length} cases (exit ${r.status}): ${r.stderr}`);
  figures['engine.cli_eval_s.cases20000'] = seconds;
  lines.push(`eval CLI, ${input.length} condition cases: ${seconds.toFixed(2)} s (process start included)`);
}

function fmtRate(r: number): string {
  return Math.round(r).toLocaleString('en-US');
}

for (const l of lines) console.log(l);
console.log(`JSON ${JSON.stringify(figures)}`);
