/**
 * A fast reader for the YAML that rules files are made of, producing exactly the YNode tree that
 * yaml-tree.ts builds with the `yaml` package (values, styles and source ranges), several times
 * faster: the `yaml` package's general parser was half of the time of loading the upstream rules.
 *
 * It reads a block sequence at column 0 of block mappings with plain keys; values are plain
 * scalars (on one line or folded over several), one-line quoted scalars, `>` / `|` block scalars
 * (clip or strip), flow sequences (yaml-fast-flow.ts) of scalars and flow sequences, and nested block sequences and
 * mappings. Anything else (anchors, tags, flow mappings, empty values, indented comments, tabs,
 * `\r`, a document marker, any error) makes it give up (Bail), and the caller parses the file with
 * the `yaml` package as before, which also produces every error message. Giving up is always
 * safe; what it accepts must match, which yaml-fast.test.ts checks on real rules files and on
 * thousands of mutated ones.
 *
 * Positions follow the `yaml` package: a collection ends where its last value's node ends, and a
 * scalar's node ends after what follows it on its line (spaces, a comment, the line break).
 */
import { readFlowSeq } from './yaml-fast-flow';
import { Bail, INDICATORS, MAX_DEPTH, NULL_PLAIN, bail, blockScalarValue, foldPlainLines, readDoubleQuoted, readSingleQuoted } from './yaml-fast-scalars';
import type { YMap, YNode, YSeq } from './yaml-tree';

const UNSUPPORTED_CHARS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]/;
/** A plain key: the only keys the fast reader takes (rules files use nothing else). */
const KEY = /[A-Za-z0-9_][A-Za-z0-9_.\/-]*:(?=[ \n]|$)/y;

/** A node and yaml's "node end": after the node and the rest of its line. */
interface Read<T extends YNode = YNode> { node: T; next: number }

/** The documents of `src`, or null when the fast reader does not take this text (`why` says why). */
export function parseYamlFast(src: string, why?: (reason: string) => void): { docs: YNode[] } | null {
  if (UNSUPPORTED_CHARS.test(src)) {
    why?.('a tab, a carriage return or a control character');
    return null;
  }
  try {
    return new FastReader(src).document();
  } catch (e) {
    if (e instanceof Bail) {
      why?.(e.why);
      return null;
    }
    throw e;
  }
}


class FastReader {
  private readonly len: number;
  private depth = 0;

  constructor(private readonly src: string) {
    this.len = src.length;
  }

  document(): { docs: YNode[] } {
    const p = this.nextContent(0);
    if (p >= this.len) return { docs: [] };
    if (this.col(p) !== 0 || !this.isSeqItem(p)) bail('the top level is not a block sequence');
    const seq = this.blockSeq(p, 0);
    if (this.nextContent(seq.next) < this.len) bail('content after the top-level sequence');
    return { docs: [seq.node] };
  }

  // ── lines ──────────────────────────────────────────────────────────────────────────────────

  private lineEnd(p: number): number {
    const e = this.src.indexOf('\n', p);
    return e < 0 ? this.len : e;
  }

  private col(p: number): number {
    return p - (this.src.lastIndexOf('\n', p - 1) + 1);
  }

  /** From a line start: the first character of the next line with content (blank and comment lines skipped). */
  private nextContent(p: number): number {
    const src = this.src;
    while (p < this.len) {
      let q = p;
      while (src[q] === ' ') q++;
      if (q >= this.len) return this.len;
      if (src[q] === '\n') { p = q + 1; continue; }
      if (src[q] !== '#') return q;
      // Where the `yaml` package hangs an indented comment changes node ends: not taken here.
      // Comments at column 0 never end up in a node.
      if (q > p) bail('indented comment');
      p = this.lineEnd(q) + 1;
    }
    return this.len;
  }

  /** After a node ending at `p`: spaces, a comment, the line break. Anything else: give up. */
  private rest(p: number): number {
    const src = this.src;
    let q = p;
    while (src[q] === ' ') q++;
    if (src[q] === '#') {
      if (q === p) bail('comment not separated from the node');
      q = this.lineEnd(q);
    }
    if (q >= this.len) return this.len;
    if (src[q] !== '\n') bail('more content after a node');
    return q + 1;
  }

