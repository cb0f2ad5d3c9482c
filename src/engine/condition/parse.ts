/**
 * Public entry points: parse a whole condition into a result value (never throws for bad input).
 */
import type { Expr } from './ast';
import type { PosInfo, Range } from '../text/range';
import { ParseFailure } from './lexer';
import { DEFAULT_MAX_DEPTH, ParserState, parseExpression } from './parser';
import { errorRange, posAt } from './position';
import { msg } from './vocabulary';

export interface ParseError {
  /** libsinsp's message without the `filter error at index I, line L, column C: ` prefix. */
  message: string;
  /** libsinsp's position: 0-based UTF-8 byte offset, 1-based line and column. */
  pos: PosInfo;
  /** UTF-16 range for the editor, starting at the error position, at least one character wide. */
  range: Range;
}

export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: ParseError };

export interface ParseOptions {
  /** Recursion limit: libsinsp's default is 100; Falco's rule loader sets 1000. */
  maxDepth?: number;
}

/** The full text libsinsp puts in its exception (what the oracle's `error` field shows). */
export function formatParseError(e: ParseError): string {
  return `filter error at index ${e.pos.idx}, line ${e.pos.line}, column ${e.pos.col}: ${e.message}`;
}

export function toParseError(text: string, message: string, offset: number): ParseError {
  return { message, pos: posAt(text, offset), range: errorRange(text, offset) };
}

/**
 * Runs `fn` and converts parser failures into a ParseError. A JavaScript stack overflow (only
 * possible with a huge custom maxDepth) is reported as the depth error rather than escaping.
 */
export function runParser<T>(text: string, maxDepth: number, fn: () => T, at: () => number):
  { ok: true; value: T } | { ok: false; error: ParseError } {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: toParseError(text, e.message, e.offset) };
    if (e instanceof RangeError) return { ok: false, error: toParseError(text, msg.maxDepth(maxDepth), at()) };
    throw e;
  }
}

export function parseCondition(text: string, options?: ParseOptions): ParseResult {
  const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
  const p = new ParserState(text, maxDepth);
  const r = runParser(text, maxDepth, () => parseExpression(p), () => p.lx.i);
  return r.ok ? { ok: true, ast: r.value } : r;
}
