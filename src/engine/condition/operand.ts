/**
 * Parsing a lone operand (a field or a transformer call) outside a condition: output format tokens
 * (`%proc.aname[2]`, `%toupper(user.name)`) and exception `fields:` entries (`tolower(proc.name)`).
 */
import type { Operand } from './ast';
import { DEFAULT_MAX_DEPTH, ParserState, parseExpression } from './parser';
import { parseFieldOrTransformer } from './parse-operand';
import { runParser, toParseError, type ParseError } from './parse';
import { msg } from './vocabulary';
import { shiftRanges } from './walk';

/**
 * libsinsp's `parse_field_or_transformer` on `text.slice(start, end)`: a field (with optional
 * `[arg]`) or a transformer call, read greedily from `start` with no leading blank, ignoring what
 * follows. `end` is where the next token could start (`%fd.name.` stops before the last `.`,
 * `user=%user.name)` before `)`), or null when nothing parses there.
 *
 * libsinsp's output formatter (eventformatter.cpp) tries the whole rest of the format first and,
 * when the result does not compile (unknown field), retries on a text one byte shorter; pass
 * `limit` to reproduce that loop. Ranges are offsets into `text`.
 */
export function parseOperandPrefix(
  text: string,
  start: number,
  limit: number = text.length,
): { operand: Operand; end: number } | null {
  const sub = text.slice(start, Math.max(start, limit));
  const p = new ParserState(sub, DEFAULT_MAX_DEPTH);
  const r = runParser(sub, DEFAULT_MAX_DEPTH, () => parseFieldOrTransformer(p), () => p.lx.i);
  if (!r.ok) return null;
  shiftRanges(r.value, start);
  return { operand: r.value, end: start + p.lx.i };
}

export type OperandResult = { ok: true; operand: Operand } | { ok: false; error: ParseError };

/**
 * A whole string as one operand, blanks around it allowed. Falco validates an exception field
 * containing `(` by compiling `<field> exists` (falco_source.h, is_valid_lhs_field), so errors
 * are the ones libsinsp gives for that text; positions are clamped to `text`.
 */
export function parseOperand(text: string): OperandResult {
  const full = `${text} exists`;
  const p = new ParserState(full, DEFAULT_MAX_DEPTH);
  const r = runParser(full, DEFAULT_MAX_DEPTH, () => parseExpression(p), () => p.lx.i);
  const clamp = (e: ParseError): ParseError =>
    toParseError(text, e.message, Math.min(text.length, offsetOf(full, e)));
  if (!r.ok) return { ok: false, error: clamp(r.error) };
  const ast = r.value;
  if (ast.kind !== 'unaryCheck' || ast.range.end !== full.length) {
    return { ok: false, error: toParseError(text, msg.expectedCheck, 0) };
  }
  return { ok: true, operand: ast.left };
}

/** The UTF-16 offset a ParseError's range starts at, undoing errorRange's end-of-text nudge. */
function offsetOf(text: string, e: ParseError): number {
  return e.pos.idx >= new TextEncoder().encode(text).length ? text.length : e.range.start;
}
