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
   * memo with `analyze`, so asking for it after `analyze` costs nothing.
   */
  ruleExplainContext(input: CompileInput, ruleName: string): RuleExplainContext | null;
  /**
   * The loader's result behind `analyze` for these inputs, from the same memo: the linter reads
   * its macros, lists and compiled rules instead of loading the rules a second time.
   */
  analysisLoad(input: CompileInput): LoadResult | null;
}

/** An analyzer with caches of its own (the app uses the module's default one). */
export function createAnalyzer(): Analyzer {
  let loadCache = new LoadCache();
  // `regex`: the page installs RE2 after its first verdicts, which changes what a compile gives;
  // everything compiled before it (and memoized in the load cache) is then out of date.
  let regexGeneration = regexEngineState().generation;
  const events = new EventCache();
  let lastKey: { rulesText: string; base: BaseChoice; plugins: PluginsChoice } | null = null;
  let lastCompiled: Compiled | null = null;

  const compileMemo = ({ rulesText, base, plugins }: CompileInput): Compiled => {
    const generation = regexEngineState().generation;
    if (generation !== regexGeneration) {
      regexGeneration = generation;
      loadCache = new LoadCache();
      lastKey = null;
      lastCompiled = null;
    }
    if (lastKey && lastCompiled && lastKey.rulesText === rulesText && lastKey.plugins === plugins && sameBase(lastKey.base, base)) {
      return lastCompiled;
    }
    const next = compileRules(rulesText, base, plugins, loadCache);
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
      const compiled = compileMemo(input);
      const rule = compiled.loaded.find((r) => r.name === ruleName);
      if (!rule || !compiled.load) return null;
      return { rule, macros: compiled.load.macros, lists: compiled.load.lists };
    },
    analysisLoad(input) {
      return compileMemo(input).load;
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
