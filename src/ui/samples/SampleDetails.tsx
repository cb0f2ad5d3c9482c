/**
 * The selected sample up close: the output line Falco would print for the selected rule, the main
 * field values of its event, and the notes from turning the command line into an event.
 */
import { useAppStore } from '../../state/store';
import { effectiveSampleId } from '../../state/selectors';
import { useAnalysis } from '../hooks/useAnalysis';
import { eventSummary } from './event-summary';
import { AddExceptionButton } from './AddExceptionHost';

export function SampleDetails() {
  const selectedSampleId = useAppStore(effectiveSampleId);
  const sample = useAppStore((s) => s.samples.find((x) => x.id === selectedSampleId) ?? null);
  const { analysis, selectedRule } = useAnalysis();
  if (!sample) {
    return null;
  }
  const result = analysis.samples.find((r) => r.sampleId === selectedSampleId);
  const output = selectedRule ? result?.outputs[selectedRule.name] : undefined;
  return (
    <aside className="sample-details" aria-label="Sample details">
      <h3 className="details-title"><code>{sample.command || '(empty)'}</code></h3>
      {result?.error && <p className="sample-error">⚠ {result.error.message}</p>}
      {selectedRule && result?.perRule[selectedRule.name] === 'match' && !selectedRule.error && sample.expect?.[selectedRule.name] !== 'alert' && (
        <div className="details-actions">
          <AddExceptionButton sampleId={sample.id} />
          <span className="muted">when this alert is a false positive</span>
        </div>
      )}
      {selectedRule && output !== undefined && (
        <div className="details-output">
          <span className="details-label">Output of {selectedRule.name}</span>
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
}
