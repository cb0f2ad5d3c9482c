/**
 * analyze: the one call the UI (and the Web Worker) makes to turn authored input into verdicts.
 *
 *   rules text + base files ──loadRules──► compiled rules (memoized on rulesText/base/plugins)
 *   samples ──sampleToEvent──► events ──filter.evaluate──► match / miss / error per (sample, rule)
 *
 * Called on every keystroke, so it reuses what the edit did not change, always keyed on exact
 * inputs (the result is the same as a from-scratch analysis; analyze.incremental.test.ts checks it
 * on random edit sequences):
 *  - the last compilation, for the same rules text, base and plugins (editing a sample);
 *  - each sample's result within a compilation, by sample object (one edited row, one row of work);
 *  - each sample's event across compilations (it never depends on the rules);
 *  - the loader's LoadCache: the base files' YAML, and each condition's list substitution, parse,
 *    macro resolution and compilation, so a keystroke recompiles only the conditions it changed.
 *
 * Pure: no DOM, no React, no Monaco. Never throws for bad input; an unexpected exception from a
 * lower layer is reported as an FRP_INTERNAL diagnostic (it is a bug, but the page must survive it).
 */
import { LoadCache, type LoadResult } from './rules';
import { regexEngineState } from './eval/regex';
import { USER_RULES_FILE, compileRules, sameBase, type Compiled } from './analysis/compiled';
import { EventCache, evaluateSample, reusePlan } from './analysis/samples';
import type { Analysis, AnalysisInput, BaseChoice, PluginsChoice, RuleExplainContext } from './analysis/types';

export { USER_RULES_FILE };
export type {
  Analysis, AnalysisInput, BaseChoice, PluginsChoice, RuleExplainContext, RuleSummary, SampleResult, Verdict,
} from './analysis/types';

type CompileInput = Pick<AnalysisInput, 'rulesText' | 'base' | 'plugins'>;

export interface Analyzer {
  analyze(input: AnalysisInput): Analysis;
  /**
   * The loaded rule and the load's macros and lists, for explaining one rule. Shares the compile
   * memo with `analyze`, so asking for it after `analyze` costs nothing. For inputs `analyze` was
   * not given (the page analyses them in its worker), only that rule is compiled, with every list
   * and macro: a thousand other rules cost their reading, not their compiling.
   */
  ruleExplainContext(input: CompileInput, ruleName: string): RuleExplainContext | null;
  /**
   * The loader's result behind `analyze` for these inputs, from the same memo: the linter reads
   * its macros, lists and compiled rules instead of loading the rules a second time.
   */
  analysisLoad(input: CompileInput): LoadResult | null;
  /**
   * How much the load behind `analyze` inlines (rules/macros.ts), from the same memo: a host can
   * ask before evaluating any sample whether the work fits where it is (the page's main thread).
   */
  expansion(input: CompileInput): Expansion;
}

export interface Expansion {
  /** Macro nodes the load inlined, over every condition. */
  inlined: number;
  /** Some condition was refused for passing the analyzer's budget. */
  budgetExceeded: boolean;
  /** Nodes of the user's compiled rules, macros inlined: what evaluating one sample walks at most. */
  ruleNodes: number;
}

export interface AnalyzerOptions {
  /**
   * Macro nodes a load may inline in total (default the loader's MAX_TOTAL_INLINED_NODES). The
   * page's main thread uses a smaller one and hands anything past it to its worker.
   */
  maxInlinedNodes?: number;
}

