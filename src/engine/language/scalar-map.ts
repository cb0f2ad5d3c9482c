import type { Range } from '../text/range';

/** How a YAML scalar was written (the `yaml` package's `Scalar.type`). */
export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL';

/**
 * A YAML scalar's decoded value with the document offset of every value character.
 * Falco hands the decoded value to its condition parser, so positions inside a condition are
 * value offsets; the editor needs document offsets, and this map converts both ways.
 */
export interface MappedScalar {
  value: string;
  style: ScalarStyle;
  /** The whole scalar in the document (quotes, `>`/`|` header included). */
  range: Range;
  /** offsets[i] = document offset of value[i]; offsets[value.length] = just after the last character. */
  offsets: number[];
  /** False when our decoding disagreed with the YAML library and we fell back to an approximate map. */
  exact: boolean;
}

interface Decoded { chars: string[]; offs: number[] }

const isWs = (c: string | undefined) => c === ' ' || c === '\t';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/** Splits [start, end) into lines: each with its start offset, end offset (before the break) and the offset after its break. */
function lines(text: string, start: number, end: number): { s: number; e: number; next: number }[] {
  const out: { s: number; e: number; next: number }[] = [];
  let s = start;
  while (s <= end) {
    let e = s;
    while (e < end && !isBreak(text[e])) e++;
    let next = e;
    if (next < end && text[next] === '\r' && text[next + 1] === '\n') next += 2;
    else if (next < end) next += 1;
    out.push({ s, e, next });
    if (e >= end) break;
    s = next;
  }
  return out;
}

/**
 * Flow scalars (plain, single and double quoted): continuation lines lose their indentation, a
 * single line break folds to a space, n breaks in a row keep n-1 of them, and in double quotes a
 * backslash at the end of a line joins the lines without a space (YAML 1.2, 7.3 and 7.4).
 */
function decodeFlow(text: string, start: number, end: number, style: ScalarStyle): Decoded {
  const chars: string[] = [];
  const offs: number[] = [];
  const ls = lines(text, start, end);
  let pendingBreaks = 0;
  let breakAt = start;
  let joined = false;
  for (let li = 0; li < ls.length; li++) {
    const { s, e } = ls[li];
    const last = li === ls.length - 1;
    let a = s;
    let b = e;
    if (li > 0) while (a < b && isWs(text[a])) a++;
    if (!last) {
      // Trailing blanks before a break are dropped, unless produced by an escape (`\t`, `\ `).
      while (b > a && isWs(text[b - 1]) && !(style === 'QUOTE_DOUBLE' && escapedAt(text, a, b - 1))) b--;
    }
    if (li > 0 && !last && a === b) {
      pendingBreaks++;
      continue;
    }
    if (li > 0 && !joined) {
      const n = pendingBreaks === 0 ? 1 : pendingBreaks;
      for (let k = 0; k < n; k++) {
        chars.push(pendingBreaks === 0 ? ' ' : '\n');
        offs.push(breakAt);
      }
    }
    pendingBreaks = 0;
    joined = false;
    let p = a;
    while (p < b) {
      if (style === 'QUOTE_SINGLE' && text[p] === "'" && text[p + 1] === "'") {
        chars.push("'");
        offs.push(p);
        p += 2;
        continue;
      }
      if (style === 'QUOTE_DOUBLE' && text[p] === '\\') {
        if (p + 1 >= b && !last) {
          joined = true;
          break;
        }
        const r = decodeEscape(text, p);
        chars.push(...r.out);
        for (let k = 0; k < r.out.length; k++) offs.push(p);
        p = r.next;
        continue;
      }
      chars.push(text[p]);
      offs.push(p);
      p++;
    }
    breakAt = e;
  }
  return { chars, offs };
}

/** True if the character at `i` is the second character of a backslash escape (counting backslash runs). */
function escapedAt(text: string, lineStart: number, i: number): boolean {
  let n = 0;
  for (let k = i - 1; k >= lineStart && text[k] === '\\'; k--) n++;
  return n % 2 === 1;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

function decodeEscape(text: string, p: number): { out: string[]; next: number } {
  const c = text[p + 1];
  if (c in SIMPLE_ESCAPES) return { out: [SIMPLE_ESCAPES[c]], next: p + 2 };
  const hexLen = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hexLen) {
    const code = parseInt(text.slice(p + 2, p + 2 + hexLen), 16);
    if (Number.isFinite(code)) return { out: [...String.fromCodePoint(code)], next: p + 2 + hexLen };
  }
  return { out: [c], next: p + 2 };
}

