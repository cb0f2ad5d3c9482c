/**
 * Completion at a document offset: fields, operators valid for the field's type, transformers,
 * macro and list names inside conditions; `%field` tokens in outputs; item keys and priorities in
 * YAML positions (completion-yaml.ts). Items carry a `sortText` so the most likely choice comes first.
 */
import { lexCondition, type ConditionToken, type LexState } from './condition-lexer';
import { itemAt, readRulesDocument } from './document';
import {
  conditionItems, fieldItems, filterByPrefix, NONE, transformerItems, type CompletionResult,
} from './completion-items';
import { completeYaml } from './completion-yaml';
import { collectNames, type LanguageContext } from './names';
import { docToValue, valueRangeToDoc, type MappedScalar } from './scalar-map';

export type { CompletionItem, CompletionKind, CompletionResult } from './completion-items';

const COMPLETE_KEYWORDS = new Set(['and', 'or', 'not']);
const WORDISH = new Set(['field', 'identifier', 'macro', 'list', 'value', 'number', 'transformer', 'operator', 'keyword', 'modifier']);

export function complete(text: string, offset: number, ctx: LanguageContext = {}): CompletionResult {
  const doc = readRulesDocument(text);
  // The item the cursor is in; on a line after an item's last value, the item above.
  const item = itemAt(doc, offset) ?? [...doc.items].reverse().find((it) => it.range.start <= offset);
  if (item?.condition) {
    if (insideScalar(item.condition, offset, text)) return completeCondition(item.condition, offset, text, ctx);
    if (afterPlainScalar(item.condition, offset, text)) return completeCondition(item.condition, item.condition.range.end, text, ctx, offset);
  }
  if (item?.output && insideScalar(item.output, offset, text)) return completeOutput(item.output, offset, ctx);
  return completeYaml(text, offset, item, ctx);
}

/**
 * A plain scalar ends at its last non-blank character, so `condition: proc.name ‸` puts the cursor
 * just outside it; completion must still treat it as "after the field and a blank".
 */
function afterPlainScalar(s: MappedScalar, offset: number, text: string): boolean {
  return s.style === 'PLAIN' && offset > s.range.end && /^[ \t]+$/.test(text.slice(s.range.end, offset));
}

/** True when `offset` is inside the scalar's content (not on its quotes or its `>`/`|` header line). */
export function insideScalar(s: MappedScalar, offset: number, text: string): boolean {
  if (offset < s.range.start || offset > s.range.end) return false;
  if (s.style === 'QUOTE_DOUBLE' || s.style === 'QUOTE_SINGLE') return offset > s.range.start && offset < s.range.end;
  if (s.style === 'BLOCK_FOLDED' || s.style === 'BLOCK_LITERAL') {
    const nl = text.indexOf('\n', s.range.start);
    return nl >= 0 && offset > nl;
  }
  return true;
}

function completeCondition(s: MappedScalar, offset: number, text: string, ctx: LanguageContext, cursorAfterBlank?: number): CompletionResult {
  const v = docToValue(s, offset);
  if (v === null) return NONE(offset);
  const names = collectNames(text, ctx);
  const prefix = s.value.slice(0, v) + (cursorAfterBlank !== undefined ? ' ' : '');
  const lexed = lexCondition(prefix, { macros: names.macroNames, lists: names.listNames });
  const last = lexed.tokens[lexed.tokens.length - 1];
  const cursor = prefix.length;
  // Inside a string literal (closed after the cursor or not at all): nothing to suggest.
  if (last && last.type === 'string' && last.end === cursor && !closedString(last)) return NONE(offset);
  if (last && last.type === 'fieldArg' && last.end === cursor) return NONE(offset);
  let typed: ConditionToken | undefined;
  let state: LexState = lexed.state;
  let lex = lexed;
  const nameLike = (t: ConditionToken) => t.type === 'invalid' && /^[a-zA-Z][\w]*(\.[\w]*)*$/.test(t.text);
  if (last && last.end === cursor && (WORDISH.has(last.type) || nameLike(last))) {
    typed = last;
    lex = lexCondition(prefix.slice(0, last.start), { macros: names.macroNames, lists: names.listNames });
    state = lex.state;
    // A dotted name typed where the grammar expects something else (broken text before it) is still
    // most likely a field: offer fields rather than nothing.
    if (typed.text.includes('.') && (state === 'afterCheck' || nameLike(typed))) state = 'check';
  }
  // A keyword typed in full (`… systemctl and`, `or`, `not`) is finished: offering it again would
  // make Enter accept it (inserting `and `) instead of starting a new line. The blank typed next
  // brings what may follow.
  if (typed?.type === 'keyword' && COMPLETE_KEYWORDS.has(typed.text) && typed.end === cursor) return NONE(offset);
  const word = typed ? typed.text : '';
  let end = v;
  while (end < s.value.length && /[\w.]/.test(s.value[end])) end++;
  const range = valueRangeToDoc(s, { start: typed ? typed.start : v, end });
  if (range.end <= range.start) range.end = range.start = cursorAfterBlank ?? offset;
  const items = filterByPrefix(conditionItems(state, lex.lastOperand, word, names, ctx), word);
  const incomplete = items.some((i) => i.kind === 'keyword' && COMPLETE_KEYWORDS.has(i.label) && i.label.startsWith(word));
  return incomplete ? { range, items, incomplete } : { range, items };
}

function closedString(t: ConditionToken): boolean {
  const q = t.text[0];
  return t.text.length >= 2 && t.text.endsWith(q) && t.text[t.text.length - 2] !== '\\';
}

function completeOutput(s: MappedScalar, offset: number, ctx: LanguageContext): CompletionResult {
  const v = docToValue(s, offset);
  if (v === null) return NONE(offset);
  const before = s.value.slice(0, v);
  const m = /%([a-zA-Z0-9_.]*)$/.exec(before);
  if (!m) return NONE(offset);
  let end = v;
  while (end < s.value.length && /[\w.]/.test(s.value[end])) end++;
  const range = valueRangeToDoc(s, { start: v - m[1].length, end });
  if (range.end <= range.start) range.end = range.start = offset;
  const items = [...fieldItems(m[1], ctx), ...transformerItems(false)];
  return { range, items: filterByPrefix(items, m[1]) };
}