/** An analyzer with caches of its own (the CLI and the worker use the module's default one). */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  let loadCache = new LoadCache();
  // `regex`: the page installs RE2 after its first verdicts, which changes what a compile gives;
  // everything compiled before it (and memoized in the load cache) is then out of date.
  let regexGeneration = regexEngineState().generation;
  const events = new EventCache();
  let lastKey: { rulesText: string; base: BaseChoice; plugins: PluginsChoice } | null = null;
  let lastCompiled: Compiled | null = null;
  /** The last compile of a single rule for ruleExplainContext. */
  let lastRule: { key: CompileInput; ruleName: string; compiled: Compiled } | null = null;

  const sameKey = (a: CompileInput, b: CompileInput) => a.rulesText === b.rulesText && a.plugins === b.plugins && sameBase(a.base, b.base);

  const followRegexEngine = () => {
    const generation = regexEngineState().generation;
    if (generation !== regexGeneration) {
      regexGeneration = generation;
      loadCache = new LoadCache();
      lastKey = null;
      lastCompiled = null;
      lastRule = null;
    }
  };

  const compileMemo = ({ rulesText, base, plugins }: CompileInput): Compiled => {
    followRegexEngine();
    if (lastKey && lastCompiled && lastKey.rulesText === rulesText && lastKey.plugins === plugins && sameBase(lastKey.base, base)) {
      return lastCompiled;
    }
    const next = compileRules(rulesText, base, plugins, loadCache, { maxInlinedNodes: options.maxInlinedNodes });
    // The new compilation may reuse the last one's verdicts; nothing older is kept.
    if (lastCompiled) lastCompiled.previous = null;
    next.previous = lastCompiled;
    lastCompiled = next;
    lastKey = { rulesText, base, plugins };
    return lastCompiled;
  };

  return {
    analyze(input) {
      const compiled = compileMemo(input);
      const defaultsKey = input.sampleDefaults === undefined ? '' : JSON.stringify(input.sampleDefaults);
      const sameDefaults = (h: { defaults: unknown; defaultsKey: string }) => h.defaults === input.sampleDefaults || h.defaultsKey === defaultsKey;
      const before = compiled.previous;
      const plan = before ? (compiled.reuse ??= reusePlan(compiled, before)) : undefined;
      const samples = input.samples.map((s) => {
        const hit = compiled.sampleCache.get(s);
        if (hit && sameDefaults(hit)) return hit.result;
        const prev = before?.sampleCache.get(s);
        const previous = prev && plan && sameDefaults(prev) ? { plan, result: prev.result } : undefined;
        const result = evaluateSample(compiled, s, events.eventOf(s, input.sampleDefaults, defaultsKey), previous);
        compiled.sampleCache.set(s, { defaults: input.sampleDefaults, defaultsKey, result });
        return result;
      });
      return { diagnostics: compiled.diagnostics, baseDiagnostics: compiled.baseDiagnostics, rules: compiled.rules, samples };
    },
    ruleExplainContext(input, ruleName) {
      followRegexEngine();
      let compiled: Compiled;
      if (lastKey && lastCompiled && sameKey(lastKey, input)) {
        compiled = lastCompiled;
      } else {
        if (!lastRule || lastRule.ruleName !== ruleName || !sameKey(lastRule.key, input)) {
          const only = compileRules(input.rulesText, input.base, input.plugins, loadCache, { maxInlinedNodes: options.maxInlinedNodes, onlyRules: new Set([ruleName]) });
          lastRule = { key: { rulesText: input.rulesText, base: input.base, plugins: input.plugins }, ruleName, compiled: only };
        }
        compiled = lastRule.compiled;
      }
      const rule = compiled.loaded.find((r) => r.name === ruleName);
      if (!rule || !compiled.load) return null;
      return { rule, macros: compiled.load.macros, lists: compiled.load.lists };
    },
    analysisLoad(input) {
      return compileMemo(input).load;
    },
    expansion(input) {
      const compiled = compileMemo(input);
      const e = compiled.load?.expansion ?? { inlined: 0, budgetExceeded: false };
      return { ...e, ruleNodes: compiled.loaded.reduce((n, r) => n + (r.expandedNodes ?? 0), 0) };
    },
  };
}

const shared = createAnalyzer();

export function analyze(input: AnalysisInput): Analysis {
  return shared.analyze(input);
}

export function ruleExplainContext(input: CompileInput, ruleName: string): RuleExplainContext | null {
  return shared.ruleExplainContext(input, ruleName);
}

export function analysisLoad(input: CompileInput): LoadResult | null {
  return shared.analysisLoad(input);
}
