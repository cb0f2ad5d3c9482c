import type { PosInfo, Range } from '../text/range';

/** UTF-8 length of the UTF-16 code unit at `i` (a surrogate pair counts 2 + 2 = 4 bytes). */
export function utf8UnitLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    const n = text.charCodeAt(i + 1);
    if (n >= 0xdc00 && n <= 0xdfff) return 2;
    return 3; // lone surrogate: TextEncoder writes U+FFFD
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = text.charCodeAt(i - 1);
    if (i > 0 && p >= 0xd800 && p <= 0xdbff) return 2;
    return 3;
  }
  return 3;
}

/**
 * libsinsp's parser position of UTF-16 offset `offset`: libsinsp (parser.cpp, `update_pos`) walks the
 * UTF-8 bytes, adding 1 to `col` per byte and starting a new line on every `\r` and every `\n`, so
 * `\r\n` counts as two lines and a multi-byte character widens the column by its byte count.
 */
export function posAt(text: string, offset: number): PosInfo {
  const pos: PosInfo = { idx: 0, line: 1, col: 1 };
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const n = utf8UnitLength(text, i);
    pos.idx += n;
    pos.col += n;
    const c = text[i];
    if (c === '\r' || c === '\n') {
      pos.col = 1;
      pos.line++;
    }
  }
  return pos;
}

/** Characters that end a bare word (spec 1.1) or are blanks: used to size error highlights. */
function endsWord(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\b' || c === '\v' ||
    c === '\f' || c === '(' || c === ')' || c === '"' || c === "'" || c === ',' || c === '=';
}

/**
 * An editor range for an error at `offset`: starts there and covers the word that begins there
 * (at least one character), clamped to the text. At the very end of the text it marks the last
 * character so there is always something to underline.
 */
export function errorRange(text: string, offset: number): Range {
  const len = text.length;
  if (len === 0) return { start: 0, end: 0 };
  const start = Math.min(Math.max(offset, 0), len);
  if (start === len) return { start: len - 1, end: len };
  let end = start + 1;
  if (!endsWord(text[start])) while (end < len && !endsWord(text[end])) end++;
  return { start, end };
}
