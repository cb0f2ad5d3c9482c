/**
 * The explanation tree must tell the same story as the evaluator: for every compiling oracle case,
 * trace(ev).result equals evaluate(ev) (and the oracle's match), every evaluated `and`/`or` node's
 * result follows from its evaluated children, and nothing after the deciding child was evaluated.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCondition } from '../../src/engine/condition';
import { compileCondition } from '../../src/engine/eval';
import type { TraceNode } from '../../src/engine/eval';
import { fromOracleEvent } from '../../src/engine/event';
import { pluginMode, type ConditionCase } from '../../src/engine/oracle/condition-case';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const oracleDir = path.resolve(repoRoot, '../shared/oracle');

type Case = ConditionCase & { expect: { compiled: boolean; match: boolean } };

function readCases(file: string): Case[] {
  const p = path.join(oracleDir, file);
  if (!existsSync(p)) throw new Error(`oracle file ${p} is missing: these tests need ../shared/oracle next to the repo`);
  return readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Case);
}

/** Checks the invariants of one node; returns the number of nodes visited. */
function checkNode(t: TraceNode): number {
  let n = 1;
  const kids = t.children ?? [];
  for (const k of kids) n += checkNode(k);
  if (t.result === 'unevaluated') {
    for (const k of kids) expect(k.result).toBe('unevaluated');
    return n;
  }
  if (t.node.kind === 'and' || t.node.kind === 'or') {
    const stopOn = t.node.kind === 'and' ? false : true;
    const decided = kids.findIndex((k) => k.result === stopOn);
    if (decided >= 0) {
      expect(t.result).toBe(stopOn);
      for (const k of kids.slice(decided + 1)) expect(k.result).toBe('unevaluated');
    } else {
      expect(t.result).toBe(!stopOn);
      for (const k of kids) expect(k.result).toBe(!stopOn);
    }
  }
  if (t.node.kind === 'not') expect(t.result).toBe(!kids[0].result);
  return n;
}

for (const file of ['seed.jsonl', 'grammar.jsonl', 'operators.jsonl', 'upstream.jsonl']) {
  describe(`trace agrees with evaluate: ${file}`, () => {
    const cases = readCases(file).filter((c) => c.expect.compiled);
    it('has compiling cases', () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const p = parseCondition(c.condition);
      if (!p.ok) throw new Error(p.error.message);
      const r = compileCondition(p.ast, { plugins: pluginMode(c.plugins) });
      if (!r.ok) throw new Error(r.error.message);
      const ev = fromOracleEvent(c.event);
      const t = r.filter.trace(ev);
      expect(t.result).toBe(r.filter.evaluate(ev));
      expect(t.result).toBe(c.expect.match);
      expect(checkNode(t)).toBeGreaterThan(0);
    });
  });
}
