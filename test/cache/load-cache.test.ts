/**
 * A LoadCache must never change an answer: every rules-file case of the oracle and of the
 * real-world corpus, loaded through one shared cache (so each case meets whatever the cases
 * before it left there, and then itself again), gives exactly the answer of a cold load: load
 * verdict, every message with its position, every rule, and every event's matches and outputs.
 * Lenient loads (the playground's) are compared the same way, ranges and macros/lists included.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerRulesCase, type RulesCase } from '../../src/engine/oracle/rules-case';
import { LoadCache, loadRules, type LoadResult } from '../../src/engine/rules';

const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');

function readCases(p: string): RulesCase[] {
  if (!existsSync(p)) throw new Error(`oracle file ${p} is missing: these tests need ../shared next to the repo`);
  return readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as RulesCase);
}

const realWorld = path.join(sharedDir, 'corpus/real-world');
if (!existsSync(realWorld)) throw new Error(`${realWorld} is missing: these tests need ../shared next to the repo`);
const cases = [
  path.join(sharedDir, 'oracle/rules.jsonl'),
  path.join(sharedDir, 'oracle/upstream-rules.jsonl'),
  ...readdirSync(realWorld).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(realWorld, f)),
].flatMap(readCases);

/**
 * Everything of a load result but the compiled filters (their behaviour is compared on events;
 * inside, AST ranges are in a coordinate space that a shared cache lays out differently).
 */
function data(r: LoadResult): unknown {
  return JSON.parse(JSON.stringify({ ...r, rules: r.rules.map((x) => ({ ...x, filter: x.filter ? 'compiled' : undefined })) }));
}

describe('LoadCache agreement with cold loads', () => {
  it(`answers all ${cases.length} rules-file cases as a cold load does (Falco's loading)`, () => {
    const cache = new LoadCache();
    for (const c of cases) {
      const cold = answerRulesCase(c);
      expect(answerRulesCase(c, { cache }), c.id).toEqual(cold);
      expect(answerRulesCase(c, { cache }), `${c.id} again`).toEqual(cold);
    }
  });

  it('gives the same lenient results, including ranges, macros and lists', () => {
    const cache = new LoadCache();
    for (const c of cases) {
      const plugins = Array.isArray(c.plugins) && !c.plugins.includes('container') ? 'none' : 'container';
      const cold = data(loadRules(c.files ?? [], { plugins, lenient: true }));
      expect(data(loadRules(c.files ?? [], { plugins, lenient: true, cache })), c.id).toEqual(cold);
    }
  });
});
