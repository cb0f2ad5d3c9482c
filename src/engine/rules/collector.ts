/**
 * Accumulates definitions across files (falco rule_loader_collector.cpp): define, append,
 * selective replace and enable for lists, macros and rules, with Falco's index/visibility
 * bookkeeping (a redefinition keeps the original index, i.e. its position; its visibility moves to
 * the new position).
 */
import { LoadProblem } from './context';
import type { ExceptionInfo, ListInfo, MacroInfo, RuleInfo, RuleUpdate } from './infos';
import { entryIsValid, updateHasAnyValue } from './infos';
import { MappedText } from './mapped-text';
import { ERROR_NO_PREVIOUS_LIST, ERROR_NO_PREVIOUS_MACRO, ERROR_NO_PREVIOUS_RULE_APPEND, ERROR_NO_PREVIOUS_RULE_REPLACE } from './messages';
import { isSupportedOperator, isStringOperatorWithModifier } from './operators';

const VALIDATE = 'LOAD_ERR_VALIDATE';

/** An insertion-ordered table keyed by name, like Falco's `indexed_vector`. */
export class Indexed<T extends { name: string }> {
  private readonly byName = new Map<string, T>();
  get(name: string): T | undefined { return this.byName.get(name); }
  set(info: T): void { this.byName.set(info.name, info); }
  values(): T[] { return [...this.byName.values()]; }
}

export interface ExceptionValidation {
  /** Whether `field` is a valid left-hand side (field or transformer expression) for the source. */
  isValidLhsField(field: string): boolean;
}

export class Collector {
  curIndex = 0;
  lists = new Indexed<ListInfo>();
  macros = new Indexed<MacroInfo>();
  rules = new Indexed<RuleInfo>();

  private defineInfo<T extends { name: string; index: number; visibility: number }>(table: Indexed<T>, info: T): void {
    const id = this.curIndex++;
    const prev = table.get(info.name);
    info.index = prev ? prev.index : id;
    info.visibility = id;
    table.set(info);
  }

  defineList(info: ListInfo): void { this.defineInfo(this.lists, info); }

  appendList(info: ListInfo): void {
    const prev = this.lists.get(info.name);
    if (!prev) throw new LoadProblem(VALIDATE, ERROR_NO_PREVIOUS_LIST, info.ctx);
    prev.items = prev.items.concat(info.items);
    prev.visibility = this.curIndex++;
  }

  defineMacro(info: MacroInfo): void { this.defineInfo(this.macros, info); }

  appendMacro(info: MacroInfo): void {
    const prev = this.macros.get(info.name);
    if (!prev) throw new LoadProblem(VALIDATE, ERROR_NO_PREVIOUS_MACRO, info.ctx);
    prev.cond = MappedText.concat([prev.cond, ' ', info.cond]);
    prev.visibility = this.curIndex++;
  }

  private findPrevRule(name: string, source: string, ctx: RuleInfo['ctx']): RuleInfo | undefined {
    const prev = this.rules.get(name);
    if (prev && prev.source !== '' && source !== '' && prev.source !== source) {
      throw new LoadProblem(VALIDATE, 'Rule has been re-defined with a different source', ctx);
    }
    return prev;
  }

  defineRule(info: RuleInfo, knownSource: boolean, onUnknownSource: () => void, validation: ExceptionValidation | null): void {
    this.findPrevRule(info.name, info.source, info.ctx);
    if (!knownSource) {
      info.unknownSource = true;
      onUnknownSource();
    }
    for (const ex of info.exceptions) {
      if (!entryIsValid(ex.fields)) throw new LoadProblem(VALIDATE, 'Rule exception item must have fields property with a list of fields', ex.ctx);
      validateException(knownSource ? validation : null, ex);
    }
    this.defineInfo(this.rules, info);
  }

  appendRule(u: RuleUpdate, validation: ExceptionValidation | null): void {
    const prev = this.findPrevRule(u.name, u.source, u.ctx);
    if (!prev) throw new LoadProblem(VALIDATE, ERROR_NO_PREVIOUS_RULE_APPEND, u.ctx);
    if (!updateHasAnyValue(u)) throw new LoadProblem(VALIDATE, 'Appended rule must have exceptions or condition property', u.ctx);
    const v = prev.unknownSource ? null : validation;
    if (u.cond !== undefined && u.cond.length > 0) prev.cond = MappedText.concat([prev.cond, ' ', u.cond]);
    if (u.output !== undefined && u.output.length > 0) prev.output = MappedText.concat([prev.output, ' ', u.output]);
    if (u.desc !== undefined && u.desc !== '') prev.desc += ' ' + u.desc;
    if (u.tags) for (const t of u.tags) prev.tags.add(t);
    if (u.exceptions) {
      for (const ex of u.exceptions) {
        const existing = prev.exceptions.find((e) => e.name === ex.name);
        if (!existing) {
          if (!entryIsValid(ex.fields)) throw new LoadProblem(VALIDATE, 'Rule exception must have fields property with a list of fields', ex.ctx);
          if (ex.values.length === 0) throw new LoadProblem(VALIDATE, 'Rule exception must have values property with a list of values', ex.ctx);
          validateException(v, ex);
          prev.exceptions.push(ex);
        } else {
          if (entryIsValid(ex.fields)) throw new LoadProblem(VALIDATE, 'Can not append exception fields to existing exception, only values', ex.ctx);
          if (entryIsValid(ex.comps)) throw new LoadProblem(VALIDATE, 'Can not append exception comps to existing exception, only values', ex.ctx);
          existing.values = existing.values.concat(ex.values);
        }
      }
    }
    prev.visibility = this.curIndex++;
  }

