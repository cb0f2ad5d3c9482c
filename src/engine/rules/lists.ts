/**
 * Textual list substitution, exactly as Falco does it before parsing a condition
 * (falco rule_loader_compiler.cpp `resolve_list`, `quote_item`, `compile_list_infos`).
 *
 * An occurrence of the list name bounded by start/end of text or one of ` \t\n\r(),=` is replaced,
 * together with the blanks around it, by the items joined with `, ` (an item with a space that does
 * not start with a quote is wrapped in `"`). An empty list also eats one adjacent comma. Quotes are
 * not special: a name inside a string literal is replaced too.
 */
import type { ListInfo } from './infos';
import { MappedText } from './mapped-text';

const BLANKS = ' \t\n\r';
const DELIMS = BLANKS + '(),=';

/** quote_item */
export function quoteItem(e: string): string {
  if (e.includes(' ') && e[0] !== '"' && e[0] !== "'") return `"${e}"`;
  return e;
}

/** resolve_list: returns the rewritten text and whether the name occurred. */
export function resolveList(cnd: MappedText, name: string, items: readonly string[]): { text: MappedText; used: boolean } {
  let used = false;
  let cur = cnd;
  if (name.length === 0) return { text: cur, used };
  let start = cur.text.indexOf(name);
  while (start !== -1) {
    const s = cur.text;
    let end = start + name.length;
    if ((start === 0 || DELIMS.includes(s[start - 1])) && (end >= s.length || DELIMS.includes(s[end]))) {
      // The substituted text points at the use of the list name.
      const useOrigin = cur.originAt(start);
      while (start > 0 && BLANKS.includes(s[start - 1])) start--;
      while (end < s.length && BLANKS.includes(s[end])) end++;
      const sub = items.map(quoteItem).join(', ');
      if (sub.length === 0) {
        if (start > 0 && s[start - 1] === ',') start--;
        else if (end < s.length && s[end] === ',') end++;
      }
      const parts: (MappedText | string)[] = [];
      if (start > 0) parts.push(cur.slice(0, start), ' ');
      parts.push(MappedText.synthetic(sub + ' ', useOrigin));
      parts.push(cur.slice(end));
      cur = MappedText.concat(parts);
      start += sub.length + 1;
      used = true;
    }
    start = cur.text.indexOf(name, start + 1);
  }
  return { text: cur, used };
}

export interface CompiledList { name: string; items: string[]; used: boolean; info: ListInfo }

/**
 * compile_list_infos: a list item naming a list defined earlier (by the referencing list's
 * visibility) is replaced by that list's own items, one level deep; the referenced list is used.
 */
export function compileLists(infos: ListInfo[]): CompiledList[] {
  const byName = new Map(infos.map((l) => [l.name, l]));
  const out: CompiledList[] = [];
  const usedNames: string[] = [];
  for (const list of infos) {
    const items: string[] = [];
    for (const item of list.items) {
      const ref = byName.get(item);
      if (ref && ref.index < list.visibility) {
        usedNames.push(ref.name);
        items.push(...ref.items);
      } else {
        items.push(item);
      }
    }
    out.push({ name: list.name, items, used: false, info: list });
  }
  const outByName = new Map(out.map((l) => [l.name, l]));
  for (const n of usedNames) outByName.get(n)!.used = true;
  return out;
}

const DELIM_SPLIT = /[ \t\n\r(),=]+/;

function addTokens(set: Set<string>, text: string): void {
  for (const t of text.split(DELIM_SPLIT)) if (t) set.add(t);
}

/** Per lists array (one compile pass): each name's position, and the names with a delimiter. */
interface ListIndex { byName: Map<string, number>; delimited: number[] }
const indexes = new WeakMap<CompiledList[], ListIndex>();

function indexOf(lists: CompiledList[]): ListIndex {
  let ix = indexes.get(lists);
  if (!ix) {
    ix = { byName: new Map(), delimited: [] };
    for (let i = 0; i < lists.length; i++) {
      ix.byName.set(lists[i].name, i);
      if (DELIM_SPLIT.test(lists[i].name)) ix.delimited.push(i);
    }
    indexes.set(lists, ix);
  }
  return ix;
}

/**
 * parse_condition's first half: substitutes every list, in definition order. A list can only
 * match where its name is a whole delimiter-bounded token, so only lists named by one of the
 * condition's tokens are tried (plus any whose name has a delimiter, tried always); tokens of
 * pasted items name more lists, tried when their turn comes. The same as trying every list in
 * order and skipping those whose name is not a token at that point, without the scan of every
 * list for every condition (a few hundred lists in the upstream rules).
 * `used`, when given, receives the names of the lists substituted.
 */
export function substituteLists(cond: MappedText, lists: CompiledList[], used?: string[], trace?: SubstitutionTrace): MappedText {
  let cur = cond;
  const { byName, delimited } = indexOf(lists);
  const tokens = new Set<string>();
  addTokens(tokens, cur.text);
  const queue = new Set<number>(delimited);
  for (const t of tokens) {
    const i = byName.get(t);
    if (i !== undefined) queue.add(i);
  }
  let pending = [...queue].sort((a, b) => a - b);
  for (let p = 0; p < pending.length; p++) {
    const at = pending[p];
    const l = lists[at];
    trace?.tried.push({ name: l.name, items: l.items });
    const r = resolveList(cur, l.name, l.items);
    if (!r.used) continue;
    l.used = true;
    used?.push(l.name);
    cur = r.text;
    let added = false;
    for (const item of l.items) {
      for (const t of item.split(DELIM_SPLIT)) {
        if (!t || tokens.has(t)) continue;
        tokens.add(t);
        const i = byName.get(t);
        // A list before this one had its turn already, with this name not yet a token.
        if (i !== undefined && i > at && !queue.has(i)) {
          queue.add(i);
          added = true;
        }
      }
    }
    if (added) pending = [...pending.slice(0, p + 1), ...[...queue].filter((i) => i > at).sort((a, b) => a - b)];
  }
  if (trace) trace.tokens = tokens;
  return cur;
}

/** What a substitution depended on: the lists it tried, in order, and every token it saw. */
export interface SubstitutionTrace { tokens: Set<string>; tried: { name: string; items: string[] }[] }

/**
 * Whether substituting the same condition with `lists` would try the very lists `trace` records
 * (same names and items, same order), and so give the same text. Only lists named by a token the
 * substitution saw (or with a delimiter in their name) can be tried, so it is enough that those,
 * in their order, are the recorded ones: other lists, new or changed, cannot matter. (When such a
 * list was not tried because its name only appeared after its turn, the answer is a safe no.)
 */
export function triesSameLists(trace: SubstitutionTrace, lists: CompiledList[]): boolean {
  const { byName, delimited } = indexOf(lists);
  const at = new Set<number>(delimited);
  for (const t of trace.tokens) {
    const i = byName.get(t);
    if (i !== undefined) at.add(i);
  }
  if (at.size !== trace.tried.length) return false;
  const order = [...at].sort((a, b) => a - b);
  for (let k = 0; k < order.length; k++) {
    const l = lists[order[k]];
    const r = trace.tried[k];
    if (l.name !== r.name || !sameItems(l.items, r.items)) return false;
  }
  return true;
}

function sameItems(a: string[], b: string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
