/**
 * analyze: the one call the UI (and later a Web Worker) makes to turn authored input into verdicts.
 *
 *   rules text + base files ──loadRules──► compiled rules (memoized on rulesText/base/plugins)
 *   samples ──sampleToEvent──► events ──filter.evaluate──► match / miss / error per (sample, rule)
 *
 * The compile step is cached on its exact inputs so editing a sample only re-evaluates; each
 * sample's result is further cached by object identity (samples are immutable values in the store),
 * so one edited row costs one row of evaluation. The event a sample becomes depends only on the
 * sample and the defaults, never on the rules, so it is cached across compilations: a keystroke in
 * the rules re-evaluates every row but builds no event.
 *
 * Pure: no DOM, no React, no Monaco. Never throws for bad input; an unexpected exception from a
 * lower layer is reported as an FRP_INTERNAL diagnostic (it is a bug, but the page must survive it).
 */
import type { Diagnostic, Severity } from './diagnostics';
import type { Range } from './text/range';
import type { FalcoEvent } from './event/types';
import { loadRules, type LoadMessage, type LoadResult, type LoadedRule } from './rules';
import { sampleToEvent, type Sample, type SampleDefaults } from './sample';
import { STOCK_RULES_FILE } from './base/stock';
import { SEED_RULES_FILE_NAME } from './sample/seed';

/** The name the user's rules file has in loader messages and outputs. */
export const USER_RULES_FILE = SEED_RULES_FILE_NAME;

export type BaseChoice = 'stock' | 'none' | { files: { name: string; content: string }[] };
export type PluginsChoice = 'container' | 'none';
export type Verdict = 'match' | 'miss' | 'error';

export interface AnalysisInput {
  rulesText: string;
  base: BaseChoice;
  samples: Sample[];
  plugins: PluginsChoice;
  /** File-level sample defaults (from the samples YAML); applied under each sample's own context. */
  sampleDefaults?: SampleDefaults;
}

export interface RuleSummary {
  name: string;
  enabled: boolean;
  priority: string;
  /** Why the rule cannot be evaluated (its condition did not compile, ...). */
  error?: Diagnostic;
  /** Where the rule is defined in the user's rules text. */
  range: Range;
}

export interface SampleResult {
  sampleId: string;
  /**
   * The sample itself could not become an event (unterminated quote, ...). `range` indexes the
   * command text unless `key` names another part of the sample (user, tty, cwd ...).
   */
  error?: { message: string; range: Range; key?: string };
  perRule: Record<string, Verdict>;
  /** Rendered output of each rule that matched. */
  outputs: Record<string, string>;
  /** Notes from building the event (e.g. "shebang script"); informative only. */
  notes: string[];
  /** The event the sample became (absent when `error` is set). */
  event?: FalcoEvent;
}

export interface Analysis {
  /** Problems in the user's rules text (ranges index rulesText). */
  diagnostics: Diagnostic[];
  /** Problems in the base files, each with `file` set (ranges index that file). */
  baseDiagnostics: Diagnostic[];
  /** Rules defined in the user's file, in file order. */
  rules: RuleSummary[];
  samples: SampleResult[];
}

interface Compiled {
  load: LoadResult | null;
  diagnostics: Diagnostic[];
  baseDiagnostics: Diagnostic[];
  rules: RuleSummary[];
  /** Loaded rules of the user's file, parallel to `rules`. */
  loaded: LoadedRule[];
  /** Per-sample results for this compilation, keyed by the sample object (and the defaults used). */
  sampleCache: WeakMap<Sample, { defaults: SampleDefaults | undefined; defaultsKey: string; result: SampleResult }>;
}

const BASE_NOISE = new Set(['LOAD_UNUSED_MACRO', 'LOAD_UNUSED_LIST']);

let lastKey: { rulesText: string; base: BaseChoice; plugins: PluginsChoice } | null = null;
let lastCompiled: Compiled | null = null;

export function analyze(input: AnalysisInput): Analysis {
  const compiled = compileMemo(input.rulesText, input.base, input.plugins);
  const defaultsKey = input.sampleDefaults === undefined ? '' : JSON.stringify(input.sampleDefaults);
  const samples = input.samples.map((s) => {
    const hit = compiled.sampleCache.get(s);
    if (hit && (hit.defaults === input.sampleDefaults || hit.defaultsKey === defaultsKey)) return hit.result;
    const result = evaluateSample(compiled, s, eventOf(s, input.sampleDefaults, defaultsKey));
    compiled.sampleCache.set(s, { defaults: input.sampleDefaults, defaultsKey, result });
    return result;
  });
  return {
    diagnostics: compiled.diagnostics,
    baseDiagnostics: compiled.baseDiagnostics,
    rules: compiled.rules,
    samples,
  };
}

/**
 * What an explanation of one rule needs beyond the verdicts: the loaded rule (its compiled filter
 * has `trace(ev)`), and the macros and lists of the whole load, so the explanation can name them.
 * Shares the compile cache with `analyze`, so asking for it after `analyze` costs nothing.
 */
export interface RuleExplainContext {
  rule: LoadedRule;
  macros: LoadResult['macros'];
  lists: LoadResult['lists'];
}

export function ruleExplainContext(
  input: Pick<AnalysisInput, 'rulesText' | 'base' | 'plugins'>,
  ruleName: string,
): RuleExplainContext | null {
  const compiled = compileMemo(input.rulesText, input.base, input.plugins);
  const rule = compiled.loaded.find((r) => r.name === ruleName);
  if (!rule || !compiled.load) return null;
  return { rule, macros: compiled.load.macros, lists: compiled.load.lists };
}

