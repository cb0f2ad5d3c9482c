/**
 * Compiles everything collected so far (falco rule_loader_compiler.cpp `compile`): lists, then
 * macros (parsed after list substitution, then macro-resolved with their visibility), then rules
 * (exceptions text, output checks, condition parse + macro inlining + field compilation, event-type
 * analysis), then unused-macro/list warnings. Falco runs this after every file, so warnings about
 * earlier files are repeated; so do we.
 */
import type { Expr, Operand } from '../condition/ast';
import type { FalcoEvent } from '../event/types';
import type { CompiledFilter } from '../eval/compile';
import type { Range } from '../text/range';
import { walk } from '../condition/walk';
import { printCondition } from '../condition/printer';
import { tokenizeOutput, type CompiledOutput } from '../output/format';
import type { CompileCache, Facts } from './compile-cache';
import { LoadProblem, type LoadContext, type LoadMessage, type MessageSink } from './context';
import type { Collector } from './collector';
import { buildExceptionCondition } from './exceptions';
import { conditionEventTypes, matchesTooManyTypes, type EvtSet } from './evttypes';
import type { MacroInfo, RuleInfo } from './infos';
import { PRIORITY_NAMES } from './infos';
import { compileLists, substituteLists, triesSameLists, type CompiledList, type SubstitutionTrace } from './lists';
import { MAX_TOTAL_INLINED_NODES, resolveMacros } from './macros';
import { MappedText } from './mapped-text';
import { CONTAINER_INFO_DEPRECATED, DEPRECATED_FIELDS, NO_EVTTYPE } from './messages';

/** The evaluator's compiled condition: `evaluate(ev)` and the node-by-node `trace(ev)`. */
export type { CompiledFilter };

/** What the loader needs from the condition parser and the evaluator. */
export interface ConditionBackend {
  parse(text: string): { ok: true; ast: Expr } | { ok: false; error: { message: string; range: Range } };
  compile(ast: Expr): { ok: true; filter: CompiledFilter; warnings: { message: string }[] } | { ok: false; error: { message: string; range?: Range }; warnings: { message: string }[] };
  parseOperandPrefix(text: string, start: number, limit: number): { operand: Operand; end: number } | null;
  compileOperand(operand: Operand): { ok: true; render: (ev: FalcoEvent) => string | null } | { ok: false; message: string };
}

export interface CompiledRule {
  info: RuleInfo;
  ast: Expr;
  /** libsinsp's ast::as_string of `ast`. */
  printed: string;
  conditionText: MappedText;
  filter: CompiledFilter;
  output: Extract<CompiledOutput, { ok: true }>;
  evttypes: EvtSet;
  /** Nodes of the condition once every macro is inlined (what evaluating and explaining it walk). */
  size: number;
}

export interface FailedRule { info: RuleInfo; error: LoadMessage }

/** The lists of one compile pass, and by name. */
interface CompiledLists { all: CompiledList[]; byName: Map<string, CompiledList> }

export interface CompileOutput {
  rules: CompiledRule[];
  failed: FailedRule[];
  lists: CompiledList[];
  macros: { info: MacroInfo; used: boolean }[];
}

export interface CompilerOptions {
  /** Macro nodes every condition of a compile pass may inline together (macros.ts). */
  maxInlinedNodes?: number;
  /**
   * Compile only these rules (every list and macro all the same): what explaining one rule on the
   * page needs. The others are left out without a message, and unused-item warnings are not given
   * (they would be wrong).
   */
  onlyRules?: ReadonlySet<string>;
}

const COMPILE_CONDITION = 'LOAD_ERR_COMPILE_CONDITION';

/**
 * Characters a condition may have, as written and once its lists are substituted (what the parser
 * reads; Falco substitutes lists textually too). Falco has no such limit, only the parser's depth
 * limit; here a list of 5,000 items used 20 times made each of ten 59 KB rules a 1 MB condition,
 * 4 s of parsing. The largest upstream condition is 5,830 characters once substituted, so this is
 * ~85 times that; parsing one this long takes ~0.5 s.
 */
export const MAX_CONDITION_CHARS = 500_000;
/**
 * Characters all the conditions of a compile pass may parse together (after substitution): the
 * three upstream rulesets parse 73,419; a 240 KB file of 100 rules each using one 20,000-item list
 * parsed 23 million (6.5 s).
 */
export const MAX_TOTAL_CONDITION_CHARS = 5_000_000;
const CONTAINER_INFO = '%container.info';

/** rule_loader_compiler.cpp `err_is_unknown_type_or_field` */
function isUnknownTypeOrField(err: string): boolean {
  return err.includes('nonexistent field') || err.includes('invalid formatting token') ||
    err.includes('unknown event type') || err.includes('unknown filter:');
}

