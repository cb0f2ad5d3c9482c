import { useMemo } from 'react';
import { lintWorkspace, type LintHint } from '../../engine/lint';
import { baseFiles } from '../../engine/base/stock';
import type { Sample, SampleDefaults } from '../../engine/sample';

export interface LintHintsInput {
  rulesText: string;
  /** The user's file name (the analysis uses USER_RULES_FILE from engine/analyze). */
  file: string;
  base: 'stock' | 'none';
  plugins: 'container' | 'none';
  samples: Sample[];
  sampleDefaults?: SampleDefaults;
}

/**
 * Linter hints for the current workspace, recomputed only when an input changes. Kept behind a
 * hook, like useAnalysis, so a Web Worker can take the work over without touching the panels.
 */
export function useLintHints(input: LintHintsInput): LintHint[] {
  const { rulesText, file, base, plugins, samples, sampleDefaults } = input;
  return useMemo(
    () => lintWorkspace({ rulesText, file, baseFiles: baseFiles(base), plugins, samples, sampleDefaults }),
    [rulesText, file, base, plugins, samples, sampleDefaults],
  );
}
