/**
 * The UI's only way to get derived results. Small work is analysed synchronously during render
 * (memoized on the authored inputs); large work (many samples, a big base) goes to the analysis
 * Web Worker (src/worker/): the previous verdicts stay on screen with `stale` set until the answer
 * for the newest input arrives, and older answers are dropped.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Analysis, RuleSummary } from '../../engine/analyze';
import { useAppStore } from '../../state/store';
import { analysisBase } from '../../state/selectors';
import { analysisService, EMPTY_ANALYSIS } from '../../worker';

export interface AnalysisView {
  analysis: Analysis;
  /** The rule whose verdicts the table shows (the chosen one, or the first rule of the file). */
  selectedRule: RuleSummary | null;
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
  const selectedRule = useMemo(
    () => analysis.rules.find((r) => r.name === input.selectedRule) ?? analysis.rules[0] ?? null,
    [analysis.rules, input.selectedRule],
  );
  return { analysis, selectedRule, stale, waiting: stale && analysis === EMPTY_ANALYSIS };
}
