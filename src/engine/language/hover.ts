/**
 * Hover text (Markdown) for what is under the cursor: a field (description, type, its value for the
 * selected sample), an operator (exact semantics and traps), a macro or list (definition and
 * expansion), a transformer, a keyword, a priority or an item key.
 */
import type { Range } from '../text/range';
import { lexCondition, type ConditionToken } from './condition-lexer';
import { itemAt, readRulesDocument, type RulesItem } from './document';
import { fieldDescriptions } from '../fields/descriptions';
import { argHint, resolveField, typeLabel } from './field-view';
import { collectNames, type Definition, type LanguageContext, type NameIndex } from './names';
import { docToValue, valueRangeToDoc, type MappedScalar } from './scalar-map';
import { outputTokens } from './tokens';
import { mdBlock, mdCode, mdText } from './markdown';
import {
  itemKeyDocs, keywordDocs, modifierDocs, operatorDocs, PRIORITIES, priorityDocs, transformerDocs,
} from './vocabulary-docs';

export interface HoverResult {
  /** Document range the hover is about. */
  range: Range;
  /** Markdown. */
  contents: string;
}

// Every text from the rules file, a sample or a file name goes through these (markdown.ts).
const code = mdCode;
const block = mdBlock;

export function hover(text: string, offset: number, ctx: LanguageContext = {}): HoverResult | null {
  const doc = readRulesDocument(text);
  const item = itemAt(doc, offset);
  if (!item) return null;
  const names = collectNames(text, ctx);
  if (item.condition && within(item.condition, offset)) return hoverCondition(item.condition, offset, names, ctx);
  if (item.output && within(item.output, offset)) return hoverOutput(item.output, offset, ctx);
  return hoverYaml(item, offset, names, ctx);
}

function within(s: MappedScalar, offset: number): boolean {
  return offset >= s.range.start && offset < s.range.end;
}

/** The token under value offset `v` (a token's end counts when no token starts there). */
function tokenAt(tokens: ConditionToken[], v: number): { token: ConditionToken; index: number } | null {
  let found: { token: ConditionToken; index: number } | null = null;
  tokens.forEach((token, index) => {
    if (v >= token.start && v < token.end) found = { token, index };
  });
  return found;
}

function hoverCondition(s: MappedScalar, offset: number, names: NameIndex, ctx: LanguageContext): HoverResult | null {
  const v = docToValue(s, offset);
  if (v === null) return null;
  const { tokens } = lexCondition(s.value, { macros: names.macroNames, lists: names.listNames });
  const hit = tokenAt(tokens, v);
  if (!hit) return null;
  return hoverToken(tokens, hit.index, s, names, ctx);
}

