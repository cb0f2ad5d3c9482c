import { useState } from 'react';
import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';
import { AddSamples } from './AddSamples';
import { SamplesTable } from './SamplesTable';
import { SamplesYaml } from './SamplesYaml';
import { SampleDetails } from './SampleDetails';
import { Scoreboard } from '../scoreboard/Scoreboard';
import { BaselineBar } from '../baseline/BaselineBar';
import { ExplainInspector } from '../explain/ExplanationPanel';
import { AddExceptionHost } from './AddExceptionHost';

export function SamplesPanel() {
  const [view, setView] = useState<'table' | 'yaml'>('table');
  const samplesCount = useAppStore((s) => s.samples.length);
  const { analysis, selectedRule, waiting } = useAnalysis();
  const counts = { match: 0, miss: 0, error: 0 };
  if (selectedRule) {
    for (const r of analysis.samples) {
      counts[selectedRule.error ? 'error' : (r.perRule[selectedRule.name] ?? 'error')] += 1;
    }
  }

  return (
    <section className="samples-panel" aria-labelledby="samples-title">
      <div className="panel-header">
        <h2 id="samples-title" className="panel-title">Samples</h2>
        <p className="samples-summary" aria-live="polite">
          {selectedRule
            ? <>
                <span className="sum sum-match">{counts.match} match</span>
                <span className="sum sum-miss">{counts.miss} miss</span>
                {counts.error > 0 && <span className="sum sum-error">{counts.error} error</span>}
                <span className="muted"> of {samplesCount} for </span>
                <strong className="rule-ref">{selectedRule.name}</strong>
              </>
            : <span className="muted">{waiting ? 'Analysing…' : 'The rules file defines no rule yet.'}</span>}
        </p>
        <div className="segmented" role="group" aria-label="Samples view">
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>Table</button>
          <button type="button" aria-pressed={view === 'yaml'} onClick={() => setView('yaml')}>Samples as YAML</button>
        </div>
      </div>
      <Scoreboard />
      <BaselineBar />
      {view === 'table'
        ? <>
            <div className="table-scroll"><SamplesTable /></div>
            <AddSamples />
            <div className="explain-host">
              <SampleDetails />
              <ExplainInspector />
            </div>
          </>
        : <SamplesYaml />}
      <AddExceptionHost />
    </section>
  );
}
