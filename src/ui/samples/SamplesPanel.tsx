import { Suspense, useState } from 'react';
import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';
import { AddSamples } from './AddSamples';
import { SamplesTable } from './SamplesTable';
import { Scoreboard } from '../scoreboard/Scoreboard';
import { BaselineBar } from '../baseline/BaselineBar';
import { AddExceptionHost } from './AddExceptionHost';
import { lazyNamed } from '../lazy/lazy-module';
import { afterRegexEngine } from '../lazy/regex-engine';
// (the explanation's styles stay with the page: a stylesheet that arrives later would reorder the cascade)
import '../explain/explain.css';

// Drawn a moment after the verdicts: the explanation reads compiled rules (so it comes with RE2);
// the YAML view only when asked for.
const ExplainInspector = lazyNamed(() => afterRegexEngine(import('../explain/ExplanationPanel')), 'ExplainInspector');
const SamplesYaml = lazyNamed(() => import('./SamplesYaml'), 'SamplesYaml');
const SampleDetails = lazyNamed(() => import('./SampleDetails'), 'SampleDetails');

export function SamplesPanel() {
  const [view, setView] = useState<'table' | 'yaml'>('table');
  const samplesCount = useAppStore((s) => s.samples.length);
  const { analysis, selectedRule, fileError, waiting } = useAnalysis();
  const counts = { match: 0, miss: 0, error: 0 };
  if (selectedRule && !fileError) {
    for (const r of analysis.samples) {
      counts[selectedRule.error ? 'error' : (r.perRule[selectedRule.name] ?? 'error')] += 1;
    }
  }

  return (
    <section className="samples-panel" aria-labelledby="samples-title">
      <div className="panel-header">
        <h2 id="samples-title" className="panel-title">Samples</h2>
        <p className="samples-summary" aria-live="polite">
          {fileError
            ? <>
                <span className="sum sum-error">The rules file has an error:</span>
                {selectedRule
                  ? <><span className="muted">no verdicts for</span> <strong className="rule-ref" title={selectedRule.name}>{selectedRule.name}</strong></>
                  : <span className="muted">no verdicts</span>}
                <span className="muted">until it is fixed (see Problems)</span>
              </>
            : selectedRule
            ? <>
                <span className="sum sum-match">{counts.match} match</span>
                <span className="sum sum-miss">{counts.miss} miss</span>
                {counts.error > 0 && <span className="sum sum-error">{counts.error} error</span>}
                <span className="muted"> of {samplesCount} for </span>
                <strong className="rule-ref" title={selectedRule.name}>{selectedRule.name}</strong>
                {!selectedRule.enabled && <span className="tag-disabled" title="The rule has enabled: false: Falco would not alert for it">disabled</span>}
              </>
            : <span className="muted">{waiting ? 'Analysing…' : 'The rules file defines no rule yet.'}</span>}
        </p>
        <div className="segmented" role="group" aria-label="Samples view">
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>Table</button>
          <button type="button" aria-pressed={view === 'yaml'} onClick={() => setView('yaml')} title="The samples as a YAML document"><span className="visually-hidden">Samples as </span>YAML</button>
        </div>
      </div>
      <Scoreboard />
      <BaselineBar />
      {view === 'table'
        ? <>
            <div className="table-scroll"><SamplesTable /></div>
            <AddSamples />
            <div className="explain-host">
              <Suspense fallback={null}><SampleDetails /></Suspense>
              <Suspense fallback={null}><ExplainInspector /></Suspense>
            </div>
          </>
        : <Suspense fallback={<p className="muted">Loading…</p>}><SamplesYaml /></Suspense>}
      <AddExceptionHost />
    </section>
  );
}
