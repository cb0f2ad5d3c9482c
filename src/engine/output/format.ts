/**
 * Output templates (libsinsp eventformatter.cpp `set_format`, `tostring_withformat`; falco
 * formats.cpp `format_event`).
 *
 * A `%` starts a token: optional width digits, then the longest prefix of the rest of the text that
 * parses as a field or transformer *and compiles* (libsinsp tries the whole rest, then one character
 * less, and so on). Falco always renders rule outputs with a leading `*` (print `<NA>` for missing
 * values) and keeps a user's own leading `*`, so exactly one leading `*` is dropped.
 */
import type { Operand } from '../condition/ast';
import type { FalcoEvent } from '../event/types';
import type { Range } from '../text/range';

export const NA = '<NA>';

export type OutputToken =
  | { kind: 'text'; text: string; range: Range }
  | { kind: 'field'; operand: Operand; width: number; range: Range; render: (ev: FalcoEvent) => string | null };

/** How a lone operand is compiled; the evaluator provides it. */
export type OperandCompiler = (operand: Operand) => { ok: true; render: (ev: FalcoEvent) => string | null } | { ok: false; message: string };
/** How an operand prefix is parsed; the condition parser provides it. */
export type OperandPrefixParser = (text: string, start: number, limit: number) => { operand: Operand; end: number } | null;

export type CompiledOutput =
  | { ok: true; tokens: OutputToken[]; render: (ev: FalcoEvent) => string; renderRaw: (ev: FalcoEvent) => string }
  | { ok: false; error: { message: string; range: Range } };

/**
 * libsinsp's message when no prefix of the token parses: the parser fails on the last,
 * one-character attempt with this text (oracle rules.jsonl `outputs` cases).
 */
const NO_PREFIX_PARSES = "unexpected token after '";

export function tokenizeOutput(template: string, parsePrefix: OperandPrefixParser, compile: OperandCompiler): CompiledOutput {
  if (template.length === 0) return { ok: false, error: { message: 'empty formatting token', range: { start: 0, end: 0 } } };
  const offset = template[0] === '*' ? 1 : 0;
  const fmt = template.slice(offset);
  const tokens: OutputToken[] = [];
  const fail = (message: string, at: number, end = at + 1): CompiledOutput => ({ ok: false, error: { message, range: { start: at + offset, end: Math.max(at + 1, end) + offset } } });
  let lastText = 0;
  let j = 0;
  for (j = 0; j < fmt.length; j++) {
    if (fmt[j] !== '%') continue;
    const percent = j;
    if (lastText !== j) tokens.push({ kind: 'text', text: fmt.slice(lastText, j), range: { start: lastText + offset, end: j + offset } });
    if (j === fmt.length - 1) return fail('invalid formatting syntax: formatting cannot end with a %', j);
    let width = 0;
    if (/[0-9]/.test(fmt[j + 1])) {
      const m = /^[0-9]+/.exec(fmt.slice(j + 1))!;
      width = Number(m[0]) | 0;
      while (true) {
        if (j === fmt.length - 1) return fail('invalid formatting syntax: formatting cannot end with a number', percent, j + 1);
        if (/[0-9]/.test(fmt[j + 1])) { j++; continue; }
        break;
      }
    }
    const start = j + 1;
    let size = fmt.length - start;
    let found: { operand: Operand; end: number; render: (ev: FalcoEvent) => string | null } | null = null;
    while (!found) {
      const parsed = parsePrefix(fmt, start, start + size);
      if (parsed) {
        const compiled = compile(parsed.operand);
        if (compiled.ok) { found = { operand: parsed.operand, end: parsed.end, render: compiled.render }; break; }
      }
      size--;
      if (size <= 0) {
        // libsinsp reports the error of its last attempt, the one-character prefix, which never
        // parses as a field: so every unknown token gets the same message.
        return fail(`unknown filter: ${NO_PREFIX_PARSES}`, percent, fmt.length);
      }
    }
    tokens.push({ kind: 'field', operand: found.operand, width, range: { start: percent + offset, end: found.end + offset }, render: found.render });
    j = found.end - 1;
    lastText = found.end;
  }
  if (lastText !== j) tokens.push({ kind: 'text', text: fmt.slice(lastText, j), range: { start: lastText + offset, end: j + offset } });
  const renderRaw = (ev: FalcoEvent): string => {
    let out = '';
    for (const t of tokens) {
      if (t.kind === 'text') { out += t.text; continue; }
      let v: string | null;
      try { v = t.render(ev); } catch { v = null; }
      const s = v ?? NA;
      out += t.width ? resize(s, t.width) : s;
    }
    return out;
  };
  return { ok: true, tokens, renderRaw, render: (ev) => escapeAsJsonText(renderRaw(ev)) };
}

/**
 * std::string::resize(n, ' ') on the UTF-8 text: pad with blanks or cut to exactly n bytes. A cut
 * inside a multi-byte character leaves an invalid sequence, which Falco's JSON encoding of the
 * line (nlohmann::json dump, error_handler_t::replace) prints as U+FFFD.
 */
function resize(s: string, n: number): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
  const bytes = new TextEncoder().encode(s);
  if (bytes.length < n) return s + ' '.repeat(n - bytes.length);
  return new TextDecoder().decode(bytes.subarray(0, n));
}

const SHORT_ESCAPES: Record<string, string> = { '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\' };

/**
 * Falco prints the message JSON-string-escaped without the surrounding quotes: control characters
 * (`\t` becomes `\` `t`), `"` and `\` (oracle rules.jsonl and upstream-rules.jsonl outputs).
 */
export function escapeAsJsonText(s: string): string {
  return s.replace(/[\x00-\x1f"\\]/g, (c) => SHORT_ESCAPES[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
