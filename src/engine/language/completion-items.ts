/**
 * Completion items and their ranking, shared by condition, output and YAML-position completion.
 * `sortText` is `<group>-<rank>`: lower groups are the likelier choices.
 */
import type { Range } from '../text/range';
import { EVENT_PARAM_NAMES, EVENT_TYPE_NAMES, EXECVE_EXIT_PARAMS, operatorsFor } from '../fields';
import { fieldDescriptions } from '../fields/descriptions';
import type { ConditionToken, LexState } from './condition-lexer';
import { availableFields, argHint, COMMON_FIELDS, resolveField, typeLabel } from './field-view';
import type { LanguageContext, NameIndex } from './names';
import { keywordDocs, modifierDocs, operatorDocs, transformerDocs } from './vocabulary-docs';
import { mdBlock, mdCode } from './markdown';

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
  /**
   * Ask again on the next keystroke instead of narrowing these items: set while a keyword is
   * offered that the word being typed may still complete (`a` → `and`). Typed in full, a keyword
   * gets no completion (complete() returns none), so the editor must not keep offering it:
   * Enter after `… and` would accept `and ` instead of starting a new line.
   */
  incomplete?: boolean;
}

export const NONE = (offset: number): CompletionResult => ({ range: { start: offset, end: offset }, items: [] });

export const rank = (group: number, i = 0) => `${String(group).padStart(2, '0')}-${String(i).padStart(4, '0')}`;

/** Operators in the order people reach for them; the rest follow. */
const OPERATOR_ORDER = ['=', 'in', 'contains', 'startswith', 'endswith', '!=', 'pmatch', 'glob', 'icontains', 'exists', 'intersects', 'regex', 'iglob', '<', '<=', '>', '>=', 'bcontains', 'bstartswith'];

export function conditionItems(
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
    // Value position: values, not transformers. `tolower(`, `b64(` ... go where a field is expected
    // (a check, a transformer's argument); after `proc.pname = b` the person is typing a value,
    // and b64/basename there were noise. `val(field)`, the field-to-field comparison, stays.
    case 'value': {
      const items: CompletionItem[] = [...valueItems(operand, ctx)];
      for (const [m, doc] of Object.entries(modifierDocs)) {
        items.push({ label: m, kind: 'modifier', documentation: doc, insertText: `${m} (\${1})`, snippet: true, sortText: rank(40) });
      }
      items.push(...valItems());
      return items;
    }
    case 'listValue':
      return [
        { label: '( … )', kind: 'snippet', detail: 'list literal', insertText: '(${1})', snippet: true, sortText: rank(5) },
        ...listItems(names, word),
        ...valItems(),
      ];
    case 'listItem':
      return [...listItems(names, word), ...valueItems(operand, ctx)];
    case 'afterCheck':
      return [keywordItem('and', 1), keywordItem('or', 2)];
    default:
      return [];
  }
}

export function keywordItem(k: string, group: number): CompletionItem {
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

export function fieldItems(word: string, ctx: LanguageContext): CompletionItem[] {
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
        documentation: withSampleValue(fieldDescriptions[f.name] ?? '', f.bareNameOk ? f.name : null, ctx),
        insertText: insert,
        snippet: insert !== f.name,
        sortText: rank(group, common >= 0 ? common : 0) + f.name,
      };
    });
}

/** Appends the selected sample's value of the field, so choosing a field shows what it would compare. */
function withSampleValue(doc: string, field: string | null, ctx: LanguageContext): string {
  if (!field || !ctx.fieldValue) return doc;
  const v = ctx.fieldValue(field);
  if (v === undefined) return doc;
  return `${doc}\n\nSelected sample: ${v === null ? '(no value)' : mdCode(v)}`;
}

function macroItems(names: NameIndex, word: string): CompletionItem[] {
  if (word.includes('.')) return [];
  return names.defs.filter((d) => d.kind === 'macro').map((d) => ({
    label: d.name,
    kind: 'macro' as const,
    detail: d.file === null ? 'macro (this file)' : `macro (${d.file})`,
    // Documentation is Markdown: the user's text goes in a code block (markdown.ts).
    documentation: d.item.condition ? mdBlock(d.item.condition.value) : undefined,
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
    documentation: d.item.listItems ? mdCode(d.item.listItems.map((i) => i.value).join(', ')) : undefined,
    insertText: d.name,
    sortText: rank(d.file === null ? 10 : 12) + d.name,
  })).filter(uniqueLabel());
}

function uniqueLabel() {
  const seen = new Set<string>();
  return (i: CompletionItem) => (seen.has(i.label) ? false : (seen.add(i.label), true));
}

/** `val(field)`: the right-hand side as another field's value (the only "transformer" of value position). */
function valItems(): CompletionItem[] {
  return transformerItems(true).filter((i) => i.label === 'val');
}

export function transformerItems(rhs: boolean): CompletionItem[] {
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

export function operatorItems(operand: ConditionToken | undefined, ctx: LanguageContext): CompletionItem[] {
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
  return sampleValueItems(operand, ctx);
}

/**
 * The selected sample's value of the field, as a value to compare with. Only a value that needs no
 * quotes: quoting inside a YAML scalar (plain, quoted, block) would need escaping of its own.
 */
function sampleValueItems(operand: ConditionToken | undefined, ctx: LanguageContext): CompletionItem[] {
  if (!operand || operand.type !== 'field' || !ctx.fieldValue) return [];
  const v = ctx.fieldValue(operand.text);
  if (typeof v !== 'string' || v === '' || v.length > 200) return [];
  if (!/^[\w./:@+-]+$/.test(v) || /^(and|or|not|in)$/.test(v)) return [];
  return [{ label: v, kind: 'value', detail: 'selected sample', documentation: `The selected sample's value of ${operand.text}.`, insertText: v, sortText: rank(3) }];
}

export function filterByPrefix(items: CompletionItem[], word: string): CompletionItem[] {
  if (!word) return items;
  // Editors filter again as the user types; here we only drop what cannot match at all.
  const w = word.toLowerCase();
  return items.filter((i) => i.label.toLowerCase().includes(w) || i.label.startsWith('('));
}
