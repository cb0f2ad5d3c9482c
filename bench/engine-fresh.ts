/**
 * Evaluations per second of the seed rule when nothing is remembered between evaluations: before
 * each one, the event's memoized field values and its threads' lazily built strings are reset, so
 * every field is extracted again, as libsinsp does for an event it has not seen. The app evaluates
 * the same sample events on every keystroke, so the memoized figure of bench/engine.ts is the one
 * the playground lives by; this one makes the comparison with native Falco like for like.
 * Run by bench/engine.ts in its own process (a fresh JIT); prints `JSON {"rate": n}` last.
 */
import '../src/engine/eval/re2-install';
import { loadRules } from '../src/engine/rules';
import { sampleToEvent } from '../src/engine/sample';
import { SEED_RULES_YAML, SEED_RULE_NAME } from '../src/engine/sample/seed';
import { STOCK_RULES_FILE } from '../src/engine/base/stock';
import { eventView } from '../src/engine/event/thread';
import type { FalcoEvent } from '../src/engine/event/types';
import { benchSamples } from './samples';

const quick = process.argv.includes('--quick');
const loaded = loadRules([STOCK_RULES_FILE, { name: 'rules.yaml', content: SEED_RULES_YAML }], { plugins: 'container' });
const seed = loaded.rules.find((r) => r.name === SEED_RULE_NAME)?.filter;
if (!seed) throw new Error('the seed rule did not compile');
const events: FalcoEvent[] = [];
for (const s of benchSamples(1000)) {
  const r = sampleToEvent(s);
  if (r.ok) events.push(r.event);
}
const views = events.map((e) => eventView(e));
// The slots the rule reads, found by one pass: resetting just those keeps the reset cheap and the
// arrays' shape unchanged, so the figure is the rule's cost rather than the harness's.
for (const e of events) seed.evaluate(e);
const read = [...new Set(views.flatMap((v) => Object.keys(v.vals).map(Number)))];

function rate(seconds: number): number {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (let i = 0; i < events.length; i++) {
      const v = views[i];
      for (const k of read) v.vals[k] = undefined;
      for (const t of v.chain) { t._argsJoined = undefined; t._cmdline = undefined; t._env = undefined; }
      seed!.evaluate(events[i]);
    }
    n += events.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

rate(0.3);
const rates = Array.from({ length: quick ? 3 : 7 }, () => rate(quick ? 0.3 : 1)).sort((a, b) => a - b);
console.log(`JSON ${JSON.stringify({ rate: rates[Math.floor(rates.length / 2)] })}`);
