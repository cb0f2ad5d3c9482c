/**
 * Scalar values (and shared bits) for the fast YAML reader (yaml-fast.ts), decoded as the `yaml` package decodes
 * them (YAML 1.2 folding and escapes, the package's resolve-flow-scalar / resolve-block-scalar
 * behaviour). Anything these functions do not handle exactly throws Bail, and the whole file is
 * read by the `yaml` package instead.
 */

export const NULL_PLAIN = new Set(['', '~', 'null', 'Null', 'NULL']);
/** Characters a plain scalar cannot start with (some may when followed by a non-blank). */
export const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
/** Deeper nesting is left to the full parser (yaml-tree.ts cuts trees at 200 levels). */
export const MAX_DEPTH = 64;

/** Thrown when the fast reader is not sure; the caller falls back to the full parser. */
export class Bail {
  constructor(readonly why: string) {}
}

export function bail(why: string): never {
  throw new Bail(why);
}

/** Folds the lines of a multi-line plain scalar: one break is a space, n empty lines are n breaks. */
export function foldPlainLines(lines: string[]): string {
  let out = lines[0];
  let sep = ' ';
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l === '') {
      if (sep === '\n') out += '\n';
      else sep = '\n';
    } else {
      out += sep + l;
      sep = ' ';
    }
  }
  return out;
}

const DQ_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/**
 * A double-quoted scalar on one line, from the opening quote at `start`: its value and the offset
 * just after the closing quote. Line breaks inside (folding) are left to the full parser.
 */
export function readDoubleQuoted(src: string, start: number): { value: string; end: number } {
  let out = '';
  let i = start + 1;
  for (;;) {
    const c = src[i];
    if (c === undefined || c === '\n') bail('double-quoted scalar over several lines');
    if (c === '"') return { value: out, end: i + 1 };
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = src[i + 1];
    const simple = e === undefined ? undefined : DQ_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (len === 0) bail('escape the fast reader does not decode');
    const hex = src.slice(i + 2, i + 2 + len);
    if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) bail('bad hex escape');
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) bail('code point out of range');
    out += String.fromCodePoint(code);
    i += 2 + len;
  }
}

/** A single-quoted scalar on one line (`''` is a quote): its value and the offset after it. */
export function readSingleQuoted(src: string, start: number): { value: string; end: number } {
  let out = '';
  let i = start + 1;
  for (;;) {
    const c = src[i];
    if (c === undefined || c === '\n') bail('single-quoted scalar over several lines');
    if (c === "'") {
      if (src[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      return { value: out, end: i + 1 };
    }
    out += c;
    i++;
  }
}

/**
 * The value of a block scalar from its lines (each without its line break; `indent` spaces of
 * indentation are cut, more are kept), after `leadingEmpty` empty lines. Folded (`>`): a break
 * between two normal lines is a space, empty lines are breaks, and lines indented more than the
 * block keep their breaks around them; literal (`|`): lines as they are. Chomping: strip (`-`) or
 * clip (one final break).
 */
export function blockScalarValue(lines: { indent: number; text: string }[], indent: number, leadingEmpty: number, folded: boolean, strip: boolean): string {
  let out = '\n'.repeat(leadingEmpty);
  let sep = '';
  let prevMore = false;
  for (const l of lines) {
    // Empty lines have no indentation of their own; others are indented at least `indent`.
    const more = l.text === '' ? '' : ' '.repeat(l.indent - indent);
    if (!folded) {
      out += sep + more + l.text;
      sep = '\n';
    } else if (l.text === '') {
      if (sep === '\n') out += '\n';
      else sep = '\n';
    } else if (l.indent > indent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMore && sep === '\n') sep = '\n\n';
      out += sep + more + l.text;
      sep = '\n';
      prevMore = true;
    } else {
      out += sep + l.text;
      sep = ' ';
      prevMore = false;
    }
  }
  return strip ? out : out + '\n';
}
