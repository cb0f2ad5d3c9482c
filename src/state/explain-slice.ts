import type { StateCreator } from 'zustand';
import type { Baseline } from '../engine/explain';
import type { Expectation } from '../engine/sample';
import { withExpectation } from '../engine/explain/scoreboard';
import type { AppState } from './store';

/**
 * Authored state of "Why did it match?": expectations live on the samples (Sample.expect, so they
 * travel in the samples YAML); the pinned baseline is the verdicts at the moment the person pinned
 * them (a snapshot they chose, not something derivable from the current input).
 */
export interface ExplainSlice {
  baseline: Baseline | null;
  pinBaseline: (verdicts: Baseline['verdicts']) => void;
  clearBaseline: () => void;
  /** Sets (or with undefined, removes) the expectation of `rule` on one sample. */
  setExpectation: (sampleId: string, rule: string, value: Expectation | undefined) => void;
}

export const createExplainSlice: StateCreator<AppState, [], [], ExplainSlice> = (set, get) => ({
  baseline: null,
  pinBaseline: (verdicts) => set({ baseline: { pinnedAt: Date.now(), verdicts } }),
  clearBaseline: () => set({ baseline: null }),
  setExpectation: (sampleId, rule, value) =>
    set({
      samples: get().samples.map((s) => {
        if (s.id !== sampleId) return s;
        const expect = withExpectation(s.expect, rule, value);
        const next = { ...s, expect };
        if (!expect) delete next.expect;
        return next;
      }),
    }),
});
