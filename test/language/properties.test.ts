/** The language features are total: any text and any cursor give a result, never an exception. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  complete, definition, documentSymbols, documentTokens, formatConditionAt, hover, prepareRename, references, rename,
} from '../../src/engine/language';

const base = [{ name: 'base.yaml', content: '- macro: spawned_process\n  condition: evt.type = execve\n- list: shell_binaries\n  items: [bash]\n' }];

/** Rules-file-like text: fragments that exercise keys, scalar styles and condition syntax. */
const fragment = fc.constantFrom(
  '- rule: r\n', '- macro: m\n', '- list: l\n', '  condition: ', '  output: ', '  items: [a, b]\n', '  priority: ',
  '>\n    ', '|-\n    ', '"', "'", '\\', 'proc.name', ' = ', ' in (', ')', ', ', ' and ', ' not ', 'spawned_process',
  'shell_binaries', '%proc.cmdline', 'tolower(', '[2]', '\n', '  ', '#', ': ', 'WARNING', 'evt.type', ' contains ', 'x',
);
const rulesText = fc.oneof(fc.array(fragment, { maxLength: 40 }).map((a) => a.join('')), fc.string({ maxLength: 200 }));

describe('language features never throw', () => {
  it('on arbitrary text and offsets', () => {
    fc.assert(
      fc.property(rulesText, fc.nat(), (text, n) => {
        const offset = text.length ? n % (text.length + 1) : 0;
        const ctx = { baseFiles: base, fieldValue: () => 'v' };
        const c = complete(text, offset, ctx);
        expect(c.range.start).toBeLessThanOrEqual(c.range.end);
        hover(text, offset, ctx);
        definition(text, offset, ctx);
        references(text, offset, ctx);
        prepareRename(text, offset, ctx);
        rename(text, offset, 'new_name', ctx);
        formatConditionAt(text, offset);
        documentSymbols(text);
        for (const t of documentTokens(text, ctx)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThan(t.end);
        }
      }),
      { numRuns: 400 },
    );
  });
});