/** Block scalars (`|` and `>`): strip the indentation, fold `>` lines, apply chomping. */
function decodeBlock(text: string, start: number, end: number, style: ScalarStyle): Decoded {
  const chars: string[] = [];
  const offs: number[] = [];
  let h = start + 1;
  let indent = 0;
  let chomp: 'clip' | 'strip' | 'keep' = 'clip';
  while (h < end && /[0-9+-]/.test(text[h])) {
    if (text[h] === '-') chomp = 'strip';
    else if (text[h] === '+') chomp = 'keep';
    else indent = Number(text[h]);
    h++;
  }
  while (h < end && !isBreak(text[h])) h++;
  if (h < end && text[h] === '\r' && text[h + 1] === '\n') h += 2;
  else if (h < end) h++;
  const ls = lines(text, h, end).filter((l, i, all) => !(i === all.length - 1 && l.s === l.e && l.s >= end));
  if (!indent) {
    let maxEmpty = 0;
    for (const l of ls) {
      let k = l.s;
      while (k < l.e && text[k] === ' ') k++;
      if (k < l.e) { indent = k - l.s; break; }
      maxEmpty = Math.max(maxEmpty, k - l.s);
    }
    if (!indent) indent = maxEmpty;
  }
  type Line = { a: number; e: number; brk: number; empty: boolean; more: boolean };
  const content: Line[] = ls.map((l) => {
    const a = Math.min(l.s + indent, l.e);
    const empty = a >= l.e;
    return { a, e: l.e, brk: l.e, empty, more: !empty && isWs(text[a]) };
  });
  let lastText = -1;
  for (let i = 0; i < content.length; i++) {
    if (!content[i].empty) lastText = i;
  }
  let prevTextLine: Line | null = null;
  let emptiesSince = 0;
  let firstEmptyBreak = -1;
  for (let i = 0; i <= lastText; i++) {
    const l = content[i];
    if (l.empty) {
      if (emptiesSince === 0) firstEmptyBreak = l.brk;
      emptiesSince++;
      continue;
    }
    if (prevTextLine) {
      const fold = style === 'BLOCK_FOLDED' && !prevTextLine.more && !l.more;
      if (fold && emptiesSince === 0) {
        chars.push(' ');
        offs.push(prevTextLine.brk);
      } else {
        const n = fold ? emptiesSince : emptiesSince + 1;
        for (let k = 0; k < n; k++) {
          chars.push('\n');
          offs.push(k === 0 ? prevTextLine.brk : firstEmptyBreak);
        }
      }
    } else {
      for (let k = 0; k < emptiesSince; k++) {
        chars.push('\n');
        offs.push(firstEmptyBreak);
      }
    }
    emptiesSince = 0;
    for (let p = l.a; p < l.e; p++) {
      chars.push(text[p]);
      offs.push(p);
    }
    prevTextLine = l;
  }
  if (prevTextLine && chomp !== 'strip') {
    chars.push('\n');
    offs.push(prevTextLine.brk);
    if (chomp === 'keep') {
      for (let i = lastText + 1; i < content.length; i++) {
        chars.push('\n');
        offs.push(content[i].brk);
      }
    }
  }
  return { chars, offs };
}

/**
 * Greedy alignment used only when our decoder disagrees with the YAML library (exotic escapes):
 * YAML changes only whitespace and escapes, so each value character is matched with the next equal
 * source character; positions stay monotonic and inside the scalar.
 */
function align(text: string, value: string, range: Range): number[] {
  const offs: number[] = [];
  let p = range.start;
  for (const c of value) {
    let q = p;
    while (q < range.end && text[q] !== c && !(c.trim() === '' && text[q].trim() === '')) q++;
    if (q >= range.end) q = Math.min(p, range.end - 1);
    for (let k = 0; k < c.length; k++) offs.push(q);
    p = Math.min(q + 1, range.end);
  }
  return offs;
}

/**
 * Builds the map of a scalar from its source text. `range` is the scalar's extent as the `yaml`
 * package reports it (`node.range[0]..node.range[1]`); `value` is the library's decoded value,
 * used to verify our decoding.
 */
export function mapScalar(text: string, value: string, style: ScalarStyle, range: Range): MappedScalar {
  let d: Decoded;
  if (style === 'BLOCK_FOLDED' || style === 'BLOCK_LITERAL') d = decodeBlock(text, range.start, range.end, style);
  else if (style === 'PLAIN') d = decodeFlow(text, range.start, range.end, style);
  else d = decodeFlow(text, range.start + 1, Math.max(range.start + 1, range.end - 1), style);
  let offsets: number[];
  let exact = true;
  if (d.chars.join('') === value && d.offs.length === value.length) {
    offsets = d.offs;
  } else {
    offsets = align(text, value, range);
    exact = false;
  }
  const endOff = value.length > 0 ? offsets[value.length - 1] + 1 : contentStart(text, style, range);
  offsets.push(Math.min(endOff, range.end));
  return { value, style, range, offsets, exact };
}

function contentStart(text: string, style: ScalarStyle, range: Range): number {
  if (style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE') return range.start + 1;
  if (style === 'BLOCK_FOLDED' || style === 'BLOCK_LITERAL') {
    const nl = text.indexOf('\n', range.start);
    return nl < 0 || nl >= range.end ? range.end : nl + 1;
  }
  return range.start;
}

/** Document offset of value offset `i` (clamped). */
export function valueToDoc(s: MappedScalar, i: number): number {
  return s.offsets[Math.max(0, Math.min(i, s.value.length))];
}

/** Document range of a value range: from its first character to just after its last one. */
export function valueRangeToDoc(s: MappedScalar, r: Range): Range {
  const start = valueToDoc(s, r.start);
  if (r.end <= r.start) return { start, end: start };
  const last = Math.min(r.end - 1, s.value.length - 1);
  return { start, end: Math.max(start, s.offsets[last] + 1) };
}

/**
 * Value offset of a cursor at document offset `doc`: the number of value characters that sit
 * before it. Returns null when the cursor is outside the scalar's content.
 */
export function docToValue(s: MappedScalar, doc: number): number | null {
  if (doc < s.range.start || doc > s.range.end) return null;
  let lo = 0;
  let hi = s.value.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.offsets[mid] < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
