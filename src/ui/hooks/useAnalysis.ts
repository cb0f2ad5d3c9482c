/**
 * The UI's only way to get derived results. Small work is analysed synchronously during render
 * (memoized on the authored inputs); large work (many samples, a big base) goes to the analysis
 * Web Worker (src/worker/): the previous verdicts stay on screen with `stale` set until the answer
 * for the newest input arrives, and older answers are dropped.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Analysis, RuleSummary } from '../../engine/analyze';
import type { Diagnostic } from '../../engine/diagnostics';
import { useAppStore } from '../../state/store';
import { analysisBase } from '../../state/selectors';
import { analysisService, EMPTY_ANALYSIS } from '../../worker';

export interface AnalysisView {
  analysis: Analysis;
  /**
   * The rule whose verdicts the table shows: the chosen one, or the first rule of the file. A
   * chosen rule with an error stays chosen (the engine lists a rule it could not load, with its
   * error), so the table never shows another rule's verdicts while the person fixes it. While
   * `fileError` is set it is a stand-in carrying that error, named after the chosen rule (or the
   * first `- rule:` in the text), or null when no name is known.
   */
  selectedRule: RuleSummary | null;
  /**
   * The file has an error and no rule could be read from it (a YAML error such as a tab in the
   * indentation): every row reads "error", the header says the file has an error. Null when the
   * file reads fine, including a file that simply defines no rule yet.
   */
  fileError: Diagnostic | null;
  /** True while a newer input is being analysed in the worker (the verdicts shown are older). */
  stale: boolean;
  /**
   * Nothing analysed yet: the first answer is on its way (from the worker, or RE2 for a `regex`
   * rule on first load). Panels say "analysing", never "no rule" or "no problems".
   */
  waiting: boolean;
}

export function useAnalysis(): AnalysisView {
  const input = useAppStore(useShallow((s) => ({
    rulesText: s.rulesText,
    base: analysisBase(s),
    plugins: s.plugins,
    samples: s.samples,
    sampleDefaults: s.sampleDefaults,
    selectedRule: s.selectedRule,
  })));
  // Re-render when a worker answer arrives; the view itself is idempotent per input.
  const version = useSyncExternalStore(analysisService.subscribe, analysisService.getVersion);
  const { analysis, stale } = useMemo(
    () => analysisService.view({
      rulesText: input.rulesText,
      base: input.base,
      plugins: input.plugins,
      samples: input.samples,
      sampleDefaults: input.sampleDefaults,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version: a worker answer changes the view
    [input.rulesText, input.base, input.plugins, input.samples, input.sampleDefaults, version],
  );
  const fileError = useMemo(
    () => (analysis.rules.length === 0 ? analysis.diagnostics.find((d) => d.severity === 'error') ?? null : null),
    [analysis.rules, analysis.diagnostics],
  );
  const selectedRule = useMemo((): RuleSummary | null => {
    if (fileError) {
      const name = input.selectedRule ?? firstRuleNameInText(input.rulesText);
      return name === null ? null : { name, enabled: true, priority: '', error: fileError, range: fileError.range };
    }
    return analysis.rules.find((r) => r.name === input.selectedRule) ?? analysis.rules[0] ?? null;
  }, [analysis.rules, input.selectedRule, input.rulesText, fileError]);
  return { analysis, selectedRule, fileError, stale, waiting: stale && analysis === EMPTY_ANALYSIS };
}

/** The name of the first `- rule:` item, read from the text alone (for a file that does not parse). */
export function firstRuleNameInText(text: string): string | null {
  const m = /^[ \t]*-[ \t]+rule:[ \t]*(.*?)[ \t]*$/m.exec(text);
  if (!m) return null;
  const name = m[1].replace(/^(["'])(.*)\1$/, '$2').trim();
  return name === '' ? null : name;
}
