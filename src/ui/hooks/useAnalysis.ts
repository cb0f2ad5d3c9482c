/**
 * The UI's only way to get derived results. Today it runs `analyze` synchronously during render
 * (memoized on the authored inputs; the engine memoizes compilation on the rules text). Moving the
 * work to a Web Worker later changes this file only: it would post the inputs with a revision and
 * return the latest answer plus a `stale` flag.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { analyze, type Analysis, type RuleSummary } from '../../engine/analyze';
import { useAppStore } from '../../state/store';

export interface AnalysisView {
  analysis: Analysis;
  /** The rule whose verdicts the table shows (the chosen one, or the first rule of the file). */
  selectedRule: RuleSummary | null;
  /** True while a newer input is being analysed (always false in the synchronous version). */
  stale: boolean;
}

export function useAnalysis(): AnalysisView {
  const input = useAppStore(useShallow((s) => ({
    rulesText: s.rulesText,
    base: s.base,
    plugins: s.plugins,
    samples: s.samples,
    sampleDefaults: s.sampleDefaults,
    selectedRule: s.selectedRule,
  })));
  const analysis = useMemo(
    () => analyze({
      rulesText: input.rulesText,
      base: input.base,
      plugins: input.plugins,
      samples: input.samples,
      sampleDefaults: input.sampleDefaults,
    }),
    [input.rulesText, input.base, input.plugins, input.samples, input.sampleDefaults],
  );
  const selectedRule = useMemo(
    () => analysis.rules.find((r) => r.name === input.selectedRule) ?? analysis.rules[0] ?? null,
    [analysis.rules, input.selectedRule],
  );
  return { analysis, selectedRule, stale: false };
}
