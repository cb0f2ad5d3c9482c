/**
 * Completion at a document offset: fields, operators valid for the field's type, transformers,
 * macro and list names inside conditions; `%field` tokens in outputs; item keys and priorities in
 * YAML positions. Items carry a `sortText` so the most likely choice comes first.
 */
import type { Range } from '../text/range';
import { EVENT_PARAM_NAMES, EVENT_TYPE_NAMES, EXECVE_EXIT_PARAMS, operatorsFor } from '../fields';
import { lexCondition, type ConditionToken, type LexState } from './condition-lexer';
import { itemAt, readRulesDocument, type RulesItem } from './document';
import { availableFields, argHint, COMMON_FIELDS, resolveField, typeLabel } from './field-view';
import { collectNames, type LanguageContext, type NameIndex } from './names';
import { docToValue, valueRangeToDoc, type MappedScalar } from './scalar-map';
import {
  itemKeyDocs, keywordDocs, modifierDocs, operatorDocs, PRIORITIES, priorityDocs, transformerDocs,
} from './vocabulary-docs';

export type CompletionKind =
  | 'field' | 'operator' | 'modifier' | 'transformer' | 'macro' | 'list' | 'keyword' | 'value'
  | 'property' | 'snippet';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** Short text beside the label (type, origin). */
  detail?: string;
  documentation?: string;
  /** Text to insert; a snippet (`${1}` placeholders) when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  /** Lower sorts first. */
  sortText: string;
}

export interface CompletionResult {
  /** Document range the chosen item replaces (the word being typed). */
  range: Range;
  items: CompletionItem[];
}

const NONE = (offset: number): CompletionResult => ({ range: { start: offset, end: offset }, items: [] });
const rank = (group: number, i = 0) => `${String(group).padStart(2, '0')}-${String(i).padStart(4, '0')}`;

/** Operators in the order people reach for them; the rest follow. */
const OPERATOR_ORDER = ['=', 'in', 'contains', 'startswith', 'endswith', '!=', 'pmatch', 'glob', 'icontains', 'exists', 'intersects', 'regex', 'iglob', '<', '<=', '>', '>=', 'bcontains', 'bstartswith'];
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
  if (last && last.end === cursor && WORDISH.has(last.type)) {
    typed = last;
    lex = lexCondition(prefix.slice(0, last.start), { macros: names.macroNames, lists: names.listNames });
    state = lex.state;
  }
  const word = typed ? typed.text : '';
  let end = v;
  while (end < s.value.length && /[\w.]/.test(s.value[end])) end++;
  const range = valueRangeToDoc(s, { start: typed ? typed.start : v, end });
  if (range.end <= range.start) range.end = range.start = cursorAfterBlank ?? offset;
  const items = conditionItems(state, lex.lastOperand, word, names, ctx);
  return { range, items: filterByPrefix(items, word) };
}

function closedString(t: ConditionToken): boolean {
  const q = t.text[0];
  return t.text.length >= 2 && t.text.endsWith(q) && t.text[t.text.length - 2] !== '\\';
}

function conditionItems(
  state: LexState, operand: ConditionToken | undefined, word: string,
  names: NameIndex, ctx: LanguageContext,
): CompletionItem[] {
  switch (state) {
    case 'check':
      return [
        ...fieldItems(word, ctx),
        ...macroItems(names, word),
        ...transformerItems(false),
        keywordItem('not', 30),
      ];
    case 'transformerArg':
      return [...fieldItems(word, ctx), ...transformerItems(false)];
    case 'operator':
      return operatorItems(operand, ctx);
    case 'value': {
      const items: CompletionItem[] = [...valueItems(operand, ctx)];
      for (const [m, doc] of Object.entries(modifierDocs)) {
        items.push({ label: m, kind: 'modifier', documentation: doc, insertText: `${m} (\${1})`, snippet: true, sortText: rank(40) });
      }
      items.push(...transformerItems(true));
      return items;
    }
    case 'listValue':
      return [
        { label: '( … )', kind: 'snippet', detail: 'list literal', insertText: '(${1})', snippet: true, sortText: rank(5) },
        ...listItems(names, word),
        ...transformerItems(true),
      ];
    case 'listItem':
      return [...listItems(names, word), ...valueItems(operand, ctx)];
    case 'afterCheck':
      return [keywordItem('and', 1), keywordItem('or', 2)];
    default:
      return [];
  }
}

function keywordItem(k: string, group: number): CompletionItem {
  return { label: k, kind: 'keyword', documentation: keywordDocs[k], insertText: `${k} `, sortText: rank(group) };
}

