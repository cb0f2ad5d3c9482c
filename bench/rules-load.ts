/**
 * Load + compile time of the three upstream rules files (falco_rules, incubating, sandbox), with
 * the container plugin loaded. Prints figures; asserts nothing. Run: npx tsx bench/rules-load.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../src/engine/rules';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(repoRoot, '../shared/corpus/falcosecurity-rules');
const files = ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml']
  .map((name) => ({ name, content: readFileSync(path.join(dir, name), 'utf8') }));

const runs = 20;
const times: number[] = [];
const cpuTimes: number[] = [];
let last = loadRules(files);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  last = loadRules(files);
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  // CPU time is the figure to read on a busy machine: wall time includes waiting for a core.
  cpuTimes.push((c.user + c.system) / 1000);
}
cpuTimes.sort((a, b) => a - b);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`upstream rules (3 files, ${files.reduce((n, f) => n + f.content.length, 0)} chars): ` +
  `${last.rules.length} rules (${last.rules.filter((r) => r.enabled).length} enabled), ${last.errors.length} errors, ${last.warnings.length} warnings`);
console.log(`load+compile wall: median ${median.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms over ${runs} runs (after one warm-up)`);
console.log(`load+compile CPU:  median ${cpuTimes[Math.floor(runs / 2)].toFixed(1)} ms, min ${cpuTimes[0].toFixed(1)} ms`);
