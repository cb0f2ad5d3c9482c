/**
 * The condition scanner: one method per `lex_*` helper of libsinsp's parser
 * (userspace/libsinsp/filter/parser.cpp). libsinsp matches its tokens with anchored POSIX
 * leftmost-longest RE2 patterns; here each pattern is a hand-written loop (linear, no backtracking).
 *
 * The lexer works on UTF-16 offsets; libsinsp's byte positions are derived only when an error is
 * reported (position.ts). `lastToken` mirrors libsinsp's `m_last_token` because its text appears
 * in the "unexpected token after '…'" error.
 */
import { unescapeQuoted } from './escaping';

/** Thrown inside the parser only; parseCondition turns it into a ParseError value. */
export class ParseFailure {
  constructor(readonly message: string, readonly offset: number) {}
}

const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentTail = (c: string) => isLetter(c) || isDigit(c) || c === '_';
const isHex = (c: string) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
/** libsinsp's `lex_blank` set: note `\b` is a blank but `\v` and `\f` are not. */
export const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\b' || c === '\r' || c === '\n';
/** POSIX `[[:space:]]` as used inside libsinsp's regexes: `\v` and `\f` yes, `\b` no. */
export const isPosixSpace = (c: string) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export class Lexer {
  i = 0;
  lastToken = '';

  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new ParseFailure(message, this.i);
  }

  /** The character at the cursor, or '' at the end (libsinsp reads the terminating NUL there). */
  peek(k = 0): string {
    return this.text[this.i + k] ?? '';
  }

  atEnd(): boolean {
    return this.i >= this.text.length;
  }

  /** Skips blanks; true if any were skipped. Does not touch lastToken (as in libsinsp). */
  blank(): boolean {
    const start = this.i;
    while (this.i < this.text.length && isBlank(this.text[this.i])) this.i++;
    return this.i > start;
  }

  /** `lex_helper_str`: a raw prefix match, no word boundary. */
  str(s: string): boolean {
    if (!this.text.startsWith(s, this.i)) return false;
    this.lastToken = s;
    this.i += s.length;
    return true;
  }

  private take(end: number): Token {
    const start = this.i;
    this.lastToken = this.text.slice(start, end);
    this.i = end;
    return { text: this.lastToken, start, end };
  }

  private identEnd(from: number): number {
    let j = from;
    if (!isLetter(this.text[j] ?? '')) return -1;
    while (j < this.text.length && isIdentTail(this.text[j])) j++;
    return j;
  }

  /** `[a-zA-Z]+[a-zA-Z0-9_]*` */
  identifier(): Token | null {
    const end = this.identEnd(this.i);
    return end < 0 ? null : this.take(end);
  }

  /** `ident(\.ident)+`, longest: `proc.name.` stops before the last dot. */
  fieldName(): Token | null {
    let end = this.identEnd(this.i);
    if (end < 0) return null;
    let segments = 0;
    while (this.text[end] === '.') {
      const next = this.identEnd(end + 1);
      if (next < 0) break;
      end = next;
      segments++;
    }
    return segments === 0 ? null : this.take(end);
  }

  /** `[^][\"'[:space:]]+` */
  fieldArgBare(): Token | null {
    let j = this.i;
    while (j < this.text.length) {
      const c = this.text[j];
      if (c === '[' || c === ']' || c === '"' || c === "'" || isPosixSpace(c)) break;
      j++;
    }
    return j === this.i ? null : this.take(j);
  }

  /** `0[xX][0-9a-fA-F]+` */
  hexNumber(): Token | null {
    const t = this.text;
    const i = this.i;
    if (t[i] !== '0' || (t[i + 1] !== 'x' && t[i + 1] !== 'X') || !isHex(t[i + 2] ?? '')) return null;
    let j = i + 3;
    while (j < t.length && isHex(t[j])) j++;
    return this.take(j);
  }

  /** `[+-]?[0-9]+\.?[0-9]*([eE][+-][0-9]+)?`, longest match. */
  number(): Token | null {
    const t = this.text;
    let j = this.i;
    if (t[j] === '+' || t[j] === '-') j++;
    if (!isDigit(t[j] ?? '')) return null;
    while (j < t.length && isDigit(t[j])) j++;
    if (t[j] === '.') j++;
    while (j < t.length && isDigit(t[j])) j++;
    if ((t[j] === 'e' || t[j] === 'E') && (t[j + 1] === '+' || t[j + 1] === '-') && isDigit(t[j + 2] ?? '')) {
      j += 3;
      while (j < t.length && isDigit(t[j])) j++;
    }
    return this.take(j);
  }

  /** `[^()"'[:space:]=,]+`: backslashes and every other byte are literal. */
  bareString(): Token | null {
    let j = this.i;
    while (j < this.text.length) {
      const c = this.text[j];
      if (c === '(' || c === ')' || c === '"' || c === "'" || c === '=' || c === ',' || isPosixSpace(c)) break;
      j++;
    }
    return j === this.i ? null : this.take(j);
  }

  /** `not[[:space:]]+` (the token keeps its blanks, as libsinsp's capture group does). */
  notBlank(): Token | null {
    if (!this.text.startsWith('not', this.i)) return null;
    let j = this.i + 3;
    while (j < this.text.length && isPosixSpace(this.text[j])) j++;
    return j === this.i + 3 ? null : this.take(j);
  }

  /**
   * `lex_quoted_str`. The string closes at the first delimiter whose previous raw character is not a
   * backslash, so `"a\\"` never closes. A NUL ends the scan like the C string libsinsp walks.
   * On failure lastToken is left empty (libsinsp clears m_last_token before scanning).
   * A bad escape fails *after* the cursor moved past the closing quote, as in libsinsp.
   */
  quoted(): (Token & { value: string }) | null {
    const delim = this.text[this.i];
    if (delim !== '"' && delim !== "'") return null;
    this.lastToken = '';
    let prev = '\\';
    for (let j = this.i; j < this.text.length && this.text[j] !== '\0'; j++) {
      const c = this.text[j];
      if (c === delim && prev !== '\\') {
        const start = this.i;
        const raw = this.text.slice(start, j + 1);
        this.i = j + 1;
        const res = unescapeQuoted(raw);
        if (!res.ok) this.fail(res.message);
        this.lastToken = res.value;
        return { text: raw, start, end: j + 1, value: res.value };
      }
      prev = c;
    }
    return null;
  }

  /**
   * `lex_helper_operator_list`: each operator whose spelling libsinsp ends with a space needs a blank
   * after it (`contains"x"` is not an operator); the others are raw prefixes (`in(`, `existsand`).
   */
  operator(ops: readonly string[]): string | null {
    for (const op of ops) {
      if (!op.endsWith(' ')) {
        if (this.str(op)) return op;
        continue;
      }
      const saved = this.i;
      const savedToken = this.lastToken;
      if (this.str(op.slice(0, -1))) {
        if (this.blank()) return op.slice(0, -1);
        this.i = saved;
        this.lastToken = savedToken;
      }
    }
    return null;
  }
}
