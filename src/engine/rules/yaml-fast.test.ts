/**
 * The fast YAML reader must give exactly the `yaml` package's tree whenever it takes a text:
 * on the upstream rules, every rules file of the oracle and the real-world corpus, and thousands
 * of mutated pieces of them (lines deleted, duplicated, re-indented, characters typed). It may give
 * up on anything; it must not give up on the upstream files (that is what makes loading fast).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlFast } from './yaml-fast';
import { parseYamlFull } from './yaml-tree';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const upstreamDir = path.join(shared, 'corpus/falcosecurity-rules');
const upstream = readdirSync(upstreamDir).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(path.join(upstreamDir, f), 'utf8'));
const caseFiles = [path.join(shared, 'oracle/rules.jsonl'), path.join(shared, 'oracle/upstream-rules.jsonl'),
  ...readdirSync(path.join(shared, 'corpus/real-world')).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(shared, 'corpus/real-world', f))];
const corpus: string[] = [...upstream];
for (const f of caseFiles) {
  for (const line of readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
    for (const file of (JSON.parse(line) as { files?: { content: string }[] }).files ?? []) corpus.push(file.content);
  }
}

/** When the fast reader takes `text`, the same documents as the `yaml` package, which must see no error. */
function agrees(text: string): boolean {
  const fast = parseYamlFast(text);
  if (!fast) return false;
  const full = parseYamlFull(text);
  expect(full.error, text).toBeUndefined();
  expect(fast.docs, text).toEqual(full.docs);
  return true;
}

