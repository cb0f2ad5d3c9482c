/** The outline of a rules file: its rules, macros and lists (and other top-level entries). */
import type { Range } from '../text/range';
import { readRulesDocument } from './document';

export interface DocumentSymbol {
  name: string;
  kind: 'rule' | 'macro' | 'list' | 'other';
  /** Extra text shown beside the name (priority, "append", "override", "disabled"). */
  detail: string;
  /** The whole item. */
  range: Range;
  /** The name itself (what the editor highlights when the symbol is chosen). */
  selectionRange: Range;
}

export function documentSymbols(text: string): DocumentSymbol[] {
  return readRulesDocument(text).items.map((it) => {
    const key = (k: string) => it.keys.find((x) => x.key === k)?.scalar?.value;
    const detail: string[] = [];
    if (it.kind === 'rule' && key('priority')) detail.push(key('priority')!);
    if (key('enabled') === 'false') detail.push('disabled');
    if (key('append') === 'true') detail.push('append');
    if (it.keys.some((k) => k.key === 'override')) detail.push('override');
    if (it.kind === 'list' && it.listItems) detail.push(`${it.listItems.length} items`);
    return {
      name: it.name || `(unnamed ${it.kind})`,
      kind: it.kind,
      detail: detail.join(' · '),
      range: it.range,
      selectionRange: it.nameRange,
    };
  });
}