export class RulesCompiler {
  constructor(
    private readonly backend: ConditionBackend,
    private readonly sink: MessageSink,
    private readonly cache: CompileCache,
    private readonly lenient: boolean,
    private readonly options: CompilerOptions = {},
  ) {
    this.inlineBudget = options.maxInlinedNodes ?? MAX_TOTAL_INLINED_NODES;
  }

  /** Macro nodes every condition of a compile pass may inline together (macros.ts). */
  private readonly inlineBudget: number;

  /** Macro nodes inlined so far in the current compile pass. */
  private inlinedTotal = 0;
  /** Condition characters parsed (after list substitution) so far in the current compile pass. */
  private conditionChars = 0;

  private tooLong(n: number, ctx: LoadContext, how: string): LoadProblem {
    return new LoadProblem(COMPILE_CONDITION, `condition too long: ${count(n)} characters ${how}; a condition may have at most ${count(MAX_CONDITION_CHARS)}`, ctx);
  }
  /** Whether a condition of the last compile pass was refused because the budget ran out. */
  budgetExceeded = false;
  /** Macro nodes inlined by the last compile pass (every macro and rule condition, once). */
  get inlined(): number {
    return this.inlinedTotal;
  }

  /**
   * Parses a condition after list substitution; ranges land in the cache's space. Falco re-parses
   * everything after every file; the same text from the same place parses to the same AST, so
   * parses (and substitutions, for the same lists) are memoized on their exact inputs.
   */
  private parseCondition(cond: MappedText, lists: CompiledLists, ctx: LoadContext): Expr {
    // Written too long already: refused before substituting lists into it (that work grows with it).
    if (cond.text.length > MAX_CONDITION_CHARS) throw this.tooLong(cond.text.length, ctx, 'as written');
    const text = this.substitute(cond, lists);
    const n = text.text.length;
    if (n > MAX_CONDITION_CHARS) throw this.tooLong(n, ctx, 'once its lists are substituted');
    if (this.conditionChars + n > MAX_TOTAL_CONDITION_CHARS) {
      throw new LoadProblem(COMPILE_CONDITION, `conditions too long in total: with this one, the conditions of the load would parse ${count(this.conditionChars + n)} characters once lists are substituted; at most ${count(MAX_TOTAL_CONDITION_CHARS)} (is a large list used many times?)`, ctx);
    }
    this.conditionChars += n;
    const parsed = this.cache.parsed.parse(text, this.cache.load, (t) => this.backend.parse(t));
    if (!parsed.ok) {
      // Point at the character the parser stopped on, when it is in the file of the context.
      const r = parsed.error.range;
      const m = text.mapRange(r.start, Math.max(r.end, r.start + 1));
      throw new LoadProblem(COMPILE_CONDITION, parsed.error.message, ctx, m && m.fileIndex === ctx.fileIndex ? { start: m.start, end: m.end } : undefined);
    }
    return parsed.ast;
  }

  private substitute(cond: MappedText, lists: CompiledLists): MappedText {
    const hit = this.cache.substituted.get(cond, (s) => triesSameLists(s.trace, lists.all));
    if (hit) {
      for (const name of hit.used) lists.byName.get(name)!.used = true;
      return hit.text;
    }
    const used: string[] = [];
    const trace: SubstitutionTrace = { tokens: new Set(), tried: [] };
    const text = substituteLists(cond, lists.all, used, trace);
    this.cache.substituted.set(cond, { trace, text, used });
    return text;
  }

  private mapSpace(range: Range | undefined, ctx: LoadContext): Range | undefined {
    if (!range) return undefined;
    const r = this.cache.space.toFile(range);
    return r && r.fileIndex === ctx.fileIndex ? { start: r.start, end: r.end } : undefined;
  }

  /** Macros whose condition failed to parse (lenient mode only; Falco stops at the first error). */
  private readonly brokenMacros = new Set<string>();

