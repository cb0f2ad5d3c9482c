/**
 * The selected sample up close: the output line Falco would print for the selected rule, the main
 * field values of its event, and the notes from turning the command line into an event.
 */
import { memo, useDeferredValue, useMemo } from 'react';
import type { RuleSummary, SampleResult } from '../../engine/analyze';
import type { Sample } from '../../engine/sample';
import { useAppStore } from '../../state/store';
import { effectiveSampleId } from '../../state/selectors';
import { useAnalysis } from '../hooks/useAnalysis';
import { eventSummary } from './event-summary';
import { AddExceptionButton } from './AddExceptionHost';

/**
 * Follows a keystroke in a deferred render (the table's verdicts are drawn first); its parts keep
 * their identity while they do not change, so the details are not drawn again for nothing.
 */
export function SampleDetails() {
  const selectedSampleId = useAppStore(effectiveSampleId);
  const sample = useAppStore((s) => s.samples.find((x) => x.id === selectedSampleId) ?? null);
  const { analysis, selectedRule } = useAnalysis();
  const result = useMemo(() => analysis.samples.find((r) => r.sampleId === selectedSampleId), [analysis.samples, selectedSampleId]);
  const live = useMemo(() => ({ sample, result, selectedRule }), [sample, result, selectedRule]);
  const d = useDeferredValue(live);
  if (!d.sample) return null;
  return <Details sample={d.sample} result={d.result} selectedRule={d.selectedRule} />;
}

const Details = memo(function Details({ sample, result, selectedRule }: { sample: Sample; result: SampleResult | undefined; selectedRule: RuleSummary | null }) {
  const output = selectedRule ? result?.outputs[selectedRule.name] : undefined;
  return (
    <aside className="sample-details" aria-label="Sample details">
      <h3 className="details-title"><code>{sample.command || '(empty)'}</code></h3>
      {result?.error && <p className="sample-error">⚠ {result.error.message}</p>}
      {selectedRule && result?.perRule[selectedRule.name] === 'match' && !selectedRule.error && selectedRule.enabled && sample.expect?.[selectedRule.name] !== 'alert' && (
        <div className="details-actions">
          <AddExceptionButton sampleId={sample.id} />
          <span className="muted">when this alert is a false positive</span>
        </div>
      )}
      {selectedRule && output !== undefined && (
        <div className="details-output">
          <span className="details-label">
            Output of {selectedRule.name}{selectedRule.enabled ? '' : ' (disabled: Falco would not print it)'}
          </span>
          <pre>{output}</pre>
        </div>
      )}
      {result?.event && (
        <dl className="details-fields">
          {eventSummary(result.event).map(([field, value]) => (
            <div key={field}><dt><code>{field}</code></dt><dd><code>{value === '' ? '""' : value}</code></dd></div>
          ))}
        </dl>
      )}
      {result && result.notes.length > 0 && (
        <ul className="details-notes">{result.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>
      )}
    </aside>
  );
});
