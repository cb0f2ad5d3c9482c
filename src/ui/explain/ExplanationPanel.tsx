/**
 * "Why did it match?" for the selected row and rule: the verdict in words, the alert Falco would
 * print, and the condition tree from the evaluator's trace. Clicking a clause shows it in the editor.
 */
import { memo, useMemo } from 'react';
import type { ClauseCoverage } from '../../engine/explain';
import { useAppStore } from '../../state/store';
import { revealRange } from '../editor/editor-bridge';
import { useClauseCoverage, useSelectedExplanation } from './useRuleExplain';
import { ExplainTree } from './ExplainTree';
import { ClauseCoveragePanel } from './ClauseCoveragePanel';

/** The row inspector's explanation part: the Explanation and Clause coverage regions (coverage computed once for both). */
export function ExplainInspector() {
  const selected = useSelectedExplanation();
  const { coverage, pending } = useClauseCoverage(selected.view);
  return (
    <>
      <ExplanationPanel selected={selected} coverage={coverage} />
      {selected.view.ruleName && <ClauseCoveragePanel coverage={coverage} pending={pending} />}
    </>
  );
}

// memo: while typing, the inspector re-renders with the same (deferred) explanation until the
// deferred render brings the new one; the tree is not drawn again for nothing.
const ExplanationPanel = memo(function ExplanationPanel({ selected, coverage }: { selected: ReturnType<typeof useSelectedExplanation>; coverage: ClauseCoverage[] }) {
  const { view, explanation, alert, result } = selected;
  const byId = useMemo(() => new Map(coverage.map((c) => [c.id, c])), [coverage]);
  const sample = useAppStore((s) => s.samples.find((x) => x.id === view.selectedId) ?? null);
  const command = sample?.command || '(empty)';
  // Falco never alerts for a rule with `enabled: false`: no "Alert Falco prints" for it; the
  // condition's verdict is still explained (the person is editing it), labelled as the condition's.
  const disabled = view.ctx?.rule.enabled === false;

  let body: React.ReactNode;
  if (view.waiting) body = <p className="muted">Analysing…</p>;
  else if (view.unavailable) body = <p className="muted" role="note">{view.unavailable}</p>;
  else if (!view.ruleName) body = <p className="muted">Nothing to explain: the file has no rule, or the selected rule does not compile (see Problems).</p>;
  else if (!sample) body = <p className="muted">Select a sample row.</p>;
  else if (result?.error) body = <p className="muted">This sample has no event to explain: {result.error.message}</p>;
  else if (!explanation) body = <p className="muted">Nothing to explain for this row.</p>;
  else {
    body = (
      <>
        {disabled && (
          <p className="explain-disabled" role="note">
            <span className="tag-disabled">disabled</span>{' '}
            The rule is disabled (<code>enabled: false</code>): Falco would not alert for this row.
            Below is what its condition gives.
          </p>
        )}
        {alert && !disabled && (
          <div className="explain-alert">
            <span className="explain-label">Alert Falco prints</span>
            <pre>{alert}</pre>
          </div>
        )}
        <ExplainTree node={explanation.root} coverage={byId} onReveal={revealRange} />
      </>
    );
  }

  return (
    <section className="explain-panel" aria-label="Explanation">
      <h3 className="explain-title">
        <span className="panel-title">Why</span>{' '}
        {explanation
          ? <span className={`explain-verdict explain-verdict-${explanation.matched ? 'match' : 'miss'}`}>
              {disabled ? 'condition ' : ''}{explanation.matched ? 'matched' : 'did not match'}
            </span>
          : null}{' '}
        <code className="explain-command">{command}</code>
      </h3>
      {body}
    </section>
  );
});
