import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLists, quoteItem, resolveList, substituteLists, triesSameLists, type CompiledList, type SubstitutionTrace } from './lists';
import { MappedText } from './mapped-text';
import type { ListInfo } from './infos';

const sub = (cond: string, name: string, items: string[]) => resolveList(MappedText.synthetic(cond), name, items);

describe('textual list substitution (Falco resolve_list)', () => {
  it('replaces the name and the blanks around it by the joined items', () => {
    expect(sub('proc.name in (shells)', 'shells', ['bash', 'sh']).text.text).toBe('proc.name in ( bash, sh )');
  });
  it('quotes items with a space unless they start with a quote', () => {
    expect(quoteItem('a b')).toBe('"a b"');
    expect(quoteItem("'a b'")).toBe("'a b'");
    expect(quoteItem('ab')).toBe('ab');
    expect(sub('x in (l)', 'l', ['a b', '"c d"']).text.text).toBe('x in ( "a b", "c d" )');
  });
  it('only replaces occurrences bounded by blanks, parentheses, commas or =', () => {
    expect(sub('proc.name in (xl, l_2, l)', 'l', ['a']).text.text).toBe('proc.name in (xl, l_2, a )');
    expect(sub('proc.name=l', 'l', ['a']).text.text).toBe('proc.name= a ');
    expect(sub('proc.name=l', 'l', ['a']).used).toBe(true);
    expect(sub('proc.name = lx', 'l', ['a']).used).toBe(false);
  });
  it('ignores quotes: a name inside a string literal is replaced too', () => {
    expect(sub('proc.cmdline contains "run nmap now"', 'nmap', ['x']).text.text).toBe('proc.cmdline contains "run x now"');
  });
  it('an empty list also removes one adjacent comma', () => {
    expect(sub('x in (a, e)', 'e', []).text.text).toBe('x in (a  )');
    expect(sub('x in (e, a)', 'e', []).text.text).toBe('x in (   a)');
    expect(sub('x in (e)', 'e', []).text.text).toBe('x in (  )');
  });
  it('without parentheses several items break the syntax, as in Falco', () => {
    expect(sub('proc.name in l', 'l', ['a', 'b']).text.text).toBe('proc.name in a, b ');
  });
  it('maps substituted characters to the use of the list name', () => {
    const cond = new MappedText('x in (l)', [10, 11, 12, 13, 14, 15, 16, 17]);
    const r = resolveList(cond, 'l', ['aa']);
    expect(r.text.text).toBe('x in ( aa )');
    expect(r.text.origins[7]).toBe(16);
  });
  it('expands lists named in a list one level, only when defined earlier', () => {
    const ctx = { fileIndex: 0, file: 'f', range: { start: 0, end: 0 }, itemType: 'list', itemName: '' };
    const infos: ListInfo[] = [
      { name: 'a', items: ['1', '2'], ctx, index: 0, visibility: 0 },
      { name: 'b', items: ['a', 'c', '3'], ctx, index: 1, visibility: 1 },
      { name: 'c', items: ['4'], ctx, index: 2, visibility: 2 },
    ];
    const out = compileLists(infos);
    expect(out[1].items).toEqual(['1', '2', 'c', '3']);
    expect(out[0].used).toBe(true);
    expect(out[2].used).toBe(false);
  });
});

/**
 * substituteLists only tries the lists named by the condition's tokens; by definition it must do
 * what trying every list in order does (rule_loader_compiler.cpp resolve_list per list, skipping a
 * list whose name is not a token at that point), on any lists and any condition.
 */
function everyListInOrder(cond: MappedText, lists: CompiledList[]): { text: MappedText; used: string[] } {
  const split = /[ \t\n\r(),=]+/;
  const tokens = new Set(cond.text.split(split).filter(Boolean));
  const used: string[] = [];
  let cur = cond;
  for (const l of lists) {
    if (!tokens.has(l.name) && !split.test(l.name)) continue;
    const r = resolveList(cur, l.name, l.items);
    if (!r.used) continue;
    used.push(l.name);
    cur = r.text;
    for (const item of l.items) for (const t of item.split(split)) if (t) tokens.add(t);
  }
  return { text: cur, used };
}

describe('substituteLists agrees with trying every list in order', () => {
  const word = fc.constantFrom('a', 'b', 'c', 'ab', 'l1', 'l2', 'l3', 'x y', '"q"', '(', ',', ' ', 'proc.name', 'in', '');
  const names = fc.constantFrom('a', 'b', 'c', 'l1', 'l2', 'l3', 'ab', 'x y', 'in');
  it('for random lists and conditions', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.tuple(names, fc.array(word, { maxLength: 4 })), { selector: ([n]) => n, maxLength: 8 }),
      fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' ')),
      (defs, text) => {
        const make = (): CompiledList[] => defs.map(([name, items], i) => ({
          name, items, used: false, info: { name, items, ctx: { fileIndex: 0, file: 'f', range: { start: 0, end: 0 }, itemType: 'list', itemName: name }, index: i, visibility: i },
        }));
        // Every character with its own origin, so the positions are checked too.
        const cond = new MappedText(text, Array.from(text, (_, i) => i));
        const want = everyListInOrder(cond, make());
        const lists = make();
        const used: string[] = [];
        const got = substituteLists(cond, lists, used);
        expect(got.text).toBe(want.text.text);
        expect([...got.origins]).toEqual([...want.text.origins]);
        expect(used).toEqual(want.used);
        expect(lists.filter((l) => l.used).map((l) => l.name).sort()).toEqual([...new Set(want.used)].sort());
      },
    ), { numRuns: 2000 });
  });
});

describe('triesSameLists: when a substitution may be reused with other lists', () => {
  const word = fc.constantFrom('a', 'b', 'l1', 'l2', 'l3', 'x y', '(', ',', 'in', '');
  const names = fc.constantFrom('a', 'b', 'l1', 'l2', 'l3', 'x y', 'in');
  const defs = fc.uniqueArray(fc.tuple(names, fc.array(word, { maxLength: 3 })), { selector: ([n]) => n, maxLength: 6 });
  const make = (ds: [string, string[]][]): CompiledList[] => ds.map(([name, items], i) => ({
    name, items, used: false, info: { name, items, ctx: { fileIndex: 0, file: 'f', range: { start: 0, end: 0 }, itemType: 'list', itemName: name }, index: i, visibility: i },
  }));
  it('says yes only when substituting with the other lists gives the same text and uses the same lists', () => {
    let yes = 0;
    fc.assert(fc.property(defs, defs, fc.array(word, { maxLength: 10 }).map((ws) => ws.join(' ')), (before, after, text) => {
      const cond = new MappedText(text, Array.from(text, (_, i) => i));
      const trace: SubstitutionTrace = { tokens: new Set(), tried: [] };
      const usedBefore: string[] = [];
      const first = substituteLists(cond, make(before), usedBefore, trace);
      // Often the same lists, or the same with one more at the end, as between Falco's per-file passes.
      for (const lists of [make(after), make(before), make([...before, ['l3', ['q']]])]) {
        if (!triesSameLists(trace, lists)) continue;
        yes++;
        const used: string[] = [];
        expect(substituteLists(cond, lists, used).text).toBe(first.text);
        expect(used).toEqual(usedBefore);
      }
    }), { numRuns: 2000 });
    expect(yes).toBeGreaterThan(1000);
  });
});
