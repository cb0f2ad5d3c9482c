import { parseAllDocuments, isMap, isSeq, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import type { Range } from '../text/range';
import { yamlTooDeep } from '../text/yaml-depth';
import { mapScalar, type ScalarSource, type ScalarStyle } from './scalar-map';

/** A tag as written in a rule's `tags:` sequence, in YAML order (Falco itself keeps a sorted set). */
export interface TagSource {
  value: string;
  range: Range;
}

/** One item (rule, macro, list) of the user's rules file, with the source ranges the linter needs. */
export interface RuleItemSource {
  kind: 'rule' | 'macro' | 'list';
  name: string;
  /** The whole item mapping. */
  range: Range;
  /** The name scalar (`- rule: <name>`). */
  nameRange: Range;
  condition?: ScalarSource;
  output?: ScalarSource;
  desc?: ScalarSource;
  priority?: ScalarSource;
  tags?: { items: TagSource[]; flow: boolean; range: Range };
  items?: TagSource[];
  /** The `exceptions:` node, when present. */
  exceptions?: { range: Range; flow: boolean };
  /** True for override/append items: they extend another definition. */
  isOverride: boolean;
  /** Keys in YAML order with their ranges. */
  keys: { key: string; range: Range }[];
}

export interface RulesSource {
  items: RuleItemSource[];
}

function scalarSource(text: string, node: YamlNode | null | undefined): ScalarSource | undefined {
  if (!node || !isScalar(node) || !node.range) return undefined;
  const value = typeof node.value === 'string' ? node.value : String(node.value ?? '');
  const style = (node.type ?? 'PLAIN') as ScalarStyle;
  return mapScalar(text, value, style, { start: node.range[0], end: node.range[1] });
}

function stringItems(node: YamlNode | null | undefined): TagSource[] {
  if (!node || !isSeq(node)) return [];
  const out: TagSource[] = [];
  for (const it of node.items as YamlNode[]) {
    if (isScalar(it) && it.range) out.push({ value: String(it.value), range: { start: it.range[0], end: it.range[1] } });
  }
  return out;
}

/**
 * Reads the user's rules file for its item structure and source positions. It never fails: text
 * that is not a sequence of maps simply yields fewer items (the loader reports the YAML errors).
 */
export function scanRulesSource(text: string): RulesSource {
  const items: RuleItemSource[] = [];
  let docs;
  // Too deep for the parser (text/yaml-depth.ts): the loader reports it, there is nothing to lint.
  if (yamlTooDeep(text)) return { items };
  try {
    docs = parseAllDocuments(text);
  } catch {
    return { items };
  }
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const root = doc.contents as YamlNode | null;
    if (!root || !isSeq(root)) continue;
    for (const entry of root.items as YamlNode[]) {
      if (!isMap(entry) || !entry.range) continue;
      const pairs = entry.items as Pair<YamlNode, YamlNode>[];
      const get = (k: string) => pairs.find((p) => isScalar(p.key) && p.key.value === k);
      const kindPair = get('list') ?? get('macro') ?? get('rule');
      if (!kindPair || !isScalar(kindPair.key)) continue;
      const kind = kindPair.key.value as RuleItemSource['kind'];
      const nameNode = kindPair.value;
      if (!nameNode || !isScalar(nameNode) || !nameNode.range) continue;
      const keys = pairs
        .filter((p) => isScalar(p.key) && p.key.range)
        .map((p) => {
          const k = p.key as YamlNode & { value: unknown; range: [number, number, number] };
          return { key: String(k.value), range: { start: k.range[0], end: k.range[1] } };
        });
      const tagsNode = get('tags')?.value;
      const excNode = get('exceptions')?.value;
      const item: RuleItemSource = {
        kind,
        name: String(nameNode.value),
        range: { start: entry.range[0], end: entry.range[1] },
        nameRange: { start: nameNode.range[0], end: nameNode.range[1] },
        condition: scalarSource(text, get('condition')?.value),
        output: scalarSource(text, get('output')?.value),
        desc: scalarSource(text, get('desc')?.value),
        priority: scalarSource(text, get('priority')?.value),
        isOverride: Boolean(get('override') || get('append')),
        keys,
      };
      if (tagsNode && isSeq(tagsNode) && tagsNode.range) {
        item.tags = { items: stringItems(tagsNode), flow: Boolean(tagsNode.flow), range: { start: tagsNode.range[0], end: tagsNode.range[1] } };
      }
      if (kind === 'list') item.items = stringItems(get('items')?.value);
      if (excNode && excNode.range) item.exceptions = { range: { start: excNode.range[0], end: excNode.range[1] }, flow: isSeq(excNode) && Boolean(excNode.flow) };
      items.push(item);
    }
  }
  return { items };
}