  replaceRule(u: RuleUpdate): void {
    const prev = this.findPrevRule(u.name, u.source, u.ctx);
    if (!prev) throw new LoadProblem(VALIDATE, ERROR_NO_PREVIOUS_RULE_REPLACE, u.ctx);
    if (!updateHasAnyValue(u)) throw new LoadProblem(VALIDATE, 'The rule must have at least one field that can be replaced', u.ctx);
    // Falco keeps the original `cond_ctx` (selective_replace copies only the text), so line and
    // column keep pointing at the first definition; ranges still follow the new text.
    if (u.cond !== undefined) prev.cond = u.cond;
    if (u.output !== undefined) prev.output = u.output;
    if (u.desc !== undefined) prev.desc = u.desc;
    if (u.tags !== undefined) prev.tags = u.tags;
    if (u.exceptions !== undefined) prev.exceptions = u.exceptions;
    if (u.priority !== undefined) prev.priority = u.priority;
    if (u.capture !== undefined) prev.capture = u.capture;
    if (u.captureDuration !== undefined) prev.captureDuration = u.captureDuration;
    if (u.enabled !== undefined) prev.enabled = u.enabled;
    if (u.warnEvttypes !== undefined) prev.warnEvttypes = u.warnEvttypes;
    if (u.skipIfUnknownFilter !== undefined) prev.skipIfUnknownFilter = u.skipIfUnknownFilter;
    prev.visibility = this.curIndex++;
  }

  enableRule(name: string, enabled: boolean, ctx: RuleInfo['ctx']): void {
    const prev = this.rules.get(name);
    if (!prev) throw new LoadProblem(VALIDATE, "Rule has 'enabled' key but no rule by that name already exists", ctx);
    prev.enabled = enabled;
  }
}

/** Trims like Falco's `normalize_comp` (blanks, tabs and line breaks on both sides). */
function normalizeComp(s: string): string {
  return s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

function trimEntry(e: { item: MappedText }): void {
  const text = e.item.text;
  const start = text.length - text.replace(/^[ \t\r\n]+/, '').length;
  const end = start + normalizeComp(text).length;
  e.item = e.item.slice(start, Math.max(start, end));
}

/** falco rule_loader_collector.cpp `validate_exception_info`. */
export function validateException(validation: ExceptionValidation | null, ex: ExceptionInfo): void {
  const fields = ex.fields!;
  if (fields.isList) {
    if (!entryIsValid(ex.comps)) {
      ex.comps = { isList: true, item: MappedText.synthetic(''), items: fields.items.map(() => ({ isList: false, item: MappedText.synthetic('='), items: [] })) };
    }
    const comps = ex.comps!;
    if (fields.items.length !== comps.items.length) throw new LoadProblem(VALIDATE, 'Fields and comps lists must have equal length', ex.ctx);
    for (const c of comps.items) {
      trimEntry(c);
      if (!isSupportedOperator(c.item.text) && !isStringOperatorWithModifier(c.item.text)) {
        throw new LoadProblem(VALIDATE, `'${c.item.text}' is not a supported comparison operator`, ex.ctx);
      }
    }
    if (validation) {
      for (const f of fields.items) {
        if (!validation.isValidLhsField(f.item.text)) throw new LoadProblem(VALIDATE, `'${f.item.text}' is not a supported filter field`, ex.ctx);
      }
    }
  } else {
    if (!entryIsValid(ex.comps)) ex.comps = { isList: false, item: MappedText.synthetic('in'), items: [] };
    const comps = ex.comps!;
    if (comps.isList) throw new LoadProblem(VALIDATE, 'Fields and comps must both be strings', ex.ctx);
    trimEntry(comps);
    const c = comps.item.text;
    if (c !== 'in' && c !== 'pmatch' && c !== 'intersects' && !isStringOperatorWithModifier(c)) {
      throw new LoadProblem(VALIDATE, 'When fields is a single value, comps must be one of (in, pmatch, intersects) or a modifier operator (e.g. startswith oneof)', ex.ctx);
    }
    if (validation && !validation.isValidLhsField(fields.item.text)) {
      throw new LoadProblem(VALIDATE, `'${fields.item.text}' is not a supported filter field`, ex.ctx);
    }
  }
}
