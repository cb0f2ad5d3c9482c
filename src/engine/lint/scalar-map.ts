import type { Range } from '../text/range';

/** How a YAML scalar was written; decides how replacement text must be escaped. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL';

/**
 * A YAML scalar value together with a map from each UTF-16 offset of its (decoded) value to the
 * offset in the file it came from. Falco's loader hands the decoded value to the condition parser,
 * so every range the parser gives is relative to `value`; `toFileRange` brings it back to text the
 * user can see and edit.
 */
export interface ScalarSource {
  value: string;
  style: ScalarStyle;
  /** The whole scalar in the file (indicator/quotes included). */
  range: Range;
  /** offsets[i] = file offset of value[i]; offsets[value.length] = end of the last character. */
  offsets: number[];
}

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Aligns the decoded value with its source text. YAML only changes whitespace (indentation,
 * folding of line breaks into spaces) and, in quoted styles, escape sequences; so walking both
 * strings in order and matching each value character with the next equal source character (a
 * folded space may come from a line break) recovers the original positions.
 */
export function mapScalar(text: string, value: string, style: ScalarStyle, range: Range): ScalarSource {
  let p = range.start;
  if (style === 'BLOCK_FOLDED' || style === 'BLOCK_LITERAL') {
    // Skip the header line (`>`, `|-`, `>2` ...) and its line break.
    const nl = text.indexOf('\n', p);
    p = nl < 0 || nl >= range.end ? range.end : nl + 1;
  } else if (style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE') {
    p += 1;
  }
  const offsets: number[] = new Array(value.length + 1);
  const end = range.end;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let q = p;
    if (isBlank(c)) {
      while (q < end && !isBlank(text[q])) q++;
    } else {
      while (q < end && text[q] !== c) q++;
    }
    if (q >= end) {
      // Could not align (unusual escapes): fall back to the last known position.
      q = Math.max(range.start, Math.min(p, end - 1));
      offsets[i] = q;
      continue;
    }
    offsets[i] = q;
    p = q + 1;
  }
  offsets[value.length] = value.length > 0 ? offsets[value.length - 1] + 1 : p;
  return { value, style, range, offsets };
}

/** Converts a range in the scalar's value into a range in the file. */
export function toFileRange(s: ScalarSource, r: Range): Range {
  const start = s.offsets[Math.max(0, Math.min(r.start, s.value.length))];
  const lastIdx = Math.max(r.start, r.end - 1);
  const end = r.end <= r.start ? start : s.offsets[Math.min(lastIdx, s.value.length - 1)] + 1;
  return { start, end: Math.max(start, end) };
}

/**
 * Escapes replacement text so that, written inside this scalar, it decodes to `text`. Plain and
 * block scalars take it verbatim (our replacements never contain line breaks or ` #`).
 */
export function encodeForScalar(s: ScalarSource, text: string): string {
  if (s.style === 'QUOTE_DOUBLE') return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  if (s.style === 'QUOTE_SINGLE') return text.replace(/'/g, "''");
  return text;
}
