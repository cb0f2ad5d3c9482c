/**
 * The parser against real libsinsp: every condition of the oracle corpus either fails to parse at
 * the same byte offset with the same message, or parses (compiled, or failed later at compile time).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatParseError, parseCondition } from '../../src/engine/condition';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const oracleDir = path.resolve(repoRoot, '../shared/oracle');

interface OracleCase {
  id: string;
  condition: string;
  expect: { stage: string | null; error: string | null; pos: { idx: number; line: number; col: number } | null };
}

function load(file: string): OracleCase[] {
  const p = path.join(oracleDir, file);
  if (!existsSync(p)) {
    throw new Error(`oracle file ${p} is missing: the parser oracle tests need ../shared/oracle next to the repo`);
  }
  return readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as OracleCase);
}

const FILES = ['grammar.jsonl', 'errors.jsonl', 'operators.jsonl', 'seed.jsonl', 'fields.jsonl', 'upstream.jsonl'];

for (const file of FILES) {
  describe(`parser vs oracle: ${file}`, () => {
    const cases = load(file).map((c) => [`${c.id}: ${c.condition.slice(0, 80)}`, c] as const);
    it.each(cases)('%s', (_name, c) => {
      const r = parseCondition(c.condition);
      if (c.expect.stage === 'parse') {
        expect(r.ok, 'libsinsp rejects this condition at parse time').toBe(false);
        if (!r.ok) {
          expect(r.error.pos.idx).toBe(c.expect.pos!.idx);
          expect(formatParseError(r.error)).toBe(c.expect.error);
        }
      } else {
        expect(r.ok ? 'parsed' : formatParseError(r.error)).toBe('parsed');
      }
    });
  });
}
