/**
 * Highlighting tokens for conditions and output templates, in the condition's own offsets and,
 * through the scalar maps, in document offsets (what an editor's semantic highlighting needs).
 */
import type { Range } from '../text/range';
import { lexCondition, type ConditionTokenType, type NameSets } from './condition-lexer';
import { readRulesDocument } from './document';
import { valueRangeToDoc } from './scalar-map';
import { collectNames, type LanguageContext } from './names';

export type TokenType = ConditionTokenType;

export interface Token {
  type: TokenType;
  start: number;
  end: number;
}

const TRANSFORMER_CALL_RE = /^(tolower|toupper|b64|basename|len|join|concat|getopt)\(/;
const FIELD_RE = /^[a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z0-9_]+)+/;

/** Condition tokens (offsets into `condition`). */
export function conditionTokens(condition: string, names: NameSets = {}): Token[] {
  return lexCondition(condition, names).tokens.map(({ type, start, end }) => ({ type, start, end }));
}

/**
 * The `%field` tokens of an output template. Like Falco's formatter (libsinsp eventformatter.cpp),
 * a token is the longest field name (with an optional `[arg]`) or transformer call after `%`;
 * everything else is literal text and is not returned.
 */
export function outputTokens(output: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < output.length; i++) {
    if (output[i] !== '%') continue;
    const rest = output.slice(i + 1);
    const call = TRANSFORMER_CALL_RE.exec(rest);
    if (call) {
      let depth = 0;
      let k = 0;
      for (; k < rest.length; k++) {
        if (rest[k] === '(') depth++;
        else if (rest[k] === ')' && --depth === 0) break;
      }
      const end = i + 1 + Math.min(k + 1, rest.length);
      out.push({ type: 'transformer', start: i, end: i + 1 });
      out.push(...transformerCallTokens(output, i + 1, end));
      i = end - 1;
      continue;
    }
    const m = FIELD_RE.exec(rest);
    if (!m) continue;
    let end = i + 1 + m[0].length;
    if (output[end] === '[') {
      const close = output.indexOf(']', end);
      if (close > 0) end = close + 1;
    }
    out.push({ type: 'field', start: i, end });
    i = end - 1;
  }
  return out;
}

/** Tokens of a transformer call's name and arguments, `text[start, end)` being `name(...)`. */
function transformerCallTokens(text: string, start: number, end: number): Token[] {
  // The call is lexed on its own, as the left side of a check, so its arguments get the
  // transformer-argument rules; offsets are shifted back into the template.
  return lexCondition(text.slice(start, end)).tokens.map((t) => ({ type: t.type, start: start + t.start, end: start + t.end }));
}

/** A token in document offsets; a token that crosses a line break may come back as several ranges. */
export interface DocumentToken extends Range {
  type: TokenType;
}

/**
 * Tokens of every condition and output of a rules file, in document offsets, sorted. Macro and list
 * names come from the file and the base files, so references to them are recognised.
 */
export function documentTokens(text: string, ctx: LanguageContext = {}): DocumentToken[] {
  const doc = readRulesDocument(text);
  const names = collectNames(text, ctx);
  const nameSets: NameSets = { macros: names.macroNames, lists: names.listNames };
  const out: DocumentToken[] = [];
  for (const item of doc.items) {
    // A list item naming another list is substituted by that list's items (Falco's list expansion).
    for (const it of item.listItems ?? []) {
      if (!names.listNames.has(it.value)) continue;
      const quoted = it.range.end - it.range.start > it.value.length;
      out.push({ type: 'list', start: it.range.start + (quoted ? 1 : 0), end: it.range.end - (quoted ? 1 : 0) });
    }
    const parts: [ReturnType<typeof conditionTokens>, NonNullable<typeof item.condition>][] = [];
    if (item.condition) parts.push([conditionTokens(item.condition.value, nameSets), item.condition]);
    if (item.output) parts.push([outputTokens(item.output.value), item.output]);
    for (const [tokens, scalar] of parts) {
      for (const t of tokens) {
        // Split at folded line breaks: a token's characters may sit on several lines.
        let segStart = t.start;
        for (let k = t.start + 1; k <= t.end; k++) {
          if (k === t.end || scalar.offsets[k] !== scalar.offsets[k - 1] + 1) {
            const r = valueRangeToDoc(scalar, { start: segStart, end: k });
            if (r.end > r.start) out.push({ type: t.type, start: r.start, end: r.end });
            segStart = k;
          }
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