/**
 * The loader's result behind `analyze` for these inputs, from the same compile cache: the linter
 * reads its macros, lists and compiled rules instead of loading the rules a second time.
 */
export function analysisLoad(input: Pick<AnalysisInput, 'rulesText' | 'base' | 'plugins'>): LoadResult | null {
  return compileMemo(input.rulesText, input.base, input.plugins).load;
}

function compileMemo(rulesText: string, base: BaseChoice, plugins: PluginsChoice): Compiled {
  if (lastKey && lastCompiled && lastKey.rulesText === rulesText && lastKey.plugins === plugins
    && sameBase(lastKey.base, base)) {
    return lastCompiled;
  }
  lastCompiled = compile(rulesText, base, plugins);
  lastKey = { rulesText, base, plugins };
  return lastCompiled;
}

function sameBase(a: BaseChoice, b: BaseChoice): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') return false;
  return a.files.length === b.files.length
    && a.files.every((f, i) => f.name === b.files[i].name && f.content === b.files[i].content);
}

function baseFiles(base: BaseChoice): { name: string; content: string }[] {
  if (base === 'none') return [];
  if (base === 'stock') return [STOCK_RULES_FILE];
  return base.files;
}

function compile(rulesText: string, base: BaseChoice, plugins: PluginsChoice): Compiled {
  const files = [...baseFiles(base), { name: USER_RULES_FILE, content: rulesText }];
  let load: LoadResult;
  try {
    load = loadRules(files, { plugins, lenient: true });
  } catch (e) {
    return {
      load: null,
      diagnostics: [internalDiagnostic(e, { start: 0, end: 0 })],
      baseDiagnostics: [],
      rules: [],
      loaded: [],
      sampleCache: new WeakMap(),
    };
  }
  const diagnostics: Diagnostic[] = [];
  const baseDiagnostics: Diagnostic[] = [];
  for (const m of [...load.errors, ...load.warnings]) {
    // The base ruleset is a library: most of its macros and lists go unused by any one rules
    // file, so Falco's unused-item warnings there are noise, not problems the person can fix.
    if (m.file && m.file !== USER_RULES_FILE && BASE_NOISE.has(m.code)) continue;
    const d = toDiagnostic(m);
    // A message without a file cannot be placed in a base file; show it with the user's text.
    if (!m.file || m.file === USER_RULES_FILE) diagnostics.push(d);
    else baseDiagnostics.push(d);
  }
  diagnostics.sort((a, b) => a.range.start - b.range.start || severityRank(a.severity) - severityRank(b.severity));
  const loaded = load.rules.filter((r) => r.file === USER_RULES_FILE);
  const rules = loaded.map((r): RuleSummary => ({
    name: r.name,
    enabled: r.enabled,
    priority: r.priority,
    error: r.error ? toDiagnostic(r.error) : (r.filter ? undefined : missingFilter(r)),
    range: r.range,
  }));
  return { load, diagnostics, baseDiagnostics, rules, loaded, sampleCache: new WeakMap() };
}

type Built = ReturnType<typeof sampleToEvent>;

/**
 * Each sample's event, across compilations. Keyed by the sample object (immutable in the store;
 * the worker interns them) and checked against the defaults: by identity, else by their JSON text
 * (a re-parsed samples file gives equal defaults in a new object). A WeakMap: a sample that is
 * gone takes its event with it.
 */
const events = new WeakMap<Sample, { defaults: SampleDefaults | undefined; defaultsKey: string; built: Built }>();

function eventOf(sample: Sample, defaults: SampleDefaults | undefined, defaultsKey: string): Built {
  const hit = events.get(sample);
  if (hit && (hit.defaults === defaults || hit.defaultsKey === defaultsKey)) return hit.built;
  let built: Built;
  try {
    built = sampleToEvent(sample, defaults);
  } catch (e) {
    built = { ok: false, error: { message: `internal error: ${errorText(e)}`, range: { start: 0, end: 0 } } };
  }
  events.set(sample, { defaults, defaultsKey, built });
  return built;
}

function evaluateSample(compiled: Compiled, sample: Sample, built: Built): SampleResult {
  const perRule: Record<string, Verdict> = {};
  const outputs: Record<string, string> = {};
  if (!built.ok) {
    for (const r of compiled.loaded) perRule[r.name] = 'error';
    return { sampleId: sample.id, error: built.error, perRule, outputs, notes: [] };
  }
  const ev: FalcoEvent = built.event;
  for (const r of compiled.loaded) {
    if (r.error || !r.filter) { perRule[r.name] = 'error'; continue; }
    try {
      const hit = r.filter.evaluate(ev);
      perRule[r.name] = hit ? 'match' : 'miss';
      if (hit && r.render) outputs[r.name] = r.render(ev);
    } catch {
      perRule[r.name] = 'error';
    }
  }
  return { sampleId: sample.id, perRule, outputs, notes: built.notes ?? [], event: ev };
}

function toDiagnostic(m: LoadMessage): Diagnostic {
  return {
    code: m.code,
    severity: m.severity,
    message: m.message,
    range: m.range,
    file: m.file,
    item: m.itemType || m.itemName ? { kind: m.itemType, name: m.itemName } : undefined,
  };
}

function missingFilter(r: LoadedRule): Diagnostic {
  return {
    code: 'FRP_RULE_NOT_COMPILED',
    severity: 'error',
    message: `rule '${r.name}' has no compiled condition`,
    range: r.range,
    file: r.file,
    item: { kind: 'rule', name: r.name },
  };
}

function internalDiagnostic(e: unknown, range: Range): Diagnostic {
  return { code: 'FRP_INTERNAL', severity: 'error', message: `internal error: ${errorText(e)}`, range };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function severityRank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : s === 'info' ? 2 : 3;
}