/** `evt.arg.NAME` / `evt.rawarg.NAME`: execve's parameters first (the playground's events are execve), then every known name. */
function eventParamItems(word: string): CompletionItem[] | null {
  const m = /^(evt\.(?:raw)?arg)\./.exec(word);
  if (!m) return null;
  const execve = new Map(EXECVE_EXIT_PARAMS.map(([n, t]) => [n, t]));
  const names = [...new Set([...execve.keys(), ...EVENT_PARAM_NAMES])];
  return names.map((n, i) => ({
    label: `${m[1]}.${n}`,
    kind: 'field' as const,
    detail: execve.has(n) ? `execve parameter (${execve.get(n)!.toLowerCase()})` : 'event parameter',
    documentation: m[1] === 'evt.arg' ? 'The parameter rendered as text.' : 'The parameter with its own type.',
    insertText: `${m[1]}.${n}`,
    sortText: rank(execve.has(n) ? 5 : 20, i),
  }));
}

function fieldItems(word: string, ctx: LanguageContext): CompletionItem[] {
  const params = eventParamItems(word);
  if (params) return params;
  const fields = availableFields(ctx.plugins);
  const typedClass = word.includes('.') ? word.slice(0, word.indexOf('.') + 1) : '';
  return fields
    .filter((f) => !typedClass || f.name.startsWith(typedClass))
    .map((f) => {
      const common = COMMON_FIELDS.indexOf(f.name);
      // Common fields first, then the rest alphabetically; deprecated ones last.
      const group = f.deprecated ? 60 : common >= 0 ? 10 : 20;
      const hint = argHint(f);
      const insert = hint.startsWith('[') ? `${f.name}[\${1}]` : f.name;
      return {
        label: f.name,
        kind: 'field' as const,
        detail: `${typeLabel(f)}${hint ? ` ${hint}` : ''}${f.plugin ? ' · container plugin' : ''}${f.deprecated ? ' · deprecated' : ''}`,
        documentation: f.description,
        insertText: insert,
        snippet: insert !== f.name,
        sortText: rank(group, common >= 0 ? common : 0) + f.name,
      };
    });
}

function macroItems(names: NameIndex, word: string): CompletionItem[] {
  if (word.includes('.')) return [];
  return names.defs.filter((d) => d.kind === 'macro').map((d) => ({
    label: d.name,
    kind: 'macro' as const,
    detail: d.file === null ? 'macro (this file)' : `macro (${d.file})`,
    documentation: d.item.condition?.value,
    insertText: d.name,
    sortText: rank(d.file === null ? 12 : 15) + d.name,
  })).filter(uniqueLabel());
}

function listItems(names: NameIndex, word: string): CompletionItem[] {
  if (word.includes('.')) return [];
  return names.defs.filter((d) => d.kind === 'list').map((d) => ({
    label: d.name,
    kind: 'list' as const,
    detail: d.file === null ? 'list (this file)' : `list (${d.file})`,
    documentation: d.item.listItems?.map((i) => i.value).join(', '),
    insertText: d.name,
    sortText: rank(d.file === null ? 10 : 12) + d.name,
  })).filter(uniqueLabel());
}

function uniqueLabel() {
  const seen = new Set<string>();
  return (i: CompletionItem) => (seen.has(i.label) ? false : (seen.add(i.label), true));
}

function transformerItems(rhs: boolean): CompletionItem[] {
  return Object.entries(transformerDocs)
    .filter(([name]) => rhs || name !== 'val')
    .map(([name, t]) => ({
      label: name,
      kind: 'transformer' as const,
      detail: t.signature,
      documentation: t.doc,
      insertText: `${name}(\${1})`,
      snippet: true,
      sortText: rank(name === 'val' ? 25 : 35) + name,
    }));
}

/** Output type of an operand: the field's type, or a transformer's result type. */
function operandType(operand: ConditionToken | undefined, ctx: LanguageContext): { type: string; list: boolean; ops: string[] | null } | null {
  if (!operand) return null;
  if (operand.type === 'transformer') {
    if (operand.text === 'len') return { type: 'UINT64', list: false, ops: operatorsFor('UINT64', false) };
    return { type: 'CHARBUF', list: false, ops: operatorsFor('CHARBUF', false) };
  }
  const f = resolveField(operand.text, undefined, ctx.plugins);
  if (!f) return null;
  return { type: f.type, list: f.list, ops: f.operators };
}

function operatorItems(operand: ConditionToken | undefined, ctx: LanguageContext): CompletionItem[] {
  const t = operandType(operand, ctx);
  // evt.rawarg takes its parameter's type (operators null): offer everything.
  const ops = t?.ops ?? OPERATOR_ORDER;
  return ops.map((op) => {
    const i = OPERATOR_ORDER.indexOf(op);
    const word = /^[a-z]/.test(op);
    return {
      label: op,
      kind: 'operator' as const,
      detail: t ? `for ${operand?.text}` : undefined,
      documentation: operatorDocs[op],
      insertText: word ? `${op} ` : `${op} `,
      sortText: rank(1, i < 0 ? 99 : i),
    };
  });
}

