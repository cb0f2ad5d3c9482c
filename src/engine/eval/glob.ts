import { utf8Bytes } from './values';

/**
 * fnmatch(3) with flags 0 (glob) or FNM_CASEFOLD (iglob), as libsinsp's sinsp_utils::glob_match
 * calls it (utils.cpp), with glibc's semantics in the C locale (neither libsinsp nor Falco calls
 * setlocale): the pattern and the value are matched byte by byte on their UTF-8 encoding, so `?`
 * is one byte of a multi-byte character; case folding is ASCII-only.
 *
 * - `*` and `?` match any byte including `/` and leading dots.
 * - `\x` is a literal x; a pattern ending in a lone `\` never matches.
 * - `[...]`, `[!...]`/`[^...]`, a leading `]` is literal, ranges compare byte values (folded for
 *   iglob), `\` escapes inside, `[:class:]` (an unknown lower-case name makes the match fail),
 *   `[=c=]` and `[.c.]` with a single byte (the C locale has no collating elements), an
 *   unterminated `[` is a literal `[` unless the byte already matched an item of it.
 */
const CLASSES: Record<string, (c: number) => boolean> = {
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  digit: (c) => c >= 48 && c <= 57,
  alnum: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  upper: (c) => c >= 65 && c <= 90,
  lower: (c) => c >= 97 && c <= 122,
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  blank: (c) => c === 32 || c === 9,
  punct: (c) => c > 32 && c < 127 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)),
  print: (c) => c >= 32 && c <= 126,
  graph: (c) => c > 32 && c <= 126,
  cntrl: (c) => c < 32 || c === 127,
  xdigit: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};
/** glibc gives up on a bracket class name this long. */
const CLASS_MAX = 256;

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Outcome of a bracket expression for one byte: `next` is the pattern index after its `]`. */
type Bracket =
  | { kind: 'in' | 'out'; next: number; negated: boolean }
  | { kind: 'fail' } // the whole attempt fails, negated or not
  | { kind: 'unterminated' }; // the `[` is an ordinary character

/**
 * Evaluates the bracket expression whose `[` is at P[start - 1] for byte `ch` (pattern as byte
 * codes, -1 past the end).
 */
function bracket(P: number[], start: number, ch: number, fold: boolean): Bracket {
  const at = (i: number) => (i < P.length ? P[i] : -1);
  const F = (c: number) => (fold ? lower(c) : c);
  let p = start;
  const negated = at(p) === 33 /* ! */ || at(p) === 94; /* ^ */
  if (negated) p++;
  const fn = F(ch);
  let c = at(p++);
  let matchedAt = -1;
  scan: for (;;) {
    let plain = false; // c is an ordinary (already folded) bracket character
    if (c === 92 /* \ */) {
      if (at(p) < 0) return { kind: 'fail' };
      c = F(at(p++));
      plain = true;
    } else if (c === 91 /* [ */ && at(p) === 58 /* : */) {
      const startp = p;
      let q = p;
      let name = '';
      let isClass = true;
      for (;;) {
        if (name.length === CLASS_MAX) return { kind: 'fail' };
        const d = at(++q);
        if (d === 58 && at(q + 1) === 93 /* ] */) {
          q += 2;
          break;
        }
        if (d < 97 || d >= 122) {
          isClass = false; // cannot be a class name: the '[' is an ordinary character
          break;
        }
        name += String.fromCharCode(d);
      }
      if (isClass) {
        const test = CLASSES[name];
        if (!test) return { kind: 'fail' };
        if (test(ch)) {
          matchedAt = q;
          break scan;
        }
        p = q;
        c = at(p++);
        if (c === 93) break;
        continue;
      }
      p = startp;
      c = 91;
      plain = true;
    } else if (c === 91 && at(p) === 61 /* = */) {
      const sym = at(p + 1);
      if (sym >= 0 && at(p + 2) === 61 && at(p + 3) === 93) {
        p += 4;
        if (ch === sym) {
          matchedAt = p;
          break scan;
        }
        c = at(p++);
        if (c === 93) break;
        continue;
      }
      c = 91;
      plain = true;
    } else if (c < 0) {
      return { kind: 'unterminated' };
    }
    let cold: number;
    if (!plain && c === 91 && at(p) === 46 /* . */) {
      const sym = collatingSymbol(P, p);
      if (sym === null) return { kind: 'fail' };
      p = sym.next;
      const isRange = at(p) === 45 /* - */ && at(p + 1) >= 0;
      if (!isRange && ch === sym.byte) {
        matchedAt = p;
        break scan;
      }
      cold = sym.byte;
      c = at(p++);
    } else {
      if (!plain) c = F(c);
      const isRange = at(p) === 45 && at(p + 1) >= 0 && at(p + 1) !== 93;
      if (!isRange && c === fn) {
        matchedAt = p;
        break scan;
      }
      cold = c;
      c = at(p++);
    }
    if (c === 45 && at(p) !== 93) {
      let cend = at(p++);
      if (cend === 91 && at(p) === 46) {
        const sym = collatingSymbol(P, p);
        if (sym === null) return { kind: 'fail' };
        cend = sym.byte;
        p = sym.next;
      } else {
        if (cend === 92) cend = at(p++);
        if (cend < 0) return { kind: 'fail' };
        cend = F(cend);
      }
      // The C locale's collation order is the byte order.
      if (cold <= fn && fn <= cend) {
        matchedAt = p;
        break scan;
      }
      c = at(p++);
    }
    if (c === 93) break;
  }
  if (matchedAt < 0) return { kind: 'out', next: p, negated };
  // Skip the rest of the bracket after a match; here a broken item makes the attempt fail.
  p = matchedAt;
  for (;;) {
    const d = at(p++);
    if (d === 93) break;
    if (d < 0) return { kind: 'fail' };
    if (d === 92) {
      if (at(p) < 0) return { kind: 'fail' };
      p++;
    } else if (d === 91 && at(p) === 58) {
      const startp = p;
      let n = 0;
      for (;;) {
        const e = at(++p);
        if (++n === CLASS_MAX) return { kind: 'fail' };
        if (e === 58 && at(p + 1) === 93) break;
        if (e < 97 || e >= 122) {
          p = startp - 2;
          break;
        }
      }
      p += 2;
    } else if (d === 91 && at(p) === 61) {
      if (at(++p) < 0) return { kind: 'fail' };
      if (at(++p) !== 61 || at(p + 1) !== 93) return { kind: 'fail' };
      p += 2;
    } else if (d === 91 && at(p) === 46) {
      for (;;) {
        const e = at(++p);
        if (e < 0) return { kind: 'fail' };
        if (e === 46 && at(p + 1) === 93) break;
      }
      p += 2;
    }
  }
  return { kind: 'in', next: p, negated };
}

