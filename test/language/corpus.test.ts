/**
 * The language features over Falco's published rules files: every condition and output scalar maps
 * exactly, every condition that parses lexes without `invalid` tokens, and every macro or list
 * reference resolves to a definition.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseCondition } from '../../src/engine/condition';
import { lexCondition } from '../../src/engine/language/condition-lexer';
import { readRulesDocument } from '../../src/engine/language/document';
import { collectNames } from '../../src/engine/language/names';
import { definition } from '../../src/engine/language/references';
import { valueRangeToDoc } from '../../src/engine/language/scalar-map';

const repoRoot = path.resolve(__dirname, '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/falcosecurity-rules');

function corpusFiles(): { name: string; content: string }[] {
  if (!fs.existsSync(corpusDir)) throw new Error(`rules corpus not found at ${corpusDir}: ../shared must sit beside the repo`);
  return fs.readdirSync(corpusDir).filter((f) => f.endsWith('.yaml')).sort()
    .map((name) => ({ name, content: fs.readFileSync(path.join(corpusDir, name), 'utf8') }));
}

describe('language features on the upstream rules', () => {
  const files = corpusFiles();
  const main = files.find((f) => f.name === 'falco_rules.yaml')!;

  it.each(files.map((f) => [f.name, f] as const))('%s: scalars map exactly and conditions lex cleanly', (_n, f) => {
    const doc = readRulesDocument(f.content);
    expect(doc.items.length).toBeGreaterThan(10);
    const names = collectNames(f.content, { baseFiles: f === main ? [] : [main] });
    let checked = 0;
    for (const item of doc.items) {
      for (const s of [item.condition, item.output]) {
        if (!s) continue;
        expect(s.exact, `${item.name}: ${s.style}`).toBe(true);
        checked++;
      }
      const c = item.condition;
      if (c && parseCondition(c.value, { maxDepth: 1000 }).ok) {
        const toks = lexCondition(c.value, { macros: names.macroNames, lists: names.listNames }).tokens;
        expect(toks.filter((t) => t.type === 'invalid').map((t) => t.text), item.name).toEqual([]);
        // Every token maps back onto the same characters in the file.
        for (const t of toks) {
          if (t.type === 'string') continue;
          const r = valueRangeToDoc(c, t);
          expect(f.content.slice(r.start, r.end)).toBe(t.text);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('resolves every macro reference of falco_rules.yaml to its definition', () => {
    const doc = readRulesDocument(main.content);
    const names = collectNames(main.content);
    let n = 0;
    for (const item of doc.items) {
      const c = item.condition;
      if (!c) continue;
      for (const t of lexCondition(c.value, { macros: names.macroNames, lists: names.listNames }).tokens) {
        if (t.type !== 'macro') continue;
        const at = valueRangeToDoc(c, t).start;
        const defs = definition(main.content, at + 1);
        expect(defs.length, t.text).toBeGreaterThan(0);
        expect(main.content.slice(defs[0].range.start, defs[0].range.end)).toBe(t.text);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});
