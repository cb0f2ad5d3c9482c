/**
 * fnmatch(3) with flags 0, as libsinsp's sinsp_utils::glob_match calls it (utils.cpp): `*` and `?`
 * match any character including `/` and leading dots; `[...]`, `[!...]`/`[^...]`, ranges and
 * `[[:class:]]`; backslash escapes the next character; an unterminated `[` is a literal `[`.
 * `casefold` is FNM_CASEFOLD (iglob): ASCII-only folding in the C locale.
 */
type Tok =
  | { t: 'lit'; c: string }
  | { t: 'any' }
  | { t: 'star' }
  | { t: 'set'; neg: boolean; test: (c: string) => boolean };

const CLASSES: Record<string, (c: string) => boolean> = {
  alpha: (c) => /[A-Za-z]/.test(c),
  digit: (c) => /[0-9]/.test(c),
  alnum: (c) => /[A-Za-z0-9]/.test(c),
  upper: (c) => /[A-Z]/.test(c),
  lower: (c) => /[a-z]/.test(c),
  space: (c) => /[ \t\n\v\f\r]/.test(c),
  blank: (c) => c === ' ' || c === '\t',
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  print: (c) => c >= ' ' && c <= '~',
  graph: (c) => c > ' ' && c <= '~',
  cntrl: (c) => c < ' ' || c === '\x7f',
  xdigit: (c) => /[0-9A-Fa-f]/.test(c),
};

const fold = (c: string): string => (c >= 'A' && c <= 'Z' ? c.toLowerCase() : c);

function parseSet(p: string, i: number, casefold: boolean): { tok: Tok; next: number } | null {
  // p[i] === '['
  let j = i + 1;
  let neg = false;
  if (p[j] === '!' || p[j] === '^') {
    neg = true;
    j++;
  }
  const tests: ((c: string) => boolean)[] = [];
  let first = true;
  while (j < p.length) {
    let c = p[j];
    if (c === ']' && !first) {
      const t = tests;
      const test = casefold
        ? (x: string) => t.some((f) => f(x) || f(x.toUpperCase()) || f(fold(x)))
        : (x: string) => t.some((f) => f(x));
      return { tok: { t: 'set', neg, test }, next: j + 1 };
    }
    first = false;
    if (c === '[' && p[j + 1] === ':') {
      const end = p.indexOf(':]', j + 2);
      if (end > 0) {
        const cls = CLASSES[p.slice(j + 2, end)];
        if (!cls) return null;
        tests.push(cls);
        j = end + 2;
        continue;
      }
    }
    if (c === '\\' && j + 1 < p.length) {
      j++;
      c = p[j];
    }
    if (p[j + 1] === '-' && j + 2 < p.length && p[j + 2] !== ']') {
      let hi = p[j + 2];
      let k = j + 3;
      if (hi === '\\' && j + 3 < p.length) {
        hi = p[j + 3];
        k = j + 4;
      }
      const lo = c;
      tests.push((x) => x >= lo && x <= hi);
      j = k;
      continue;
    }
    const lit = c;
    tests.push((x) => x === lit);
    j++;
  }
  return null; // unterminated: the '[' is literal
}

export function compileGlob(pattern: string, casefold = false): (s: string) => boolean {
  const toks: Tok[] = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === '*') {
      if (toks[toks.length - 1]?.t !== 'star') toks.push({ t: 'star' });
      i++;
    } else if (c === '?') {
      toks.push({ t: 'any' });
      i++;
    } else if (c === '[') {
      const s = parseSet(pattern, i, casefold);
      if (s) {
        toks.push(s.tok);
        i = s.next;
      } else {
        toks.push({ t: 'lit', c: '[' });
        i++;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      toks.push({ t: 'lit', c: pattern[i + 1] });
      i += 2;
    } else {
      toks.push({ t: 'lit', c });
      i++;
    }
  }
  // A pattern without wildcards is a plain comparison.
  if (toks.every((t) => t.t === 'lit')) {
    const lit = toks.map((t) => (t as { c: string }).c).join('');
    if (!casefold) return (s) => s === lit;
    const fl = asciiLower(lit);
    return (s) => s.length === fl.length && asciiLower(s) === fl;
  }
  const one = (tok: Tok, ch: string): boolean => {
    switch (tok.t) {
      case 'lit': return casefold ? fold(tok.c) === fold(ch) : tok.c === ch;
      case 'any': return true;
      case 'set': return tok.test(ch) !== tok.neg;
      default: return false;
    }
  };
  // Iterative matcher with single-star backtracking (linear in practice, no recursion).
  return (s) => {
    let ti = 0;
    let si = 0;
    let starT = -1;
    let starS = 0;
    while (si < s.length) {
      const tok = toks[ti];
      if (tok && tok.t === 'star') {
        starT = ti++;
        starS = si;
      } else if (tok && one(tok, s[si])) {
        ti++;
        si++;
      } else if (starT >= 0) {
        ti = starT + 1;
        si = ++starS;
      } else {
        return false;
      }
    }
    while (toks[ti]?.t === 'star') ti++;
    return ti === toks.length;
  };
}

/** ASCII-only lower-casing, as the C locale's tolower does. */
export function asciiLower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}
export function asciiUpper(s: string): string {
  return /[a-z]/.test(s) ? s.replace(/[a-z]+/g, (m) => m.toUpperCase()) : s;
}
