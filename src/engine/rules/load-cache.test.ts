import { describe, expect, it } from 'vitest';
import { STOCK_RULES_FILE } from '../base/stock';
import { LOAD_CACHE_LIMITS, LoadCache } from './load-cache';
import { loadRules, type LoadResult } from '.';

const rule = (i: number) => `- rule: r${i}
  desc: rule number ${i}
  condition: spawned_process and proc.name = p${i} and not proc.args contains "x${i}"
  output: out %proc.name ${i}
  priority: INFO
`;

function data(r: LoadResult): string {
  return JSON.stringify({ ...r, rules: r.rules.map((x) => ({ ...x, filter: x.filter ? 'compiled' : undefined })) });
}

describe('LoadCache bounds (someone typing for an hour)', () => {
  it('keeps at most maxFiles parsed files, the base files in front', () => {
    const cache = new LoadCache({ ...LOAD_CACHE_LIMITS, maxFiles: 4 });
    for (let i = 0; i < 50; i++) {
      loadRules([STOCK_RULES_FILE, { name: 'rules.yaml', content: rule(i) }], { lenient: true, cache });
      expect(cache.stats().files).toBeLessThanOrEqual(4);
    }
  });

  it('starts its compile memos over past their limits, and answers like a cold load before and after', () => {
    const cache = new LoadCache({ ...LOAD_CACHE_LIMITS, maxTextEntries: 40, maxSpaceChars: 5_000, maxSmallEntries: 10 });
    let peak = { texts: 0, spaceChars: 0, outputs: 0 };
    for (let i = 0; i < 60; i++) {
      // Each text is new and shifts what follows it: the memos grow with every load.
      const files = [STOCK_RULES_FILE, { name: 'rules.yaml', content: rule(i) + rule(i + 1) + rule(1000) }];
      expect(data(loadRules(files, { lenient: true, cache }))).toBe(data(loadRules(files, { lenient: true })));
      const s = cache.compileCache('container').stats();
      peak = { texts: Math.max(peak.texts, s.texts), spaceChars: Math.max(peak.spaceChars, s.spaceChars), outputs: Math.max(peak.outputs, s.outputs) };
    }
    // A limit is checked before each load, so one load's worth may come on top of it.
    expect(peak.texts).toBeLessThan(40 + 40);
    expect(peak.spaceChars).toBeLessThan(5_000 + 5_000);
    expect(peak.outputs).toBeLessThan(10 + 10);
  });
});