  /**
   * Macro resolution, memoized by parsed AST: reused when every macro lookup it made still finds
   * the very same AST (then the result would be identical).
   */
  private resolve(ast: Expr, available: (name: string) => Expr | undefined, used: Set<string>, ctx: LoadContext): { ast: Expr; size: number } {
    // Once a condition has been refused, what is left of the budget is not handed out: every later
    // condition would walk up to it before failing (300 rules x the rest, seconds of work).
    const remaining = this.budgetExceeded ? 0 : this.inlineBudget - this.inlinedTotal;
    const cached = this.cache.resolutions.get(ast);
    // A memo past what is left of the budget is walked again (up to what is left) for the message.
    if (cached && cached.inlined <= remaining && cached.deps.every(([n, a]) => available(n) === a)) {
      for (const n of cached.resolved) used.add(n);
      this.inlinedTotal += cached.inlined;
      return cached;
    }
    const deps: [string, Expr | undefined][] = [];
    const res = resolveMacros(ast, (name) => {
      const a = available(name);
      deps.push([name, a]);
      return a;
    }, undefined, remaining);
    if (res.overBudget) {
      this.budgetExceeded = true;
      const at = res.overBudget;
      throw new LoadProblem('LOAD_ERR_VALIDATE',
        `macro expansion budget exceeded: the conditions before this one inline ${count(this.inlinedTotal)} macro nodes, and a whole load may inline at most ${count(this.inlineBudget)}${at.name ? `; '${at.name}' is not expanded here` : ''} (is a macro used exponentially often?)`,
        ctx, this.mapSpace(at.range, ctx));
    }
    this.inlinedTotal += res.inlined;
    const broken = res.unknown.find((u) => this.brokenMacros.has(u.name));
    if (broken && res.errors.length === 0) {
      throw new LoadProblem('FRP_MACRO_HAS_ERRORS', `Macro '${broken.name}' used in filter has errors.`, ctx, this.mapSpace(broken.range, ctx));
    }
    if (res.errors.length > 0 || res.unknown.length > 0) {
      const first = res.errors[0] ?? { message: `Undefined macro '${res.unknown[0].name}' used in filter.`, range: res.unknown[0].range };
      throw new LoadProblem('LOAD_ERR_VALIDATE', first.message, ctx, this.mapSpace(first.range, ctx));
    }
    for (const n of res.resolved) used.add(n);
    this.cache.resolutions.set(ast, { deps, ast: res.ast, resolved: res.resolved, inlined: res.inlined, size: res.size });
    return res;
  }

  /** Per resolved AST: its printed form, event types and deprecated fields (pure functions of it). */
  private factsOf(ast: Expr): Facts {
    let f = this.cache.facts.get(ast);
    if (!f) {
      const fields = new Set<string>();
      walk(ast, (n) => {
        if (n.kind === 'field') fields.add(n.name);
      });
      f = { printed: printCondition(ast), evttypes: conditionEventTypes(ast), fields };
      this.cache.facts.set(ast, f);
    }
    return f;
  }

  private report(e: LoadProblem): LoadMessage {
    return this.sink.error(e.code, e.message, e.ctx, e.range);
  }

  compile(col: Collector): CompileOutput | null {
    // Falco recompiles everything after every file: each pass counts every condition once.
    this.inlinedTotal = 0;
    this.conditionChars = 0;
    this.budgetExceeded = false;
    const all = compileLists(col.lists.values());
    const lists: CompiledLists = { all, byName: new Map(all.map((l) => [l.name, l])) };
    const macroInfos = col.macros.values();
    const macroAsts = new Map<string, Expr>();
    const used = new Set<string>();
    const failed: FailedRule[] = [];
    let ok = true;
    const guard = <T>(fn: () => T): T | undefined => {
      try {
        return fn();
      } catch (e) {
        if (!(e instanceof LoadProblem)) throw e;
        this.report(e);
        ok = false;
        if (!this.lenient) throw STOP;
        return undefined;
      }
    };
    try {
      for (const m of macroInfos) {
        const ast = guard(() => this.parseCondition(m.cond, lists, m.condCtx));
        if (ast) macroAsts.set(m.name, ast);
        else this.brokenMacros.add(m.name);
      }
      const macroIndex = new Map(macroInfos.map((m) => [m.name, m.index]));
      for (const m of macroInfos) {
        const ast = macroAsts.get(m.name);
        if (!ast) continue;
        // A macro sees the macros defined before its (latest) definition (MAX_VISIBILITY for rules).
        const visible = (name: string) => ((macroIndex.get(name) ?? Infinity) < m.visibility ? macroAsts.get(name) : undefined);
        const resolved = guard(() => this.resolve(ast, visible, used, m.ctx));
        if (resolved) macroAsts.set(m.name, resolved.ast);
      }
      const rules: CompiledRule[] = [];
      const only = this.options.onlyRules;
      for (const r of col.rules.values()) {
        if (r.unknownSource || (only && !only.has(r.name))) continue;
        const before = this.sink.errors.length;
        const compiled = guard(() => this.compileRule(r, lists, macroAsts, used));
        if (compiled) rules.push(compiled);
        else if (this.sink.errors.length > before) failed.push({ info: r, error: this.sink.errors[this.sink.errors.length - 1] });
      }
      if (!ok && !this.lenient) return null;
      const macros = macroInfos.map((info) => ({ info, used: used.has(info.name) }));
      if (only) return { rules, failed, lists: all, macros };
      for (const m of macros) if (!m.used) this.sink.warning('LOAD_UNUSED_MACRO', 'Macro not referred to by any other rule/macro', m.info.ctx);
      for (const l of all) if (!l.used) this.sink.warning('LOAD_UNUSED_LIST', 'List not referred to by any other rule/macro', l.info.ctx);
      return { rules, failed, lists: all, macros };
    } catch (e) {
      if (e === STOP) return null;
      throw e;
    }
  }

