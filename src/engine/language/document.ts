import { parseAllDocuments, isMap, isSeq, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import type { Range } from '../text/range';
import { yamlTooDeep } from '../text/yaml-depth';
import { mapScalar, type MappedScalar, type ScalarStyle } from './scalar-map';

export type ItemKind = 'rule' | 'macro' | 'list';

/** A `key: value` pair of an item with the ranges the editor needs. */
export interface ItemKey {
  key: string;
  keyRange: Range;
  /** Range of the value node, or an empty range right after the colon when the value is missing. */
  valueRange: Range;
  /** The scalar value (when the value is a scalar). */
  scalar?: MappedScalar;
}

/** One rule, macro or list of a rules file (other top-level entries are kept with kind 'other'). */
export interface RulesItem {
  kind: ItemKind | 'other';
  /** For 'other': the first key (required_engine_version, required_plugin_versions ...). */
  name: string;
  nameRange: Range;
  range: Range;
  keys: ItemKey[];
  /** `condition:` of a rule or macro. */
  condition?: MappedScalar;
  /** `output:` of a rule. */
  output?: MappedScalar;
  /** `items:` of a list, each with its value range. */
  listItems?: { value: string; range: Range }[];
  /** `fields:` and `comps:` entries of the rule's exceptions (fields and operators, with ranges). */
  exceptionFields?: { value: string; range: Range }[];
  exceptionComps?: { value: string; range: Range }[];
  /** True for `append: true` or `override:` items, which extend an earlier definition. */
  extends: boolean;
}

export interface RulesDocument {
  text: string;
  items: RulesItem[];
}

function toRange(node: YamlNode): Range {
  const r = node.range ?? [0, 0, 0];
  return { start: r[0], end: r[1] };
}

function scalarOf(text: string, node: unknown): MappedScalar | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const v = node.value;
  if (v !== null && typeof v === 'object') return undefined;
  const value = typeof v === 'string' ? v : node.source ?? String(v ?? '');
  const style = (node.type ?? 'PLAIN') as ScalarStyle;
  return mapScalar(text, value, style, toRange(node));
}

/** Keys whose scalar values the editor features read; long free text (desc) is not mapped. */
const MAPPED_KEYS = new Set(['rule', 'macro', 'list', 'condition', 'output', 'priority', 'enabled', 'append', 'source', 'override']);

function readItem(text: string, node: YamlNode): RulesItem | null {
  if (!isMap(node) || !node.range) return null;
  const keys: ItemKey[] = [];
  for (const pair of node.items as Pair<YamlNode, YamlNode | null>[]) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const keyRange = toRange(pair.key);
    let valueRange: Range;
    if (pair.value && pair.value.range) valueRange = toRange(pair.value);
    else {
      const colon = text.indexOf(':', keyRange.end);
      const at = colon < 0 ? keyRange.end : colon + 1;
      valueRange = { start: at, end: at };
    }
    const key = String(pair.key.value);
    keys.push({ key, keyRange, valueRange, scalar: MAPPED_KEYS.has(key) ? scalarOf(text, pair.value) : undefined });
  }
  const kindKey = keys.find((k) => k.key === 'rule' || k.key === 'macro' || k.key === 'list');
  const head = kindKey ?? keys[0];
  const get = (k: string) => keys.find((x) => x.key === k);
  const item: RulesItem = {
    kind: kindKey ? (kindKey.key as ItemKind) : 'other',
    name: kindKey ? kindKey.scalar?.value ?? '' : head?.key ?? '',
    nameRange: kindKey ? kindKey.scalar?.range ?? kindKey.valueRange : head?.keyRange ?? toRange(node),
    range: toRange(node),
    keys,
    extends: get('append')?.scalar?.value === 'true' || !!get('override'),
  };
  if (item.kind === 'rule' || item.kind === 'macro') item.condition = get('condition')?.scalar;
  if (item.kind === 'rule') item.output = get('output')?.scalar;
  if (item.kind === 'rule') readExceptions(node, item);
  if (item.kind === 'list') {
    const pair = (node.items as Pair<YamlNode, YamlNode | null>[]).find((p) => isScalar(p.key) && p.key.value === 'items');
    if (pair && isSeq(pair.value)) {
      item.listItems = [];
      for (const it of pair.value.items as YamlNode[]) {
        if (isScalar(it) && it.range) item.listItems.push({ value: String(it.value), range: toRange(it) });
      }
    }
  }
  return item;
}

/** Scalars of a scalar or a (flow or block) sequence of scalars. */
function scalarsOf(node: unknown): { value: string; range: Range }[] {
  if (isScalar(node) && node.range) return [{ value: String(node.value), range: toRange(node as YamlNode) }];
  if (!isSeq(node)) return [];
  return (node.items as YamlNode[]).flatMap((it) => (isScalar(it) && it.range ? [{ value: String(it.value), range: toRange(it) }] : []));
}

function readExceptions(node: YamlNode, item: RulesItem): void {
  if (!isMap(node)) return;
  const exc = node.get('exceptions', true);
  if (!isSeq(exc)) return;
  item.exceptionFields = [];
  item.exceptionComps = [];
  for (const e of exc.items) {
    if (!isMap(e)) continue;
    item.exceptionFields.push(...scalarsOf(e.get('fields', true)));
    item.exceptionComps.push(...scalarsOf(e.get('comps', true)));
  }
}

/** The last few documents read (the edited file and its base files are asked for in turn). */
const cache: RulesDocument[] = [];
const CACHE_SIZE = 4;

/**
 * Reads a rules file's items with source positions. Never fails: YAML errors only mean fewer items
 * (the rules loader reports them). The last result is cached, since every editor request (hover,
 * completion, tokens) asks for the same text.
 */
export function readRulesDocument(text: string): RulesDocument {
  const hit = cache.find((d) => d.text === text);
  if (hit) return hit;
  const items: RulesItem[] = [];
  try {
    // Too deep for the parser (text/yaml-depth.ts): the loader reports it; the editor has no items.
    if (yamlTooDeep(text)) throw new Error('too deep');
    for (const doc of parseAllDocuments(text)) {
      const root = (doc as { contents?: unknown }).contents;
      if (!isSeq(root)) continue;
      for (const entry of root.items as YamlNode[]) {
        const item = readItem(text, entry);
        if (item) items.push(item);
      }
    }
  } catch {
    // A YAML library failure must not break the editor: report no items.
  }
  const doc = { text, items };
  cache.unshift(doc);
  if (cache.length > CACHE_SIZE) cache.pop();
  return doc;
}

/** The item whose range contains `offset` (end inclusive, so a cursor at the end of an item still counts). */
export function itemAt(doc: RulesDocument, offset: number): RulesItem | undefined {
  return doc.items.find((it) => offset >= it.range.start && offset <= it.range.end);
}

/** Expression scalars of a document: conditions and outputs, with the item they belong to. */
export function expressionScalars(doc: RulesDocument): { kind: 'condition' | 'output'; item: RulesItem; scalar: MappedScalar }[] {
  const out: { kind: 'condition' | 'output'; item: RulesItem; scalar: MappedScalar }[] = [];
  for (const item of doc.items) {
    if (item.condition) out.push({ kind: 'condition', item, scalar: item.condition });
    if (item.output) out.push({ kind: 'output', item, scalar: item.output });
  }
  return out;
}
