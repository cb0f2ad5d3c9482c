/**
 * Per-character source offsets of a YAML scalar's decoded value.
 *
 * The decoded value of a folded (`>`), literal (`|`), plain multi-line or quoted scalar is not a
 * substring of the file: line breaks fold into spaces, indentation disappears, `''` and `\"`
 * escapes shrink. We align the decoded value with the scalar's source text greedily: every decoded
 * character is matched with the next source character that produced it (an escape sequence produces
 * its decoded character; folding produces a space from a line break or indentation).
 */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** Decodes the escape at `src[p] === '\\'`; returns the produced text and the source length. */
function readEscape(src: string, p: number): { out: string; len: number } {
  const c = src[p + 1];
  if (c === undefined) return { out: '', len: 1 };
  if (c in SIMPLE_ESCAPES) return { out: SIMPLE_ESCAPES[c], len: 2 };
  const hexLen = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hexLen) {
    const code = parseInt(src.slice(p + 2, p + 2 + hexLen), 16);
    return { out: Number.isFinite(code) ? String.fromCodePoint(code) : '', len: 2 + hexLen };
  }
  if (c === '\n' || c === '\r') {
    // Escaped line break: the break and the next line's indentation produce nothing.
    let q = p + 1;
    if (src[q] === '\r' && src[q + 1] === '\n') q++;
    q++;
    while (src[q] === ' ' || src[q] === '\t') q++;
    return { out: '', len: q - p };
  }
  return { out: c, len: 2 };
}

/**
 * @param source  the whole file text
 * @param start   offset of the scalar's first source character (quote or block indicator included)
 * @param end     offset just past the scalar's source
 * @param value   the decoded value
 * @returns one file offset per UTF-16 unit of `value`
 */
export function scalarOrigins(source: string, start: number, end: number, value: string, style: ScalarStyle): number[] {
  const out: number[] = new Array<number>(value.length);
  let p = start;
  if (style === 'single' || style === 'double') p++;
  if (style === 'literal' || style === 'folded') {
    // Skip the header line (`>-`, `|2+`, comments).
    while (p < end && source[p] !== '\n') p++;
  }
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (p >= end) { out[i++] = Math.max(start, end - 1); continue; }
    if (style === 'double' && source[p] === '\\') {
      const esc = readEscape(source, p);
      if (esc.out.length === 0) { p += esc.len; continue; }
      for (let k = 0; k < esc.out.length && i < value.length; k++) out[i++] = p;
      p += esc.len;
      continue;
    }
    if (source[p] === c) { out[i++] = p++; continue; }
    if (c === ' ' && (source[p] === '\n' || source[p] === '\r')) { out[i++] = p++; continue; }
    // A source character that produced nothing (indentation, a quote's second `'`, `\r`):
    // look ahead a little for the decoded character; if it is not near, give up on this one.
    let q = p;
    while (q < end && source[q] !== c && q - p < 256) q++;
    if (q < end && source[q] === c) { out[i++] = q; p = q + 1; } else { out[i++] = p; }
  }
  return out;
}
