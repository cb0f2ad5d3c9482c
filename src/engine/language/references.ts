/**
 * Go to definition, find references and rename for macros and lists. A macro is referenced by a
 * bare identifier in check position of a condition; a list by a name after `in`/`intersects`/
 * `pmatch`, inside a list literal, or as an item of another list (Falco substitutes lists
 * textually wherever their name appears as a list item: rule_loader_compiler.cpp, compile_list_infos
 * and the list expansion of conditions).
 */
import type { Range } from '../text/range';
import { lexCondition } from './condition-lexer';
import { readRulesDocument, type RulesDocument } from './document';
import { collectNames, type LanguageContext, type NameIndex } from './names';
import { valueRangeToDoc } from './scalar-map';

export interface Location {
  /** null = the edited document; otherwise the base file's name. */
  file: string | null;
  range: Range;
}

export interface SymbolRef {
  kind: 'macro' | 'list';
  name: string;
  file: string | null;
  range: Range;
  /** True for the name in `- macro: x` / `- list: x`. */
  isDefinition: boolean;
}

const NAME_RE = /^[a-zA-Z_][a-zA-Z0-9_.-]*$/;

/** Every macro and list name occurrence in one document (definitions included). */
export function symbolRefs(doc: RulesDocument, file: string | null, names: NameIndex): SymbolRef[] {
  const out: SymbolRef[] = [];
  const sets = { macros: names.macroNames, lists: names.listNames };
  for (const item of doc.items) {
    if ((item.kind === 'macro' || item.kind === 'list') && item.name) {
      out.push({ kind: item.kind, name: item.name, file, range: item.nameRange, isDefinition: true });
    }
    if (item.condition) {
      const s = item.condition;
      for (const t of lexCondition(s.value, sets).tokens) {
        if (t.type === 'macro' || t.type === 'list') {
          out.push({ kind: t.type, name: t.text, file, range: valueRangeToDoc(s, t), isDefinition: false });
        } else if (t.type === 'identifier' && !names.listNames.has(t.text)) {
          // An undefined macro still counts as a reference, so renaming a macro to fix a typo works.
          out.push({ kind: 'macro', name: t.text, file, range: valueRangeToDoc(s, t), isDefinition: false });
        }
      }
    }
    for (const it of item.listItems ?? []) {
      if (names.listNames.has(it.value)) {
        // The item's range includes quotes when quoted; point at the name itself.
        const inner = it.range.end - it.range.start > it.value.length ? { start: it.range.start + 1, end: it.range.end - 1 } : it.range;
        out.push({ kind: 'list', name: it.value, file, range: inner, isDefinition: false });
      }
    }
  }
  return out;
}

function allRefs(text: string, ctx: LanguageContext): { names: NameIndex; refs: SymbolRef[] } {
  const names = collectNames(text, ctx);
  const refs: SymbolRef[] = [];
  for (const f of ctx.baseFiles ?? []) refs.push(...symbolRefs(readRulesDocument(f.content), f.name, names));
  refs.push(...symbolRefs(readRulesDocument(text), null, names));
  return { names, refs };
}

/** The macro or list name under the cursor in the edited rules text. */
export function symbolAt(text: string, offset: number, ctx: LanguageContext = {}): SymbolRef | null {
  const names = collectNames(text, ctx);
  const refs = symbolRefs(readRulesDocument(text), null, names);
  return refs.find((r) => offset >= r.range.start && offset <= r.range.end) ?? null;
}

export function definition(text: string, offset: number, ctx: LanguageContext = {}): Location[] {
  const sym = symbolAt(text, offset, ctx);
  if (!sym) return [];
  const names = collectNames(text, ctx);
  return names.find(sym.kind, sym.name).map((d) => ({ file: d.file, range: d.nameRange }));
}

export function references(text: string, offset: number, ctx: LanguageContext = {}, includeDeclaration = true): Location[] {
  const sym = symbolAt(text, offset, ctx);
  if (!sym) return [];
  return allRefs(text, ctx).refs
    .filter((r) => r.kind === sym.kind && r.name === sym.name && (includeDeclaration || !r.isDefinition))
    .map((r) => ({ file: r.file, range: r.range }));
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export type RenameResult = { ok: true; edits: TextEdit[] } | { ok: false; message: string };

/** What can be renamed at the cursor: the name's range and current text. */
export function prepareRename(text: string, offset: number, ctx: LanguageContext = {}): { range: Range; placeholder: string } | null {
  const sym = symbolAt(text, offset, ctx);
  return sym ? { range: sym.range, placeholder: sym.name } : null;
}

/**
 * Renames a macro or list in the edited document: its definitions and every reference. Names
 * defined in a read-only base file cannot be renamed (their definition is not ours to edit).
 */
export function rename(text: string, offset: number, newName: string, ctx: LanguageContext = {}): RenameResult {
  const sym = symbolAt(text, offset, ctx);
  if (!sym) return { ok: false, message: 'Place the cursor on a macro or list name to rename it.' };
  if (!NAME_RE.test(newName) || /^(and|or|not)$/.test(newName)) {
    return { ok: false, message: `'${newName}' is not a valid ${sym.kind} name.` };
  }
  const { names, refs } = allRefs(text, ctx);
  const defs = names.find(sym.kind, sym.name);
  if (defs.some((d) => d.file !== null)) {
    return { ok: false, message: `${sym.kind} '${sym.name}' is defined in the read-only base file ${defs.find((d) => d.file !== null)!.file}.` };
  }
  if (names.find(sym.kind, newName).length > 0) return { ok: false, message: `A ${sym.kind} named '${newName}' already exists.` };
  if (sym.kind === 'macro' && newName.includes('.')) return { ok: false, message: 'A macro name cannot contain a dot (it would read as a field).' };
  const edits: TextEdit[] = [];
  for (const r of refs) {
    if (r.file !== null || r.kind !== sym.kind || r.name !== sym.name) continue;
    const edit = { range: r.range, newText: newName };
    if (r.isDefinition) {
      // Keep the definition's YAML quoting style if it had one.
      const quoted = /^["']/.test(text.slice(r.range.start, r.range.end));
      if (quoted) edit.newText = text[r.range.start] + newName + text[r.range.start];
    }
    // A name written with escapes inside a quoted scalar (`\x61`) cannot be replaced as plain text.
    if (!r.isDefinition && r.range.end - r.range.start !== sym.name.length) continue;
    edits.push(edit);
  }
  return { ok: true, edits: edits.sort((a, b) => a.range.start - b.range.start) };
}
