/**
 * Evaluations per second of the seed rule (first case of ../shared/oracle/seed.jsonl) on one core.
 * Prints figures only. Run: npx tsx bench/engine-eval.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCondition } from '../src/engine/condition';
import { compileCondition } from '../src/engine/eval';
import { fromOracleEvent } from '../src/engine/event';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lines = readFileSync(path.resolve(repoRoot, '../shared/oracle/seed.jsonl'), 'utf8').split('\n').filter(Boolean);
const cases = lines.map((l) => JSON.parse(l));
const seed = cases[0];

const parsed = parseCondition(seed.condition);
if (!parsed.ok) throw new Error(parsed.error.message);
const compiled = compileCondition(parsed.ast, { plugins: 'none' });
if (!compiled.ok) throw new Error(compiled.error.message);
const filter = compiled.filter;

function run(label: string, events: ReturnType<typeof fromOracleEvent>[], seconds = 1.5): void {
  let n = 0;
  let hits = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  for (;;) {
    for (let i = 0; i < 10000; i++) if (filter.evaluate(events[i % events.length])) hits++;
    n += 10000;
    if (process.hrtime.bigint() - start > limit) break;
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${label}: ${(n / secs).toFixed(0)} evaluations/s (${n} in ${secs.toFixed(2)}s, ${hits} matches)`);
}

// Same event repeatedly (per-event values cached after the first evaluation).
run('seed rule, seed-1 event', [fromOracleEvent(seed.event)]);
// All 67 command lines of the seed file, rotating (events built once, as a sample list would be).
run('seed rule, 67 rotating events', cases.slice(0, 67).map((c) => fromOracleEvent(c.event)));
// Fresh event objects every time: includes building the per-event view.
{
  const start = process.hrtime.bigint();
  let n = 0;
  while (Number(process.hrtime.bigint() - start) < 1e9) {
    for (let i = 0; i < 1000; i++) filter.evaluate(fromOracleEvent(cases[i % 67].event));
    n += 1000;
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`seed rule, fresh event objects: ${(n / secs).toFixed(0)} evaluations/s`);
}
