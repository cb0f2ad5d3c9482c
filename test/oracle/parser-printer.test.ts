/**
 * printCondition is libsinsp's ast::as_string: every `condition_compiled` Falco reported in the rules
 * oracle must come back unchanged from parse + print. as_string is lossy in three documented ways
 * (escaping.cpp, escape_str): an empty value prints as nothing, a list item such as `(systemd)` or
 * `a,b` prints bare, and a value ending in a backslash prints as `"…\\"`, which never closes. Those
 * strings cannot be parsed back by libsinsp either; they are checked to fail for exactly that reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatParseError, parseCondition, printCondition } from '../../src/engine/condition';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const oracleDir = path.resolve(repoRoot, '../shared/oracle');

function compiledConditions(file: string): string[] {
  const p = path.join(oracleDir, file);
  if (!existsSync(p)) throw new Error(`oracle file ${p} is missing: these tests need ../shared/oracle next to the repo`);
  const out = new Set<string>();
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const c = JSON.parse(line) as { expect: { rules?: Array<{ condition_compiled?: string }> } };
    for (const r of c.expect.rules ?? []) if (r.condition_compiled) out.add(r.condition_compiled);
  }
  return [...out];
}

/** The spots where as_string output is not valid condition text (see the header). */
const LOSSY = [
  /(?:=|!=|contains|startswith|endswith) (?:\)| or | and )/, // empty value printed as nothing
  /, \)|\(, /, // empty list item
  /, \([^()]*\)[,)]/, // a list item that itself has parentheses
  /"[^"]*\\\\"/, // a value ending with a backslash
];

for (const file of ['rules.jsonl', 'upstream-rules.jsonl']) {
  describe(`as_string round trip: ${file}`, () => {
    const conditions = compiledConditions(file);
    it('has conditions to check', () => {
      expect(conditions.length).toBeGreaterThan(5);
    });
    it.each(conditions.map((c) => [c.slice(0, 100), c] as const))('%s', (_name, text) => {
      const r = parseCondition(text, { maxDepth: 1000 });
      if (r.ok) {
        expect(printCondition(r.ast)).toBe(text);
      } else {
        const why = formatParseError(r.error);
        expect(LOSSY.some((re) => re.test(text)), `unexpected parse failure: ${why}`).toBe(true);
        expect(r.error.message).toMatch(/^expected (a string value|a '\)' token)/);
      }
    });
  });
}
