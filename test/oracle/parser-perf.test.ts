/**
 * The parser is a hand-written linear scanner: the whole upstream ruleset (306 distinct expanded
 * conditions, ~77 KB) parses in a few milliseconds. The bound below is loose so a busy machine does
 * not make it flaky; it catches accidental quadratic behaviour or regex backtracking.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { parseCondition } from '../../src/engine/condition';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.resolve(repoRoot, '../shared/oracle/upstream.jsonl');

it('parses every upstream condition quickly, and pathological input in linear time', () => {
  if (!existsSync(file)) throw new Error(`oracle file ${file} is missing: this test needs ../shared/oracle next to the repo`);
  const conditions = [...new Set(readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { condition: string }).condition))];
  expect(conditions.length).toBeGreaterThan(300);
  let best = Infinity;
  for (let pass = 0; pass < 8; pass++) {
    const t0 = performance.now();
    for (const c of conditions) expect(parseCondition(c, { maxDepth: 1000 }).ok).toBe(true);
    best = Math.min(best, performance.now() - t0);
  }
  expect(best).toBeLessThan(60);

  // 1 MB unterminated string, 100k-term chain, 100k open parentheses
  const t1 = performance.now();
  parseCondition(`proc.name = "${'x'.repeat(1_000_000)}`);
  parseCondition(`${'a and '.repeat(100_000)}b`);
  parseCondition('('.repeat(100_000), { maxDepth: 1000 });
  expect(performance.now() - t1).toBeLessThan(2000);
});