  private isSeqItem(q: number): boolean {
    const n = this.src[q + 1];
    return this.src[q] === '-' && (n === ' ' || n === '\n' || n === undefined);
  }

  /** The offset of the `:` when a plain key starts at `q`, else -1. */
  private keyEnd(q: number): number {
    KEY.lastIndex = q;
    return KEY.test(this.src) ? KEY.lastIndex - 1 : -1;
  }

  // ── block collections ──────────────────────────────────────────────────────────────────────

  private enter(): void {
    if (++this.depth > MAX_DEPTH) bail('deep nesting');
  }

  /** A block sequence whose first `-` is at `p`, column `n`. */
  private blockSeq(p: number, n: number): Read<YSeq> {
    this.enter();
    const items: YNode[] = [];
    let q = p;
    let next = p;
    for (;;) {
      let v = q + 1;
      while (this.src[v] === ' ') v++;
      if (v >= this.len || this.src[v] === '\n' || this.src[v] === '#') bail('empty sequence item');
      const item = this.seqItem(v, n);
      items.push(item.node);
      next = item.next;
      const r = this.nextContent(next);
      if (r < this.len && this.col(r) === n && this.isSeqItem(r)) { q = r; continue; }
      if (r < this.len && this.col(r) >= n && n > 0) bail('unexpected content in a sequence');
      break;
    }
    this.depth--;
    return { node: { kind: 'seq', items, start: p, end: next }, next };
  }

  private seqItem(v: number, n: number): Read {
    const c = this.src[v];
    if (c === '[') return this.flowValue(v, n);
    if (c === '"' || c === "'") return this.quotedValue(v);
    if (this.keyEnd(v) >= 0) return this.blockMap(v, this.col(v));
    return this.plain(v, n);
  }

  /** A block mapping whose first key is at `p`, column `c`. */
  private blockMap(p: number, c: number): Read<YMap> {
    this.enter();
    const entries: YMap['entries'] = [];
    let q = p;
    let next = p;
    for (;;) {
      const colon = this.keyEnd(q);
      if (colon < 0) bail('not a plain key');
      const name = this.src.slice(q, colon);
      if (NULL_PLAIN.has(name)) bail('null key');
      const value = this.mapValue(colon, c);
      entries.push({ key: { kind: 'scalar', value: name, style: 'plain', start: q, end: colon }, value: value.node });
      next = value.next;
      const r = this.nextContent(next);
      if (r < this.len && this.col(r) === c) {
        if (this.isSeqItem(r)) bail('sequence at the indentation of its key');
        q = r;
        continue;
      }
      if (r < this.len && this.col(r) > c) bail('unexpected indentation');
      break;
    }
    this.depth--;
    return { node: { kind: 'map', entries, start: p, end: next }, next };
  }

  /** The value of the key whose `:` is at `colon`, in a mapping at column `c`. */
  private mapValue(colon: number, c: number): Read {
    const src = this.src;
    let v = colon + 1;
    while (src[v] === ' ') v++;
    if (v < this.len && src[v] !== '\n') {
      if (src[v] === '#') bail('comment after a key');
      const ch = src[v];
      if (ch === '[') return this.flowValue(v, c);
      if (ch === '"' || ch === "'") return this.quotedValue(v);
      if (ch === '>' || ch === '|') return this.blockScalar(v, c);
      return this.plain(v, c);
    }
    // The value starts on a later line, more indented than the key; else it is empty.
    const r = this.nextContent(v < this.len ? v + 1 : this.len);
    if (r >= this.len || this.col(r) <= c) bail('empty value');
    if (this.isSeqItem(r)) return this.blockSeq(r, this.col(r));
    if (this.keyEnd(r) >= 0) return this.blockMap(r, this.col(r));
    if ('"\'[>|'.includes(src[r])) bail('a value of this kind on the line after its key');
    return this.plain(r, c);
  }

  // ── scalars ────────────────────────────────────────────────────────────────────────────────

  private quotedValue(v: number): Read {
    const q = this.src[v] === '"' ? readDoubleQuoted(this.src, v) : readSingleQuoted(this.src, v);
    const style = this.src[v] === '"' ? 'double' : 'single';
    return { node: { kind: 'scalar', value: q.value, style, start: v, end: q.end }, next: this.rest(q.end) };
  }

