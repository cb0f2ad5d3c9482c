/**
 * The compile step of analyze(): base files + the user's rules text -> the loader's result and
 * what the UI shows of it (diagnostics split between the user's text and the base files, a summary
 * per user rule). Never throws: an exception escaping the loader is an FRP_INTERNAL diagnostic.
 */
import type { Diagnostic, Severity } from '../diagnostics';
import { STOCK_RULES_FILE } from '../base/stock';
import { loadRules, type LoadCache, type LoadMessage, type LoadOptions, type LoadResult, type LoadedRule } from '../rules';
import type { Sample, SampleDefaults } from '../sample';
import { SEED_RULES_FILE_NAME } from '../sample/seed';
import type { Range } from '../text/range';
import type { ReusePlan } from './samples';
import type { BaseChoice, PluginsChoice, RuleSummary, SampleResult } from './types';

/** The name the user's rules file has in loader messages and outputs. */
export const USER_RULES_FILE = SEED_RULES_FILE_NAME;

export interface Compiled {
  load: LoadResult | null;
  diagnostics: Diagnostic[];
  baseDiagnostics: Diagnostic[];
  rules: RuleSummary[];
  /**
   * Loaded rules of the user's file, and by name. `rules` lists these in the same order, plus the
   * rules the loader rejected (withRejectedRules), which have no loaded rule.
   */
  loaded: LoadedRule[];
  loadedByName: Map<string, LoadedRule>;
  /** Per-sample results for this compilation, keyed by the sample object (and the defaults used). */
  sampleCache: WeakMap<Sample, { defaults: SampleDefaults | undefined; defaultsKey: string; result: SampleResult }>;
  /**
   * The compilation before this one, whose verdicts of unchanged rules are reused (analysis/
   * samples.ts). Only one step back: the analyzer clears it when a newer compilation comes.
   */
  previous: Compiled | null;
  /** What of `previous` can be reused, worked out on first use (analysis/samples.ts). */
  reuse?: ReusePlan;
}

const BASE_NOISE = new Set(['LOAD_UNUSED_MACRO', 'LOAD_UNUSED_LIST']);

export function sameBase(a: BaseChoice, b: BaseChoice): boolean {
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

export function compileRules(
  rulesText: string, base: BaseChoice, plugins: PluginsChoice, cache: LoadCache,
  options: Pick<LoadOptions, 'maxInlinedNodes' | 'onlyRules'> = {},
): Compiled {
  const files = [...baseFiles(base), { name: USER_RULES_FILE, content: rulesText }];
  let load: LoadResult;
  try {
    load = loadRules(files, { plugins, lenient: true, cache, ...options });
  } catch (e) {
    return {
      load: null,
      diagnostics: [internalDiagnostic(e, { start: 0, end: 0 })],
      baseDiagnostics: [],
      rules: [],
      loaded: [],
      loadedByName: new Map(),
      sampleCache: new WeakMap(),
      previous: null,
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
  const loadedByName = new Map(loaded.map((r) => [r.name, r]));
  return { load, diagnostics, baseDiagnostics, rules: withRejectedRules(rules, diagnostics), loaded, loadedByName, sampleCache: new WeakMap(), previous: null };
}

/**
 * A rule item the loader refused to read (an invalid `priority`, a missing `output:` ...) is not in
 * the loader's result, yet the file defines it: without a summary the rule selector would drop it
 * and the table would fall back to another rule's verdicts while the person fixes it. Each such
 * rule gets a summary carrying its error, at its place in the file; it has no verdicts
 * (SampleResult.perRule has no entry for it).
 */
function withRejectedRules(rules: RuleSummary[], diagnostics: Diagnostic[]): RuleSummary[] {
  const known = new Set(rules.map((r) => r.name));
  const rejected: RuleSummary[] = [];
  for (const d of diagnostics) {
    if (d.severity !== 'error' || d.item?.kind !== 'rule' || !d.item.name || known.has(d.item.name)) continue;
    known.add(d.item.name);
    rejected.push({ name: d.item.name, enabled: true, priority: '', error: d, range: d.range });
  }
  if (rejected.length === 0) return rules;
  const out = [...rules];
  for (const r of rejected) {
    const at = out.findIndex((o) => o.range.start > r.range.start);
    out.splice(at < 0 ? out.length : at, 0, r);
  }
  return out;
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

export function internalDiagnostic(e: unknown, range: Range): Diagnostic {
  return { code: 'FRP_INTERNAL', severity: 'error', message: `internal error: ${errorText(e)}`, range };
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function severityRank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : s === 'info' ? 2 : 3;
}
