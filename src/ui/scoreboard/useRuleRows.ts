import { useMemo } from 'react';
import type { Verdict } from '../../engine/analyze';
import type { Expectation } from '../../engine/sample';
import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';

export interface RuleRow {
  sampleId: string;
  expect?: Expectation;
  verdict: Verdict | undefined;
  /** The rule's `enabled`: a disabled rule's match is not an alert (engine/explain/scoreboard.ts). */
  enabled: boolean;
}

/** Each sample's expectation and verdict for the selected rule, in table order (as the table shows them). */
export function useRuleRows(): { ruleName: string | null; rows: RuleRow[] } {
  const samples = useAppStore((s) => s.samples);
  const { analysis, selectedRule } = useAnalysis();
  return useMemo(() => {
    const ruleName = selectedRule?.name ?? null;
    if (!ruleName) return { ruleName, rows: [] };
    const byId = new Map(analysis.samples.map((r) => [r.sampleId, r]));
    const rows = samples.map((s): RuleRow => ({
      sampleId: s.id,
      expect: s.expect?.[ruleName],
      verdict: selectedRule?.error ? 'error' : (byId.get(s.id)?.perRule[ruleName] ?? 'error'),
      enabled: selectedRule?.enabled ?? true,
    }));
    return { ruleName, rows };
  }, [samples, analysis.samples, selectedRule]);
}