  /**
   * A plain scalar starting at `v`, continued on following lines indented more than `parent`
   * (blank lines fold into line breaks). A comment ends it.
   */
  private plain(v: number, parent: number): Read {
    const src = this.src;
    const ch = src[v];
    if (INDICATORS.includes(ch) && !('-?:'.includes(ch) && src[v + 1] !== undefined && !' \n'.includes(src[v + 1]))) {
      bail('plain scalar starting with an indicator');
    }
    let line = this.plainLine(v);
    const lines = [src.slice(v, line.end)];
    let last = line.end;
    let p = this.lineEnd(v) + 1;
    let empty = 0;
    while (!line.commented && p < this.len) {
      let q = p;
      while (src[q] === ' ') q++;
      if (q >= this.len) break;
      if (src[q] === '\n') { empty++; p = q + 1; continue; }
      if (q - p <= parent || src[q] === '#') break;
      if ('-?:'.includes(src[q]) && ' \n'.includes(src[q + 1] ?? '\n')) bail('indicator at the start of a continuation line');
      line = this.plainLine(q);
      for (; empty > 0; empty--) lines.push('');
      lines.push(src.slice(q, line.end));
      last = line.end;
      p = this.lineEnd(q) + 1;
    }
    const value = foldPlainLines(lines);
    const node: YNode = NULL_PLAIN.has(value) ? { kind: 'null', start: v, end: last } : { kind: 'scalar', value, style: 'plain', start: v, end: last };
    return { node, next: this.rest(last) };
  }

  /** One line of a plain scalar from `q`: where its text ends, and whether a comment follows. */
  private plainLine(q: number): { end: number; commented: boolean } {
    const src = this.src;
    const e = this.lineEnd(q);
    let end = e;
    let commented = false;
    for (let i = q; i < e; i++) {
      const c = src[i];
      if (c === ':' && (i + 1 === e || src[i + 1] === ' ')) bail('mapping indicator inside a plain scalar');
      if (c === '#' && src[i - 1] === ' ' && i > q) { end = i; commented = true; break; }
    }
    while (end > q && src[end - 1] === ' ') end--;
    return { end, commented };
  }

  /** A `>` / `|` block scalar at `v` whose key is at column `c`. */
  private blockScalar(v: number, c: number): Read {
    const src = this.src;
    const folded = src[v] === '>';
    let h = v + 1;
    const strip = src[h] === '-';
    if (strip) h++;
    if (src[h] === '+' || (src[h] >= '0' && src[h] <= '9')) bail('keep chomping or an indentation indicator');
    let q = h;
    while (src[q] === ' ') q++;
    if (src[q] === '#') {
      if (q === h) bail('block scalar header');
      q = this.lineEnd(q);
    }
    if (q >= this.len || src[q] !== '\n') bail('block scalar header');
    let p = q + 1;
    let indent = -1;
    let leadingEmpty = 0;
    let pendingEmpty = 0;
    let end = p;
    const lines: { indent: number; text: string }[] = [];
    while (p < this.len) {
      let s = p;
      while (src[s] === ' ') s++;
      if (s >= this.len || src[s] === '\n') {
        if (s > p) bail('blank line with spaces in a block scalar');
        if (indent < 0) leadingEmpty++;
        else pendingEmpty++;
        p = s + 1;
        continue;
      }
      const ind = s - p;
      if (indent < 0) {
        if (ind <= c) bail('empty block scalar');
        indent = ind;
      } else if (ind < indent) {
        break;
      }
      for (; pendingEmpty > 0; pendingEmpty--) lines.push({ indent: 0, text: '' });
      const e = this.lineEnd(s);
      lines.push({ indent: ind, text: src.slice(s, e) });
      end = e < this.len ? e + 1 : this.len;
      p = end;
    }
    if (indent < 0) bail('empty block scalar');
    // Trailing empty lines are not part of a clipped or stripped block scalar.
    const value = blockScalarValue(lines, indent, leadingEmpty, folded, strip);
    return { node: { kind: 'scalar', value, style: folded ? 'folded' : 'literal', start: v, end }, next: end };
  }

  /** A flow sequence at `v` as a block value; its lines must be indented more than `parent`. */
  private flowValue(v: number, parent: number): Read {
    const f = readFlowSeq(this.src, v, parent, this.depth);
    return { node: f.node, next: this.rest(f.end) };
  }
}
