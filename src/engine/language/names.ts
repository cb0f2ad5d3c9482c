/**
 * The macros and lists a rules file can refer to: its own definitions and those of the read-only
 * base files (the stock ruleset), with where each is defined.
 */
import type { Range } from '../text/range';
import type { PluginMode } from '../fields';
import { readRulesDocument, type RulesDocument, type RulesItem } from './document';

export interface LanguageFile {
  name: string;
  content: string;
}

/** Everything the language features may know besides the text being edited. */
export interface LanguageContext {
  /** Read-only rules files loaded before the edited one (e.g. the stock macros). */
  baseFiles?: LanguageFile[];
  /** Whether the container plugin's fields exist. Default: 'container' (Falco 0.41+). */
  plugins?: PluginMode;
  /**
   * Value of a field (as written: `proc.aname[2]`) for the selected sample's event, for hovers;
   * null = the field has no value, undefined = unknown (no event or cannot render).
   */
  fieldValue?: (fieldText: string) => string | null | undefined;
}

export interface Definition {
  kind: 'rule' | 'macro' | 'list';
  name: string;
  /** null = the edited document; otherwise the base file's name. */
  file: string | null;
  nameRange: Range;
  range: Range;
  item: RulesItem;
}

export interface NameIndex {
  defs: Definition[];
  macroNames: Set<string>;
  listNames: Set<string>;
  /** Definitions of a name, base files first then the document, in file order. */
  find(kind: 'rule' | 'macro' | 'list', name: string): Definition[];
}

const baseCache = new Map<string, RulesDocument>();
function readBase(content: string): RulesDocument {
  let d = baseCache.get(content);
  if (!d) {
    if (baseCache.size > 8) baseCache.clear();
    d = readRulesDocument(content);
    baseCache.set(content, d);
  }
  return d;
}

export function docDefinitions(doc: RulesDocument, file: string | null): Definition[] {
  const out: Definition[] = [];
  for (const item of doc.items) {
    if (item.kind === 'other' || !item.name) continue;
    out.push({ kind: item.kind, name: item.name, file, nameRange: item.nameRange, range: item.range, item });
  }
  return out;
}

export function collectNames(text: string, ctx: LanguageContext = {}): NameIndex {
  const defs: Definition[] = [];
  for (const f of ctx.baseFiles ?? []) defs.push(...docDefinitions(readBase(f.content), f.name));
  defs.push(...docDefinitions(readRulesDocument(text), null));
  const macroNames = new Set(defs.filter((d) => d.kind === 'macro').map((d) => d.name));
  const listNames = new Set(defs.filter((d) => d.kind === 'list').map((d) => d.name));
  return {
    defs,
    macroNames,
    listNames,
    find: (kind, name) => defs.filter((d) => d.kind === kind && d.name === name),
  };
}
