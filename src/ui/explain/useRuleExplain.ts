/**
 * Explanations for the selected rule: the selected row's tree, the rendered alert, and the
 * coverage of every leaf clause over all rows. Everything is computed from the engine's own
 * trace (src/engine/explain); the compiled rule comes from the page analyzer's cache (the one
 * the inline analysis fills, src/worker/main-thread.ts, within the main thread's expansion budget),
 * so this costs one trace per row, and only while the panels that use it are mounted. A rule too
 * large to trace on the page is not explained: the panel says why.
 */
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { USER_RULES_FILE, type RuleExplainContext, type SampleResult } from '../../engine/analyze';
import { mainThreadAnalyzer } from '../../worker/main-thread';
import {
  clauseCoverage, explainEvent, explainSources, renderAlert,
  type ClauseCoverage, type ExplainSources, type Explanation,
} from '../../engine/explain';
import { useAppStore } from '../../state/store';
import { analysisBase, effectiveSampleId } from '../../state/selectors';
import { useAnalysis } from '../hooks/useAnalysis';
import { useSettledValue } from '../hooks/useSettledValue';

export interface RuleExplainView {
  ruleName: string | null;
  ctx: RuleExplainContext | null;
  sources: ExplainSources | null;
  /** Results of every row, in table order. */
  results: SampleResult[];
  selectedId: string | null;
  /** Nothing analysed yet (useAnalysis().waiting). */
  waiting: boolean;
  /** Why the selected rule is not explained on this page (too large), when it is not. */
  unavailable: string | null;
}

/**
 * Nodes of a rule's condition (macros inlined) explained at most: every row's explanation walks
 * them and the tree draws them. The largest upstream rule has 464.
 */
export const MAX_EXPLAINED_NODES = 10_000;
/** Rows x rule nodes traced for clause coverage at most (it traces every row). */
export const MAX_COVERAGE_NODES = 2_000_000;

function unavailableReason(ctx: RuleExplainContext | null): string | null {
  if (!ctx) return null;
  const n = ctx.rule.expandedNodes ?? 0;
  if (n > MAX_EXPLAINED_NODES) {
    return `This rule's condition has ${n.toLocaleString('en-US')} nodes once its macros are inlined; explanations stop at ${MAX_EXPLAINED_NODES.toLocaleString('en-US')}. The verdicts are unaffected.`;
  }
  // Compiled within the main thread's budget, the rule may fail where the worker's verdicts did not.
  if (ctx.rule.error && ctx.rule.error.message.startsWith('macro expansion')) {
    return `This rule is too large to explain on this page: ${ctx.rule.error.message}. The verdicts are unaffected.`;
  }
  return null;
}

/**
 * The explanation follows a keystroke in a deferred render (useDeferredValue): the table's
 * verdicts are drawn first, and the tree, which is much more to draw, right after. The view keeps
 * its identity while nothing it is made of changes, so the panels below can skip re-rendering.
 */
export function useRuleExplain(): RuleExplainView {
  const { analysis, selectedRule, waiting } = useAnalysis();
  const input = useAppStore(useShallow((s) => ({ rulesText: s.rulesText, base: analysisBase(s), plugins: s.plugins })));
  const selectedId = useAppStore(effectiveSampleId);
  const live = useMemo(() => ({ analysis, selectedRule, waiting, input, selectedId }), [analysis, selectedRule, waiting, input, selectedId]);
  const d = useDeferredValue(live);
  const ruleName = d.selectedRule && !d.selectedRule.error ? d.selectedRule.name : null;
  const { ctx, sources } = useMemo(() => {
    if (!ruleName) return { ctx: null, sources: null };
    const c = mainThreadAnalyzer.ruleExplainContext(d.input, ruleName);
    if (unavailableReason(c)) return { ctx: c, sources: null };
    return { ctx: c, sources: c ? explainSources(d.input.rulesText, USER_RULES_FILE, c) : null };
    // `analysis` changes whenever the compile does; the context must follow it.
  }, [ruleName, d.input, d.analysis.rules]);
  return useMemo(
    () => ({ ruleName, ctx, sources, results: d.analysis.samples, selectedId: d.selectedId, waiting: d.waiting, unavailable: unavailableReason(ctx) }),
    [ruleName, ctx, sources, d.analysis.samples, d.selectedId, d.waiting],
  );
}

/** The selected row's explanation and alert line. */
export function useSelectedExplanation(): { view: RuleExplainView; explanation: Explanation | null; alert: string | null; result: SampleResult | null } {
  const view = useRuleExplain();
  const result = view.results.find((r) => r.sampleId === view.selectedId) ?? null;
  const ev = result?.event;
  return useMemo(() => {
    if (!view.ctx || !view.sources || !ev) return { view, explanation: null, alert: null, result };
    const explanation = explainEvent(view.ctx, view.sources, ev);
    const alert = explanation?.matched ? renderAlert(view.ctx, ev) : null;
    return { view, explanation, alert, result };
  }, [view, ev, result]);
}

/** How long the typing must pause before coverage is recomputed. */
export const COVERAGE_SETTLE_MS = 200;

const sameCoverageInput = (a: RuleExplainView, b: RuleExplainView) =>
  a.ctx === b.ctx && a.sources === b.sources && a.results === b.results;

/**
 * Coverage of the selected rule's leaf clauses over every row that became an event. It traces
 * every row, so it is recomputed when the typing pauses (useSettledValue), never between two
 * keystrokes: with a thousand rows that trace would hold the next keystroke up.
 */
export function useClauseCoverage(view: RuleExplainView): { coverage: ClauseCoverage[]; pending: boolean } {
  const settled = useSettledValue(view, COVERAGE_SETTLE_MS, sameCoverageInput);
  const coverage = useMemo(() => {
    if (!settled.ctx || !settled.sources) return [];
    if ((settled.ctx.rule.expandedNodes ?? 0) * settled.results.length > MAX_COVERAGE_NODES) return [];
    const ex: Explanation[] = [];
    for (const r of settled.results) {
      if (!r.event) continue;
      const e = explainEvent(settled.ctx, settled.sources, r.event);
      if (e) ex.push(e);
    }
    return clauseCoverage(ex);
  }, [settled.ctx, settled.sources, settled.results]);
  return { coverage, pending: !sameCoverageInput(settled, view) };
}