function hoverOutput(s: MappedScalar, offset: number, ctx: LanguageContext): HoverResult | null {
  const v = docToValue(s, offset);
  if (v === null) return null;
  const tokens = outputTokens(s.value).map((t) => ({ ...t, text: s.value.slice(t.start, t.end) }));
  const hit = tokenAt(tokens, v);
  if (!hit) return null;
  const t = hit.token;
  if (t.type === 'field') {
    // Output tokens keep their `%`: describe the field after it.
    const body = { ...t, start: t.start + 1, text: t.text.slice(1) };
    const m = /^([^[]+)(?:\[(.*)\])?$/.exec(body.text);
    return fieldHover(m ? m[1] : body.text, m?.[2], body.text, valueRangeToDoc(s, t), ctx);
  }
  return hoverToken(tokens, hit.index, s, { defs: [], macroNames: new Set(), listNames: new Set(), find: () => [] }, ctx);
}

function hoverToken(tokens: ConditionToken[], index: number, s: MappedScalar, names: NameIndex, ctx: LanguageContext): HoverResult | null {
  const t = tokens[index];
  const range = valueRangeToDoc(s, t);
  switch (t.type) {
    case 'field': {
      // Gather `[arg]` written right after the name.
      let arg: string | undefined;
      let end = t.end;
      if (tokens[index + 1]?.type === 'bracket' && tokens[index + 1].start === t.end) {
        const a = tokens[index + 2];
        if (a?.type === 'fieldArg') {
          arg = unquote(a.text);
          end = tokens[index + 3]?.type === 'bracket' ? tokens[index + 3].end : a.end;
        } else {
          arg = '';
        }
      }
      const written = s.value.slice(t.start, end);
      return fieldHover(t.text, arg, written, valueRangeToDoc(s, { start: t.start, end }), ctx);
    }
    case 'operator':
      return operatorDocs[t.text] ? { range, contents: `**${code(t.text)}** operator\n\n${operatorDocs[t.text]}` } : null;
    case 'modifier':
      return modifierDocs[t.text] ? { range, contents: `**${mdText(t.text)}** modifier\n\n${modifierDocs[t.text]}` } : null;
    case 'keyword':
      return keywordDocs[t.text] ? { range, contents: `**${mdText(t.text)}**\n\n${keywordDocs[t.text]}` } : null;
    case 'transformer': {
      const d = transformerDocs[t.text];
      return d ? { range, contents: `**${code(d.signature)}** transformer\n\n${d.doc}` } : null;
    }
    case 'macro':
    case 'list':
    case 'identifier': {
      const kind = t.type === 'list' ? 'list' : 'macro';
      const defs = names.find(kind, t.text);
      if (defs.length === 0) {
        return t.type === 'identifier' ? { range, contents: `${code(t.text)}: no macro of this name is defined in this file or the base ruleset.` } : null;
      }
      return { range, contents: definitionHover(defs, names) };
    }
    case 'value':
    case 'number': {
      // A bare word in a list literal may be a list name (lists are substituted textually).
      const defs = names.find('list', t.text);
      return defs.length ? { range, contents: definitionHover(defs, names) } : null;
    }
    default:
      return null;
  }
}

function unquote(s: string): string {
  return (s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")) ? s.slice(1, -1) : s;
}

function fieldHover(name: string, arg: string | undefined, written: string, range: Range, ctx: LanguageContext): HoverResult {
  const f = resolveField(name, arg, ctx.plugins);
  if (!f) {
    const hint = ctx.plugins === 'none' && /^(container|k8s)\./.test(name) ? ' (container plugin fields need the plugin)' : '';
    return { range, contents: `${code(written)}: unknown field${hint}.` };
  }
  const lines = [`**${f.name}**${argHint(f) ? ` ${code(argHint(f))}` : ''} — ${typeLabel(f)}`, '', fieldDescriptions[f.name] ?? ''];
  if (f.deprecated) lines.push('', '_Deprecated._');
  if (f.plugin) lines.push('', '_Provided by the container plugin._');
  const value = ctx.fieldValue?.(written);
  if (value !== undefined) {
    lines.push('', value === null ? `Selected sample: ${code(written)} has **no value** (every check on it is false).`
      : `Selected sample: ${code(written)} = ${code(value)}`);
  }
  return { range, contents: lines.join('\n') };
}

/** Definition text plus the expansion Falco compiles (macros inlined, lists substituted). */
function definitionHover(defs: Definition[], names: NameIndex): string {
  const d = defs[defs.length - 1];
  const where = d.file === null ? 'this file' : mdText(d.file);
  const extra = defs.length > 1 ? ` (${defs.length} definitions; appends and overrides combine them)` : '';
  if (d.kind === 'list') {
    const items = listItemsOf(d.name, names, 0);
    const own = defs.flatMap((x) => x.item.listItems?.map((i) => i.value) ?? []);
    const parts = [`**list ${mdText(d.name)}** — ${where}${extra}`, '', block(`[${own.join(', ')}]`)];
    if (items.join(',') !== own.join(',')) parts.push('', 'Expands to:', block(`(${items.join(', ')})`));
    return parts.join('\n');
  }
  const body = defs.map((x) => x.item.condition?.value.trim() ?? '').filter(Boolean).join('\n');
  const expanded = expandMacro(d.name, names, 0, new Set());
  const parts = [`**macro ${mdText(d.name)}** — ${where}${extra}`, '', block(body)];
  if (expanded.replace(/\s+/g, ' ') !== body.replace(/\s+/g, ' ')) parts.push('', 'Expands to:', block(truncate(expanded)));
  return parts.join('\n');
}

function truncate(s: string): string {
  return s.length > 1500 ? s.slice(0, 1500) + ' …' : s;
}

function listItemsOf(name: string, names: NameIndex, depth: number): string[] {
  const defs = names.find('list', name);
  const out: string[] = [];
  for (const d of defs) {
    for (const it of d.item.listItems ?? []) {
      if (depth < 10 && names.listNames.has(it.value) && it.value !== name) out.push(...listItemsOf(it.value, names, depth + 1));
      else out.push(it.value);
    }
  }
  return out;
}

/** Inlines macros (each as a parenthesised group, as Falco does with AST nodes) and lists. */
function expandMacro(name: string, names: NameIndex, depth: number, seen: Set<string>): string {
  const defs = names.find('macro', name);
  const body = defs.map((d) => d.item.condition?.value.trim() ?? '').filter(Boolean).join(' ');
  if (depth > 8 || seen.has(name)) return body;
  const tokens = lexCondition(body, { macros: names.macroNames, lists: names.listNames }).tokens;
  let out = '';
  let at = 0;
  for (const t of tokens) {
    if (t.type === 'macro') {
      out += body.slice(at, t.start) + '(' + expandMacro(t.text, names, depth + 1, new Set([...seen, name])) + ')';
      at = t.end;
    } else if (t.type === 'list') {
      out += body.slice(at, t.start) + listItemsOf(t.text, names, 0).join(', ');
      at = t.end;
    }
  }
  return out + body.slice(at);
}

function hoverYaml(item: RulesItem, offset: number, names: NameIndex, ctx: LanguageContext): HoverResult | null {
  for (const k of item.keys) {
    if (offset >= k.keyRange.start && offset < k.keyRange.end) {
      const docs = item.kind === 'other' ? undefined : itemKeyDocs[item.kind][k.key];
      return docs ? { range: k.keyRange, contents: `**${mdText(k.key)}**\n\n${docs}` } : null;
    }
    if (k.key === 'priority' && k.scalar && offset >= k.valueRange.start && offset < k.valueRange.end) {
      const p = k.scalar.value.toUpperCase() === 'INFO' ? 'INFORMATIONAL' : k.scalar.value.toUpperCase();
      const known = PRIORITIES.includes(p);
      return {
        range: k.valueRange,
        contents: known ? `**${p}** priority\n\n${priorityDocs[p]} (Falco accepts any letter case.)`
          : `${code(k.scalar.value)} is not a priority. Use one of ${PRIORITIES.join(', ')}.`,
      };
    }
  }
  const inRange = (r: Range) => offset >= r.start && offset < r.end;
  const excField = item.exceptionFields?.find((f) => inRange(f.range));
  if (excField) {
    const m = /^([^[]+)(?:\[(.*)\])?$/.exec(excField.value);
    return fieldHover(m ? m[1] : excField.value, m?.[2], excField.value, excField.range, ctx);
  }
  const excComp = item.exceptionComps?.find((c) => inRange(c.range));
  if (excComp && operatorDocs[excComp.value]) {
    return { range: excComp.range, contents: `**${code(excComp.value)}** operator (exception comparison)\n\n${operatorDocs[excComp.value]}` };
  }
  if ((item.kind === 'macro' || item.kind === 'list') && offset >= item.nameRange.start && offset < item.nameRange.end) {
    return { range: item.nameRange, contents: definitionHover(names.find(item.kind, item.name), names) };
  }
  if (item.kind === 'list' && item.listItems) {
    const it = item.listItems.find((x) => offset >= x.range.start && offset < x.range.end);
    if (it && names.listNames.has(it.value)) return { range: it.range, contents: definitionHover(names.find('list', it.value), names) };
  }
  return null;
}
