/**
 * In each row: what the person expects of the selected rule (one click cycles unspecified → alert
 * → no alert), and the row's outcome as text: TP / FP / FN / TN.
 */
import type { Verdict } from '../../engine/analyze';
import { nextExpectation, outcomeOf, OUTCOME_TEXT } from '../../engine/explain/scoreboard';
import type { Expectation } from '../../engine/sample';
import { useAppStore } from '../../state/store';
import './scoreboard.css';

const EXPECT_TEXT = { alert: 'alert', no_alert: 'no alert' } as const;

/** Keys on a focused row (outside text inputs): A = alert, N = no alert, U = unset. */
export const EXPECTATION_KEYS: Record<string, Expectation | null> = { a: 'alert', n: 'no_alert', u: null };

export function ExpectationControl({ sampleId, label, rule, expect, verdict, ruleEnabled = true }: {
  sampleId: string;
  label: string;
  rule: string;
  expect: Expectation | undefined;
  verdict: Verdict;
  /** The rule's `enabled`: a disabled rule's match is no alert, so not a TP/FP. */
  ruleEnabled?: boolean;
}) {
  const setExpectation = useAppStore((s) => s.setExpectation);
  const outcome = outcomeOf(expect, verdict, ruleEnabled);
  // The visible text starts the accessible name (WCAG 2.5.3 label in name).
  const text = expect ? `expect ${EXPECT_TEXT[expect]}` : 'no expectation';
  return (
    <div className="expectation-line">
      {outcome && (
        <span className={`outcome outcome-${outcome.toLowerCase()}`} title={OUTCOME_TEXT[outcome]} data-outcome={outcome}>
          {outcome}
        </span>
      )}
      <button
        type="button"
        className={`expect-toggle expect-${expect ?? 'none'}`}
        aria-label={`${text} for ${label}`}
        title="Expected verdict of this rule: click to cycle (keys on the row: A alert, N no alert, U unset)"
        onClick={(e) => { e.stopPropagation(); setExpectation(sampleId, rule, nextExpectation(expect)); }}
      >
        {text}
      </button>
    </div>
  );
}

/** Row key handler: sets the expectation when a row (not a text field) has focus. */
export function expectationKey(e: React.KeyboardEvent, sampleId: string, rule: string | null): void {
  if (!rule || e.altKey || e.ctrlKey || e.metaKey) return;
  const t = e.target as HTMLElement;
  if (t.closest('input, textarea, select, [contenteditable="true"]')) return;
  const v = EXPECTATION_KEYS[e.key.toLowerCase()];
  if (v === undefined) return;
  e.preventDefault();
  useAppStore.getState().setExpectation(sampleId, rule, v ?? undefined);
}