/** `[.c.]` starting at P[p] = '.': exactly one byte between the dots. */
function collatingSymbol(P: number[], p: number): { byte: number; next: number } | null {
  let q = p;
  let n = 0;
  for (;;) {
    q++;
    if (q >= P.length) return null;
    if (P[q] === 46 && q + 1 < P.length && P[q + 1] === 93) break;
    n++;
  }
  if (n !== 1) return null;
  return { byte: P[p + 1], next: q + 2 };
}

function toBytes(s: string): number[] {
  const b = utf8Bytes(s);
  const out = new Array<number>(b.length);
  for (let i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
  return out;
}

/** A matcher for one pattern: `casefold` is FNM_CASEFOLD (iglob). */
export function compileGlob(pattern: string, casefold = false): (s: string) => boolean {
  const P = toBytes(pattern);
  // A pattern without wildcards, brackets or escapes is a plain comparison.
  if (!P.some((c) => c === 42 || c === 63 || c === 91 || c === 92)) {
    if (!casefold) return (s) => s === pattern;
    const fl = asciiLower(pattern);
    return (s) => s.length === fl.length && asciiLower(s) === fl;
  }
  const F = (c: number) => (casefold ? lower(c) : c);
  return (s) => {
    // The value's UTF-8 bytes, one char per byte (ASCII values are used as they are).
    const S = utf8Bytes(s);
    // Failed (pattern index, value index) pairs after a '*', so that patterns with several stars
    // stay polynomial.
    let failed: Set<number> | null = null;
    const match = (pi: number, si: number): boolean => {
      while (pi < P.length) {
        const c = P[pi++];
        if (c === 63 /* ? */) {
          if (si >= S.length) return false;
          si++;
        } else if (c === 92 /* \ */) {
          if (pi >= P.length) return false;
          if (si >= S.length || F(S.charCodeAt(si)) !== F(P[pi])) return false;
          pi++;
          si++;
        } else if (c === 42 /* * */) {
          while (pi < P.length && (P[pi] === 42 || P[pi] === 63)) {
            if (P[pi] === 63) {
              if (si >= S.length) return false;
              si++;
            }
            pi++;
          }
          if (pi >= P.length) return true;
          failed ??= new Set();
          for (let k = si; k < S.length; k++) {
            const key = pi * (S.length + 1) + k;
            if (failed.has(key)) continue;
            if (match(pi, k)) return true;
            failed.add(key);
          }
          return false;
        } else if (c === 91 /* [ */) {
          if (si >= S.length) return false;
          const b = bracket(P, pi, S.charCodeAt(si), casefold);
          if (b.kind === 'fail') return false;
          if (b.kind === 'unterminated') {
            if (F(S.charCodeAt(si)) !== 91) return false;
          } else {
            if ((b.kind === 'in') === b.negated) return false;
            pi = b.next;
          }
          si++;
        } else {
          if (si >= S.length || F(S.charCodeAt(si)) !== F(c)) return false;
          si++;
        }
      }
      return si === S.length;
    };
    return match(0, 0);
  };
}

/** ASCII-only lower-casing, as the C locale's tolower does. */
export function asciiLower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}
export function asciiUpper(s: string): string {
  return /[a-z]/.test(s) ? s.replace(/[a-z]+/g, (m) => m.toUpperCase()) : s;
}
