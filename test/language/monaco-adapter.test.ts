/** The Monaco adapter's pure parts: semantic token encoding and the generated Monarch grammar. */
import { describe, expect, it } from 'vitest';
import { encodeSemanticTokens, SEMANTIC_TYPES } from '../../src/ui/editor/falco-language/convert';
import { falcoMonarch } from '../../src/ui/editor/falco-language/monarch';

/** Just enough of ITextModel for the encoder. */
function fakeModel(text: string) {
  const lines = text.split('\n');
  return {
    getPositionAt(offset: number) {
      let line = 0;
      let rest = offset;
      while (line < lines.length - 1 && rest > lines[line].length) {
        rest -= lines[line].length + 1;
        line++;
      }
      return { lineNumber: line + 1, column: rest + 1 };
    },
    getLineMaxColumn: (line: number) => lines[line - 1].length + 1,
  };
}

describe('encodeSemanticTokens', () => {
  it('encodes tokens relative to the previous one and cuts them at line ends', () => {
    const text = 'ab cd\nef "g\nh"';
    const model = fakeModel(text) as never;
    const data = encodeSemanticTokens(model, [
      { type: 'field', start: 0, end: 2 },
      { type: 'macro', start: 3, end: 5 },
      { type: 'string', start: 9, end: 14 },
      { type: 'paren', start: 6, end: 7 }, // not in the legend: dropped
    ]);
    const field = SEMANTIC_TYPES.indexOf('field');
    const macro = SEMANTIC_TYPES.indexOf('macro');
    const str = SEMANTIC_TYPES.indexOf('string');
    expect([...data]).toEqual([
      0, 0, 2, field, 0,
      0, 3, 2, macro, 0,
      1, 3, 2, str, 0, // `"g` on line 2
      1, 0, 2, str, 0, // `h"` on line 3
    ]);
  });
});

describe('falcoMonarch', () => {
  const def = falcoMonarch();
  it('starts in root and defines every state it jumps to', () => {
    expect(def.start).toBe('root');
    const states = new Set(Object.keys(def.tokenizer));
    const targets = JSON.stringify(def.tokenizer).match(/"(?:next|switchTo)":"@([\w]+)"/g) ?? [];
    for (const t of targets) {
      const name = t.replace(/.*"@/, '').replace('"', '');
      if (name === 'pop' || name === 'push' || name === 'rematch') continue;
      expect(states.has(name), name).toBe(true);
    }
  });

  it('has condition and output states for key columns 0 to 16', () => {
    for (let n = 0; n <= 16; n++) {
      for (const s of [`c${n}start`, `c${n}`, `c${n}dq`, `c${n}sq`, `o${n}start`, `o${n}`]) expect(def.tokenizer[s], s).toBeDefined();
    }
  });

  it('gives each grouped rule one action per capture group', () => {
    for (const [state, rules] of Object.entries(def.tokenizer)) {
      for (const rule of rules) {
        if (!Array.isArray(rule) || !(rule[0] instanceof RegExp) || !Array.isArray(rule[1])) continue;
        const groups = new RegExp(`${rule[0].source}|`).exec('')!.length - 1;
        expect(groups, `${state}: ${rule[0]}`).toBe(rule[1].length);
      }
    }
  });
});
