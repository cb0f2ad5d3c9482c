/**
 * "What changed": pin the current verdicts of every rule, then see which rows flipped since, with
 * what it means for the expectations ("2 rows changed: 1 FP fixed, 1 TP lost").
 */
import { useMemo } from 'react';
import { diffBaseline, type Baseline } from '../../engine/explain/baseline';
import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';
import { useRuleRows } from '../scoreboard/useRuleRows';
import './baseline.css';

export function BaselineBar() {
  const baseline = useAppStore((s) => s.baseline);
  const pin = useAppStore((s) => s.pinBaseline);
  const clear = useAppStore((s) => s.clearBaseline);
  const { analysis } = useAnalysis();
  const { ruleName, rows } = useRuleRows();
  const diff = useMemo(
    () => (baseline && ruleName ? diffBaseline(baseline, ruleName, rows) : null),
    [baseline, ruleName, rows],
  );
  const onPin = () => {
    const verdicts: Baseline['verdicts'] = {};
    for (const r of analysis.samples) verdicts[r.sampleId] = { ...r.perRule };
    // A broken selected rule shows 'error' in every row; pin what the table shows.
    for (const row of rows) if (row.verdict && ruleName) (verdicts[row.sampleId] ??= {})[ruleName] = row.verdict;
    pin(verdicts);
  };
  if (!ruleName) return null;
  return (
    <section className="baseline-bar" aria-label="Baseline">
      {baseline
        ? <>
            <span className={`baseline-summary${diff && diff.changes.length ? ' has-changes' : ''}`} role="status" aria-live="polite">
              <span aria-hidden="true">{diff && diff.changes.length ? '◆' : '◇'}</span> {diff?.summary}
            </span>
            <button type="button" className="baseline-button" onClick={onPin} title="Pin the current verdicts instead">Re-pin</button>
            <button type="button" className="baseline-button" onClick={clear}>Clear baseline</button>
          </>
        : <>
            <span className="muted baseline-hint">Pin the verdicts, edit the rule, and see which rows flip.</span>
            <button type="button" className="baseline-button" onClick={onPin}>Pin verdicts as baseline</button>
          </>}
    </section>
  );
}