  /** One rule; null when skipped (skip-if-unknown-filter). */
  private compileRule(r: RuleInfo, lists: CompiledLists, macros: Map<string, Expr>, used: Set<string>): CompiledRule | undefined {
    let condition = r.cond;
    if (r.exceptions.length > 0) condition = buildExceptionCondition(condition, r.exceptions);
    let outputMapped = r.output;
    if (outputMapped.text.includes(CONTAINER_INFO)) {
      this.sink.warning('LOAD_DEPRECATED_ITEM', CONTAINER_INFO_DEPRECATED, r.ctx);
      outputMapped = removeAll(outputMapped, CONTAINER_INFO);
    }
    const outputText = outputMapped.text;
    const output = this.cache.outputs.get(outputText) ?? tokenizeOutput(outputText, (t, s, l) => this.backend.parseOperandPrefix(t, s, l), (op) => this.backend.compileOperand(op));
    if (output.ok) this.cache.outputs.set(outputText, output);
    if (!output.ok) {
      const m = outputMapped.mapRange(output.error.range.start, output.error.range.end);
      const range = m && m.fileIndex === r.outputCtx.fileIndex ? { start: m.start, end: m.end } : undefined;
      if (isUnknownTypeOrField(output.error.message) && r.skipIfUnknownFilter) {
        this.sink.warning('LOAD_UNKNOWN_FILTER', output.error.message, r.outputCtx, range);
        return undefined;
      }
      throw new LoadProblem('LOAD_ERR_COMPILE_OUTPUT', output.error.message, r.outputCtx, range);
    }
    for (const df of DEPRECATED_FIELDS) {
      if (outputText.includes(df.field)) {
        this.sink.warning('LOAD_DEPRECATED_ITEM', `usage of deprecated field '${df.field}' has been detected in the rule output`, r.outputCtx);
      }
    }
    const parsed = this.parseCondition(condition, lists, r.condCtx);
    const { ast, size } = this.resolve(parsed, (name) => macros.get(name), used, r.ctx);
    const facts = this.factsOf(ast);
    // filter_warning_resolver.cpp: each deprecated field used in the condition, once, in Falco's order.
    for (const df of DEPRECATED_FIELDS) if (facts.fields.has(df.field)) this.sink.warning('LOAD_DEPRECATED_ITEM', df.desc, r.condCtx);
    // Falco recompiles every rule after every file; the same resolved AST compiles identically.
    const printed = facts.printed;
    let compiled = this.cache.compiled.get(ast);
    if (!compiled) {
      compiled = this.backend.compile(ast);
      this.cache.compiled.set(ast, compiled);
    }
    if (!compiled.ok) {
      const range = this.mapSpace(compiled.error.range, r.condCtx);
      if (isUnknownTypeOrField(compiled.error.message) && r.skipIfUnknownFilter) {
        this.sink.warning('LOAD_UNKNOWN_FILTER', compiled.error.message, r.condCtx, range);
        return undefined;
      }
      throw new LoadProblem(COMPILE_CONDITION, compiled.error.message, r.condCtx, range);
    }
    for (const w of compiled.warnings) this.sink.warning('LOAD_COMPILE_CONDITION', w.message, r.condCtx);
    const evttypes = facts.evttypes;
    if (r.source === 'syscall' && r.warnEvttypes && matchesTooManyTypes(evttypes)) {
      this.sink.warning('LOAD_NO_EVTTYPE', NO_EVTTYPE, r.ctx);
    }
    return { info: r, ast, printed, conditionText: condition, filter: compiled.filter, output, evttypes, size };
  }


}

const STOP = Symbol('stop');

const count = (n: number) => n.toLocaleString('en-US');

/** Falco's `replace(output, "%container.info", "")`, keeping positions. */
function removeAll(m: MappedText, needle: string): MappedText {
  const parts: MappedText[] = [];
  let from = 0;
  for (let at = m.text.indexOf(needle); at !== -1; at = m.text.indexOf(needle, from)) {
    parts.push(m.slice(from, at));
    from = at + needle.length;
  }
  parts.push(m.slice(from));
  return MappedText.concat(parts);
}

export function priorityName(p: number): string {
  return PRIORITY_NAMES[p] ?? 'Debug';
}
