/** Completion outside conditions and outputs: item keys, priorities, booleans, exception tuples, new items. */
import type { RulesItem } from './document';
import {
  conditionItems, fieldItems, filterByPrefix, NONE, operatorItems, rank, type CompletionItem, type CompletionResult,
} from './completion-items';
import { collectNames, type LanguageContext } from './names';
import { itemKeyDocs, PRIORITIES, priorityDocs } from './vocabulary-docs';

export function completeYaml(text: string, offset: number, item: RulesItem | undefined, ctx: LanguageContext): CompletionResult {
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
