import type { Verdict } from '../../engine/analyze';
import { CHANGE_TEXT, changeKind, type ChangeKind } from '../../engine/explain/baseline';
import type { Expectation } from '../../engine/sample';
import { useAppStore } from '../../state/store';
import './baseline.css';

const VERDICT_WORD: Record<Verdict, string> = { match: 'match', miss: 'miss', error: 'error' };

/** How this row's verdict for `rule` changed since the pinned baseline (null = unchanged or no baseline). */
export function useBaselineChange(sampleId: string, rule: string | null, verdict: Verdict | null, expect: Expectation | undefined):
  { kind: ChangeKind; from: Verdict } | null {
  const from = useAppStore((s) => (rule ? s.baseline?.verdicts[sampleId]?.[rule] : undefined));
  if (!rule || !verdict || !from || from === verdict) return null;
  return { kind: changeKind(from, verdict, expect), from };
}

/** The row's mark: what flipped, in words. */
export function BaselineMark({ change, verdict }: { change: { kind: ChangeKind; from: Verdict }; verdict: Verdict }) {
  return (
    <div className={`baseline-mark baseline-${change.kind.replace(/_/g, '-')}`} title={`Since the baseline: was ${VERDICT_WORD[change.from]}, now ${VERDICT_WORD[verdict]}`}>
      <span aria-hidden="true">◆</span> {CHANGE_TEXT[change.kind][0]}
    </div>
  );
}
