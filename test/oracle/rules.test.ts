/**
 * Agreement with real Falco (falco_engine 0.63.0 on libsinsp 48dfd53cd) on every rules-file case:
 * ../shared/oracle/rules.jsonl, upstream-rules.jsonl and ../shared/corpus/real-world/*.jsonl.
 * Per case: the load verdict, every error and warning (code, exact message, file, line, column,
 * item type and name, in Falco's order), every rule's enabled/priority/compiled condition, and per
 * event the matched rules in order, the first match and the rendered outputs
 * (the comparison rules of ../shared/tools/oracle-compare.mjs, plus exact messages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerRulesCase, type RulesCase, type RulesCaseAnswer } from '../../src/engine/oracle/rules-case';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = path.resolve(repoRoot, '../shared');

interface OracleRulesCase extends RulesCase {
  expect: {
    load: RulesCaseAnswer['load'];
    rules: RulesCaseAnswer['rules'];
    results: RulesCaseAnswer['results'];
  };
}

function readCases(p: string): OracleRulesCase[] {
  if (!existsSync(p)) throw new Error(`oracle file ${p} is missing: these tests need ../shared next to the repo`);
  return readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as OracleRulesCase);
}

function realWorldFiles(): string[] {
  const dir = path.join(sharedDir, 'corpus/real-world');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: these tests need ../shared next to the repo`);
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f));
}

const files = [
  path.join(sharedDir, 'oracle/rules.jsonl'),
  path.join(sharedDir, 'oracle/upstream-rules.jsonl'),
  ...realWorldFiles(),
];

const messages = (l: RulesCaseAnswer['load']['errors']) => l.map((m) => ({
  code: m.code, message: m.message, file: m.file, line: m.line, column: m.column, item_type: m.item_type, item_name: m.item_name,
}));

for (const file of files) {
  describe(`oracle rules files: ${path.relative(sharedDir, file)}`, () => {
    const cases = readCases(file);
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const c of cases) {
      it(`${c.id} (${c.files.map((f) => f.name).join(' + ')})`, () => {
        const a = answerRulesCase(c);
        const e = c.expect;
        expect(a.load.ok, 'load verdict').toBe(e.load.ok);
        expect(messages(a.load.errors), 'errors').toEqual(messages(e.load.errors));
        expect(messages(a.load.warnings), 'warnings').toEqual(messages(e.load.warnings));
        const byName = new Map(a.rules.map((r) => [r.name, r]));
        for (const r of e.rules) {
          expect(byName.get(r.name), `rule ${r.name}`).toEqual(r);
        }
        expect(a.results === null, 'results present').toBe(e.results === null);
        const er = e.results ?? [];
        const ar = a.results ?? [];
        expect(ar.length).toBe(er.length);
        er.forEach((x, i) => {
          expect(ar[i].matched_rules, `event ${i} matched_rules`).toEqual(x.matched_rules);
          expect(ar[i].first_match, `event ${i} first_match`).toBe(x.first_match);
          for (const [rule, out] of Object.entries(x.outputs)) expect(ar[i].outputs[rule], `event ${i} output of ${rule}`).toBe(out);
        });
      });
    }
  });
}