describe('fast YAML reader', () => {
  it('reads the three upstream rules files itself, as the yaml package does', () => {
    for (const text of upstream) {
      const why: string[] = [];
      expect(parseYamlFast(text, (w) => why.push(w)), why.join()).not.toBeNull();
      expect(agrees(text)).toBe(true);
    }
  });

  it(`agrees on every rules file of the oracle and the real-world corpus (${corpus.length} files)`, () => {
    let taken = 0;
    for (const text of corpus) if (agrees(text)) taken++;
    expect(taken).toBeGreaterThan(corpus.length * 0.8);
  });

  it.each([
    ['folded with empty and more-indented lines', '- a: >\n\n    l1\n\n    l2\n      m\n    l3\n\n\n  c: x\n'],
    ['literal, stripped', '- a: |-\n    x\n      y\n\n    z\n'],
    ['plain over lines, the value on the next line', '- a: p\n    q\n\n    r\n  c:\n    WARN # c\n'],
    ['flow sequences over lines, nested, quoted', "- a: [x,\n    'y''s', \"z\\tq\" ,\n    [1, 2], ~]\n  b: [\n    c\n  ]\n"],
    ['comments at column 0 inside items', '- a:\n    - x\n# c\n    - y\n# d\n  b: 1\n\n# e\n- c: 2\n'],
    ['nested maps and sequences', '- rule: r\n  override:\n    condition: append\n  exceptions:\n    - name: n\n      fields: [a, b]\n      values:\n        - [x, "y z"]\n'],
    ['null spellings and indicators inside', '- a: ~\n  b: null\n  c: -F x:y #z\n  d: [-1, a#b]\n'],
    ['no trailing line break', '- a: x'],
    ['only comments', '# one\n\n# two\n'],
  ])('%s', (_, text) => expect(agrees(text)).toBe(true));

  it.each([
    ['an anchor', '- a: &x 1\n  b: *x\n'],
    ['a tab', '- a: x\n\tb: y\n'],
    ['an empty value', '- a:\n  b: x\n'],
    ['an indented comment', '- a: x\n  # c\n  b: y\n'],
    ['a flow mapping', '- a: {b: 1}\n'],
    ['a mapping inside a plain value', '- a: b: c\n'],
    ['a document marker', '---\n- a: x\n'],
  ])('gives up on %s', (_, text) => expect(parseYamlFast(text)).toBeNull());

  it('agrees on thousands of mutated pieces of real rules files', () => {
    const items = corpus.flatMap((t) => t.split(/\n(?=- )/)).filter((s) => s.length < 3000);
    const typed = fc.constantFrom(...' -:#[],\'"\n>|ab~&*{}'.split(''), '  ', '\n  ', '\n- ', ': ', ' #');
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: typed }),
      fc.record({ kind: fc.constant('deleteChars' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const, 'indent' as const, 'dedent' as const, 'joinLines' as const), at: fc.nat() }),
    );
    const mutate = (text: string, m: { kind: string; at: number; text?: string; n?: number }): string => {
      const lines = text.split('\n');
      const li = m.at % Math.max(1, lines.length);
      const ci = m.at % (text.length + 1);
      switch (m.kind) {
        case 'type': return text.slice(0, ci) + m.text + text.slice(ci);
        case 'deleteChars': return text.slice(0, ci) + text.slice(ci + (m.n ?? 1));
        case 'deleteLine': lines.splice(li, 1); return lines.join('\n');
        case 'duplicateLine': lines.splice(li, 0, lines[li] ?? ''); return lines.join('\n');
        case 'indent': lines[li] = ' ' + (lines[li] ?? ''); return lines.join('\n');
        case 'dedent': lines[li] = (lines[li] ?? '').replace(/^ /, ''); return lines.join('\n');
        default: return li + 1 < lines.length ? [...lines.slice(0, li), lines[li] + ' ' + lines[li + 1].trimStart(), ...lines.slice(li + 2)].join('\n') : text;
      }
    };
    let taken = 0;
    fc.assert(fc.property(fc.nat({ max: items.length - 1 }), fc.integer({ min: 1, max: 3 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (start, count, ms) => {
      let text = items.slice(start, start + count).join('\n');
      for (const m of ms) text = mutate(text, m);
      if (agrees(text)) taken++;
    }), { numRuns: Number(process.env.YAML_FUZZ_RUNS ?? 4000) });
    // Mutations break most pieces; enough of them must still be taken for the check to mean something.
    expect(taken).toBeGreaterThan(400);
  });

  it('agrees on generated rules-file YAML (every value style, folding, nesting)', () => {
    const word = fc.constantFrom('a', 'proc.name', '(x', 'y)', '-F', '"q"', "it's", 'a#b', '%s', '~', 'null', 'x:y', 'é', '😀', '\\', '=', '', ' ');
    const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ').trim() || 'w');
    const blank = fc.constantFrom('', '', '\n', '\n# note\n', '\n\n');
    /** A value for a key at column `c`, written from the `: ` on (or the line break). */
    const value = (c: number, depth: number): fc.Arbitrary<string> => {
      const pad = (n: number) => ' '.repeat(n);
      const scalars: fc.Arbitrary<string>[] = [
        words,
        fc.array(fc.tuple(words, fc.constantFrom('', '\n'), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 4 })
          .map((ls) => ls.map(([w, b, extra], i) => (i === 0 ? w : `\n${b}${pad(c + extra)}${w}`)).join('')),
        words.map((w) => `'${w.replace(/'/g, "''")}'`),
        fc.tuple(words, fc.constantFrom('\\t', '\\"', '\\x41', '\\u00e9', '\\\\', '\\/', '')).map(([w, e]) => `"${w.replace(/["\\]/g, '')}${e}"`),
        fc.tuple(fc.constantFrom('>', '>-', '|', '|-', '> # h'), fc.array(fc.tuple(words, fc.integer({ min: 0, max: 3 }), fc.boolean()), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 3 }))
          .map(([h, ls, ind]) => h + ls.map(([w, more, emptyBefore], i) => `${emptyBefore && i > 0 ? '\n' : ''}\n${pad(c + ind + (i === 0 ? 0 : more))}${w}`).join('')),
        fc.array(fc.oneof(words.map((w) => w.replace(/[,[\]{}#:]/g, '') || 'z'), words.map((w) => `"${w.replace(/["\\]/g, '')}"`)), { maxLength: 4 })
          .chain((xs) => fc.constantFrom(`[${xs.join(', ')}]`, `[\n${pad(c + 2)}${xs.join(`,\n${pad(c + 2)}`)}\n${pad(c)}]`)),
      ];
      if (depth >= 2) return fc.oneof(...scalars).map((v) => ' ' + v);
      return fc.oneof(
        ...scalars.map((a) => a.map((v) => ' ' + v)),
        fc.array(fc.tuple(value(c + 4, depth + 1), fc.constantFrom('name', 'fields', 'values', 'x')), { minLength: 1, maxLength: 3 })
          .map((es) => '\n' + es.map(([v, k], i) => `${pad(c + 2)}${i === 0 ? '- ' : '  '}${k}:${v}`).join('\n')),
        fc.array(fc.tuple(value(c + 2, depth + 1), fc.constantFrom('condition', 'output', 'priority')), { minLength: 1, maxLength: 2 })
          .map((es) => '\n' + es.map(([v, k]) => `${pad(c + 2)}${k}:${v}`).join('\n')),
      );
    };
    const item = fc.array(fc.tuple(fc.constantFrom('rule', 'macro', 'list', 'condition', 'desc', 'items', 'tags', 'exceptions', 'rule'), value(2, 0), blank), { minLength: 1, maxLength: 5 })
      .map((es) => '- ' + es.map(([k, v, b], i) => `${i === 0 ? '' : '  '}${k}:${v}${i < es.length - 1 ? b.replace(/^\n?/, '\n').replace(/\n$/, '') : ''}`).join('\n') + '\n');
    let taken = 0;
    fc.assert(fc.property(fc.array(fc.tuple(item, blank), { minLength: 1, maxLength: 4 }), (items) => {
      if (agrees(items.map(([it, b]) => it + b).join(''))) taken++;
    }), { numRuns: Number(process.env.YAML_FUZZ_RUNS ?? 3000) });
    expect(taken).toBeGreaterThan(300);
  });
});

describe('fast YAML reader limits', () => {
  it('leaves deep nesting to the full parser', () => {
    const deep = '- a: ' + '['.repeat(100) + ']'.repeat(100) + '\n';
    expect(parseYamlFast(deep)).toBeNull();
    const shallow = '- a: ' + '['.repeat(20) + ']'.repeat(20) + '\n';
    expect(parseYamlFast(shallow)?.docs).toEqual(parseYamlFull(shallow).docs);
  });
});
