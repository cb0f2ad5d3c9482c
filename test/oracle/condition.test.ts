/**
 * Agreement with real Falco (libsinsp) on every condition case of ../shared/oracle: same compiled
 * verdict, same match, same field values, same error position (parse and compile errors), and for
 * compile errors the same message text. One test per case, named by id and condition.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerConditionCase, type ConditionCase } from '../../src/engine/oracle/condition-case';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const oracleDir = path.resolve(repoRoot, '../shared/oracle');

interface OracleCase extends ConditionCase {
  expect: {
    compiled: boolean;
    error: string | null;
    stage: 'parse' | 'compile' | null;
    pos: { idx: number; line: number; col: number } | null;
    match: boolean;
    fields: Record<string, string | null>;
  };
}

function readCases(file: string): OracleCase[] {
  const p = path.join(oracleDir, file);
  if (!existsSync(p)) throw new Error(`oracle file ${p} is missing: these tests need ../shared/oracle next to the repo`);
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as OracleCase);
}

const short = (s: string) => (s.length > 120 ? s.slice(0, 117) + '...' : s).replace(/\s+/g, ' ');

for (const file of ['seed.jsonl', 'grammar.jsonl', 'operators.jsonl', 'fields.jsonl', 'errors.jsonl', 'upstream.jsonl']) {
  describe(`oracle conditions: ${file}`, () => {
    const cases = readCases(file);
    it('has cases', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    it.each(cases.map((c) => [`${c.id}: ${short(c.condition)}`, c] as const))('%s', (_name, c) => {
      const a = answerConditionCase(c);
      const e = c.expect;
      expect(a.compiled).toBe(e.compiled);
      if (e.compiled) expect(a.match).toBe(e.match);
      expect(a.stage).toBe(e.stage);
      // Parse errors and compile errors alike: libsinsp's {idx, line, col} (a compile error sits at
      // the start of the check that failed, see condition-case.ts).
      if (e.stage !== null) expect(a.pos, 'pos').toEqual(e.pos);
      if (e.stage === 'compile') expect(a.error).toBe(e.error);
      for (const [f, v] of Object.entries(e.fields)) expect(a.fields[f] ?? null, f).toBe(v ?? null);
    });
  });
}
