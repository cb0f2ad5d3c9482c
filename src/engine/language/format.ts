/**
 * "Format condition": lays out the condition of the item under the cursor with the parser's
 * `formatCondition` and writes it back as a YAML scalar indented under its key.
 */
import { formatCondition, formatParseError, parseCondition } from '../condition';
import type { Range } from '../text/range';
import { lexCondition } from './condition-lexer';
import { itemAt, readRulesDocument } from './document';
import type { TextEdit } from './references';
import type { MappedScalar } from './scalar-map';

export type FormatResult = { ok: true; edit: TextEdit; formatted: string } | { ok: false; message: string; range?: Range };

/** Falco's rule loader parses conditions with a depth limit of 1000 (rule_loader_compiler.cpp). */
const FALCO_MAX_DEPTH = 1000;

export function formatConditionAt(text: string, offset: number): FormatResult {
  const item = itemAt(readRulesDocument(text), offset);
  const s = item?.condition;
  if (!item || !s) return { ok: false, message: 'Place the cursor in a rule or macro that has a condition.' };
  const parsed = parseCondition(s.value, { maxDepth: FALCO_MAX_DEPTH });
  if (!parsed.ok) {
    return { ok: false, message: `Cannot format: ${formatParseError(parsed.error)}`, range: s.range };
  }
  const formatted = formatCondition(parsed.ast);
  const key = item.keys.find((k) => k.key === 'condition')!;
  const lineStart = text.lastIndexOf('\n', key.keyRange.start - 1) + 1;
  const indent = ' '.repeat(key.keyRange.start - lineStart + 2);
  return { ok: true, formatted, edit: { range: s.range, newText: scalarText(formatted, s, indent, text) } };
}

/** A plain scalar can hold the text on one line if nothing in it means something to YAML. */
function plainSafe(v: string): boolean {
  return !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(v) && !/: |\s#|:$|\s$/.test(v);
}

function scalarText(formatted: string, s: MappedScalar, indent: string, text: string): string {
  const multiLine = formatted.includes('\n');
  if (!multiLine && s.style === 'PLAIN' && plainSafe(formatted)) return formatted;
  // `>` folds our line breaks back into blanks, which conditions ignore; `|` keeps them, needed
  // only when a quoted value spans lines (folding would change the value).
  const literal = s.style === 'BLOCK_LITERAL'
    || lexCondition(formatted).tokens.some((t) => t.type === 'string' && t.text.includes('\n'));
  const body = formatted.split('\n').map((l) => (l ? indent + l : '')).join('\n');
  // A block scalar's range ends after its last line break; keep the text after it in place.
  const endsWithBreak = text[s.range.end - 1] === '\n';
  return `${literal ? '|' : '>'}\n${body}${endsWithBreak ? '\n' : ''}`;
}