function valueItems(operand: ConditionToken | undefined, ctx: LanguageContext): CompletionItem[] {
  const t = operandType(operand, ctx);
  if (operand?.text === 'evt.type' || operand?.text === 'syscall.type') {
    const common = ['execve', 'execveat', 'open', 'openat', 'openat2', 'connect', 'accept', 'rename', 'unlink', 'unlinkat', 'mkdir', 'chmod', 'setuid', 'ptrace'];
    return EVENT_TYPE_NAMES.filter((n) => /^[a-z]/.test(n)).map((n) => ({
      label: n, kind: 'value' as const, detail: 'event type', insertText: n,
      sortText: rank(common.includes(n) ? 2 : 8) + n,
    }));
  }
  if (t?.type === 'BOOL') {
    return ['true', 'false'].map((b, i) => ({ label: b, kind: 'value' as const, insertText: b, sortText: rank(2, i) }));
  }
  return [];
}

function filterByPrefix(items: CompletionItem[], word: string): CompletionItem[] {
  if (!word) return items;
  // Editors filter again as the user types; here we only drop what cannot match at all.
  const w = word.toLowerCase();
  return items.filter((i) => i.label.toLowerCase().includes(w) || i.label.startsWith('('));
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

function completeYaml(text: string, offset: number, item: RulesItem | undefined, ctx: LanguageContext): CompletionResult {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  // Exception tuples: `fields: [proc.name, fd.‸` and `comps: [=, ‸`.
  const exc = /^\s*(?:-\s+)?(fields|comps):\s*(?:\[(?:[^\]]*,)?)?\s*([\w.\[\]=!<>-]*)$/.exec(line);
  if (exc && item?.kind === 'rule') {
    const typed = exc[2];
    const range = { start: offset - typed.length, end: offset };
    const items = exc[1] === 'fields' ? fieldItems(typed, ctx) : operatorItems(undefined, ctx);
    return { range, items: filterByPrefix(items, typed) };
  }
  const kv = /^(\s*-?\s*)([\w-]+):\s*([\w-]*)$/.exec(line);
  if (kv) {
    const [, , key, typed] = kv;
    const range = { start: offset - typed.length, end: offset };
    if (key === 'priority') {
      return {
        range,
        items: PRIORITIES.map((p, i) => ({
          label: p, kind: 'value' as const, documentation: priorityDocs[p], insertText: p,
          sortText: rank(i === 4 ? 0 : 1, i),
        })),
      };
    }
    if (['enabled', 'append', 'warn_evttypes', 'skip-if-unknown-filter', 'capture'].includes(key)) {
      return { range, items: ['true', 'false'].map((b, i) => ({ label: b, kind: 'value' as const, insertText: b, sortText: rank(1, i) })) };
    }
    if (key === 'condition' && item && item.kind !== 'list') {
      // An empty condition so far: the value scalar does not exist yet.
      const names = collectNames(text, ctx);
      return { range, items: filterByPrefix(conditionItems('check', undefined, typed, names, ctx), typed) };
    }
    if (key === 'source') {
      return { range, items: [{ label: 'syscall', kind: 'value', insertText: 'syscall', sortText: rank(0) }] };
    }
    return NONE(offset);
  }
  const keyLine = /^(\s*)(-\s*)?([\w-]*)$/.exec(line);
  if (!keyLine) return NONE(offset);
  const typed = keyLine[3];
  const range = { start: offset - typed.length, end: offset };
  const topLevel = keyLine[2] !== undefined && keyLine[1].length === 0;
  if (topLevel || !item || item.kind === 'other') {
    if (!topLevel && keyLine[1].length > 0 && !item) return NONE(offset);
    return { range, items: itemSnippets() };
  }
  const have = new Set(item.keys.map((k) => k.key));
  const docs = itemKeyDocs[item.kind];
  const order = Object.keys(docs);
  return {
    range,
    items: order.filter((k) => !have.has(k) || k === typed).map((k, i) => ({
      label: k,
      kind: 'property' as const,
      documentation: docs[k],
      insertText: keySnippet(k),
      snippet: true,
      sortText: rank(1, i),
    })),
  };
}

function keySnippet(k: string): string {
  if (k === 'condition') return 'condition: >\n  ${1}';
  if (k === 'priority') return 'priority: ${1|WARNING,NOTICE,INFORMATIONAL,ERROR,CRITICAL,ALERT,EMERGENCY,DEBUG|}';
  if (k === 'tags' || k === 'items') return `${k}: [\${1}]`;
  return `${k}: \${1}`;
}

function itemSnippets(): CompletionItem[] {
  return [
    {
      label: 'rule', kind: 'snippet', detail: 'new rule',
      insertText: 'rule: ${1:My rule}\n  desc: ${2:What it detects}\n  condition: >\n    ${3:spawned_process}\n  output: ${4:Something happened (user=%user.name command=%proc.cmdline)}\n  priority: ${5|WARNING,NOTICE,INFORMATIONAL,ERROR,CRITICAL,ALERT,EMERGENCY,DEBUG|}',
      snippet: true, sortText: rank(1, 0),
    },
    { label: 'macro', kind: 'snippet', detail: 'new macro', insertText: 'macro: ${1:name}\n  condition: ${2}', snippet: true, sortText: rank(1, 1) },
    { label: 'list', kind: 'snippet', detail: 'new list', insertText: 'list: ${1:name}\n  items: [${2}]', snippet: true, sortText: rank(1, 2) },
  ];
}
