/**
 * Loading, independent of which parser/evaluator backs it: Falco's `falco_engine::load_rules` over
 * several files (loaded in order, stopping at the first file with an error). Which of the loaded
 * rules run on an event, and `process_event` itself, are in ruleset.ts.
 */
import type { FalcoEvent } from '../event/types';
import type { Range } from '../text/range';
import { EVENT_TYPE_NAMES } from '../fields/event-table-data';
import { Collector } from './collector';
import { RulesCompiler, priorityName, type CompiledFilter, type CompileOutput, type ConditionBackend } from './compiler';
import { CompileCache } from './compile-cache';
import type { LoadCache } from './load-cache';
import { MessageSink, type LoadMessage } from './context';
import type { EvtSet } from './evttypes';
import { readFile } from './reader';


export interface RulesFile { name: string; content: string }

export interface LoadedRule {
  name: string;
  enabled: boolean;
  /** Canonical: Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug. */
  priority: string;
  source: string;
  desc: string;
  output: string;
  tags: string[];
  file: string;
  /** The rule item in its file. */
  range: Range;
  /** libsinsp's ast::as_string of the final condition. */
  conditionCompiled: string;
  error?: LoadMessage;
  filter?: CompiledFilter;
  /** The output message as Falco prints it for `ev`. */
  render?(ev: FalcoEvent): string;
  /** Event types the rule can match; null = all types. */
  evttypes: string[] | null;
  /** Nodes of the compiled condition once macros are inlined (absent when it did not compile). */
  expandedNodes?: number;
}

export interface LoadResult {
  ok: boolean;
  errors: LoadMessage[];
  warnings: LoadMessage[];
  rules: LoadedRule[];
  macros: { name: string; condition: string; file: string; range: Range; used: boolean }[];
  lists: { name: string; items: string[]; file: string; range: Range; used: boolean }[];
  /**
   * Macro nodes the last compile pass inlined over all its conditions, and whether some condition
   * was refused for passing `maxInlinedNodes` (absent when nothing was compiled).
   */
  expansion?: { inlined: number; budgetExceeded: boolean };
}

export interface LoadOptions {
  plugins?: 'container' | 'none';
  /** Keep going after errors so every rule that compiles is returned (the playground UI). */
  lenient?: boolean;
  /**
   * Reuse of work across loads (load-cache.ts): parsed YAML by file content, condition parses and
   * compilations by their exact inputs. Results are the same as without it.
   */
  cache?: LoadCache;
  /**
   * Macro nodes all the conditions of a load may inline together (default MAX_TOTAL_INLINED_NODES,
   * rules/macros.ts); the conditions past it get a positioned error.
   */
  maxInlinedNodes?: number;
  /** Compile only the rules of these names (compiler.ts CompilerOptions.onlyRules). */
  onlyRules?: ReadonlySet<string>;
}

function evttypeNames(s: EvtSet): string[] | null {
  if (!s.complement) return [...s.names].sort();
  if (s.names.size === 0) return null;
  return EVENT_TYPE_NAMES.filter((n) => n !== '' && !s.names.has(n));
}

function toLoadedRule(c: CompileOutput['rules'][number]): LoadedRule {
  const r = c.info;
  return {
    name: r.name, enabled: r.enabled, priority: priorityName(r.priority), source: r.source, desc: r.desc,
    output: r.output.text, tags: [...r.tags].sort(), file: r.ctx.file, range: r.ctx.range,
    conditionCompiled: c.printed, filter: c.filter, render: c.output.render, evttypes: evttypeNames(c.evttypes),
    expandedNodes: c.size,
  };
}

/** loadRules with an explicit parser/evaluator backend (index.ts wires the real one). */
export function loadRulesWith(backend: ConditionBackend, files: RulesFile[], options: LoadOptions = {}): LoadResult {
  const lenient = options.lenient ?? false;
  const sink = options.cache ? new MessageSink(files, (c) => options.cache!.lineStarts(c)) : new MessageSink(files);
  const collector = new Collector();
  const cache = options.cache?.compileCache(options.plugins ?? 'container') ?? new CompileCache();
  cache.beginLoad();
  const compiler = new RulesCompiler(backend, sink, cache, lenient, { maxInlinedNodes: options.maxInlinedNodes, onlyRules: options.onlyRules });
  const validation = {
    isValidLhsField(field: string): boolean {
      let valid = cache.lhsValid.get(field);
      if (valid === undefined) {
        const p = backend.parse(`${field} exists`);
        valid = p.ok && backend.compile(p.ast).ok;
        cache.lhsValid.set(field, valid);
      }
      return valid;
    },
  };
  const knownSources = new Set(['syscall']);
  let last: CompileOutput | null = null;
  if (lenient) {
    // The playground wants each problem once: read every file, then compile once.
    files.forEach((f, i) => readFile(i, f.name, f.content, sink, collector, { knownSources, exceptionValidation: validation, lenient, cache: options.cache }));
    last = compiler.compile(collector);
  } else {
    // Falco: read a file, recompile everything collected so far, stop at the first error.
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      if (!readFile(i, f.name, f.content, sink, collector, { knownSources, exceptionValidation: validation, lenient, cache: options.cache })) break;
      const out = compiler.compile(collector);
      if (!out) break;
      last = out;
    }
  }
  const ok = sink.errors.length === 0;
  const expansion = { inlined: compiler.inlined, budgetExceeded: compiler.budgetExceeded };
  if (!last || (!ok && !lenient)) {
    return { ok, errors: sink.errors, warnings: sink.warnings, rules: [], macros: [], lists: [], expansion };
  }
  const loaded = last.rules.map(toLoadedRule);
  for (const f of last.failed) {
    const r = f.info;
    loaded.push({
      name: r.name, enabled: r.enabled, priority: priorityName(r.priority), source: r.source, desc: r.desc, output: r.output.text,
      tags: [...r.tags].sort(), file: r.ctx.file, range: r.ctx.range, conditionCompiled: '', error: f.error, evttypes: null,
    });
  }
  // describe order = definition order (a redefined rule keeps its first position).
  const order = new Map(collector.rules.values().map((r, i) => [r.name, i]));
  loaded.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  return {
    ok, errors: sink.errors, warnings: sink.warnings, rules: loaded,
    macros: last.macros.map((m) => ({ name: m.info.name, condition: m.info.cond.text, file: m.info.ctx.file, range: m.info.ctx.range, used: m.used })),
    lists: last.lists.map((l) => ({ name: l.name, items: l.info.items, file: l.info.ctx.file, range: l.info.ctx.range, used: l.used })),
    expansion,
  };
}
