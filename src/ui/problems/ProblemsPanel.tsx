/**
 * Under the editor: the loader's problems (errors and warnings Falco itself would report) and, in
 * a second tab, the linter's hints. Problems are drawn from the same Diagnostic[] as the editor's
 * markers; hints from the same list as the hint markers and quick fixes (useHints). Clicking an
 * entry selects its range in the editor.
 */
import { Suspense, type KeyboardEvent } from 'react';
import type { Diagnostic } from '../../engine/diagnostics';
import type { LintHint } from '../../engine/lint';
import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';
import { STALE_MARK_DELAY_MS, useDelayedFlag } from '../hooks/useDelayedFlag';
import { revealRange } from '../editor/editor-bridge';
import { lineColumnAt } from './position';
import { useHintsView } from './useHints';
import { lazyNamed } from '../lazy/lazy-module';
import { applyRulesText } from './edit-rules';
import { useProblemsView, type ProblemsTab } from './problems-view';
import { SEVERITY_ICON } from './severity-icon';

const ICON = SEVERITY_ICON;
const TABS: ProblemsTab[] = ['problems', 'hints'];
// The hints list (and the fixes it applies) is drawn only on the Hints tab.
const HintsList = lazyNamed(() => import('../lint/HintsList'), 'HintsList');

export function ProblemsPanel() {
  const { analysis, stale, waiting } = useAnalysis();
  // Marked as recomputing only when an answer is slow (see useDelayedFlag).
  const showStale = useDelayedFlag(stale, STALE_MARK_DELAY_MS);
  const rulesText = useAppStore((s) => s.rulesText);
  const { hints, pending: hintsPending } = useHintsView();
  const { tab, setTab } = useProblemsView();
  const { diagnostics } = analysis;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;

  // Tabs pattern: arrows move between the two tabs, Tab leaves the tab list.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next = e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : TABS[(TABS.indexOf(tab) + 1) % TABS.length];
    setTab(next);
    document.getElementById(`problems-tab-${next}`)?.focus();
  };

  return (
    <section className="problems" aria-labelledby="problems-title" aria-busy={showStale} data-stale={showStale || undefined}>
      <div className="problems-head">
        <h2 id="problems-title" className="panel-title">Problems</h2>
        <div className="problems-tabs" role="tablist" aria-label="Problems and hints">
          <button type="button" role="tab" id="problems-tab-problems" aria-controls="problems-panel-problems"
            aria-selected={tab === 'problems'} tabIndex={tab === 'problems' ? 0 : -1}
            onClick={() => setTab('problems')} onKeyDown={onTabKey}
            title="What Falco's loader reports: errors and warnings">
            Errors &amp; warnings <span className="tab-count">{diagnostics.length}</span>
          </button>
          <button type="button" role="tab" id="problems-tab-hints" aria-controls="problems-panel-hints"
            aria-selected={tab === 'hints'} tabIndex={tab === 'hints' ? 0 : -1}
            onClick={() => setTab('hints')} onKeyDown={onTabKey}
            title="What the playground's linter suggests: false positives, style">
            Hints <span className="tab-count">{hintsPending ? '…' : hints.length}</span>
          </button>
        </div>
        <span className="problems-count" role="status">
          {waiting ? 'Analysing…' : diagnostics.length === 0 ? 'No problems' : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
        </span>
      </div>
      <div role="tabpanel" id="problems-panel-problems" aria-labelledby="problems-tab-problems" hidden={tab !== 'problems'}>
        <LoaderProblems diagnostics={diagnostics} baseDiagnostics={analysis.baseDiagnostics} rulesText={rulesText} waiting={waiting} />
      </div>
      <div role="tabpanel" id="problems-panel-hints" aria-labelledby="problems-tab-hints" hidden={tab !== 'hints'} className="hints-tabpanel">
        {tab === 'hints' && hintsPending && <p className="problems-empty muted">Loading the linter…</p>}
        {tab === 'hints' && !hintsPending && (
          <Suspense fallback={<p className="problems-empty muted">Loading the linter…</p>}>
            <HintsList
              hints={byEvidence(hints)}
              rulesText={rulesText}
              rowLabel={(id) => {
                const samples = useAppStore.getState().samples;
                const i = samples.findIndex((x) => x.id === id);
                return i < 0 ? undefined : { n: i + 1, command: samples[i].command };
              }}
              onApplyFix={applyRulesText}
              onReveal={revealRange}
              onSelectSample={(id) => useAppStore.getState().selectSample(id)}
            />
          </Suspense>
        )}
      </div>
    </section>
  );
}

function LoaderProblems({ diagnostics, baseDiagnostics, rulesText, waiting }: { diagnostics: Diagnostic[]; baseDiagnostics: Diagnostic[]; rulesText: string; waiting: boolean }) {
  return (
    <>
      {diagnostics.length === 0 && baseDiagnostics.length === 0 && (
        <p className="problems-empty muted">{waiting ? 'Analysing…' : 'Falco loads this file without errors or warnings.'}</p>
      )}
      {diagnostics.length > 0 && (
        <ul className="problem-list" aria-label="Problems in the rules file">
          {diagnostics.map((d, i) => (
            <li key={`${d.code}-${d.range.start}-${i}`}>
              <button type="button" className={`problem problem-${d.severity}`} onClick={() => revealRange(d.range)}>
                <span className="problem-icon" aria-hidden="true">{ICON[d.severity]}</span>
                <span className="visually-hidden">{d.severity}: </span>
                <span className="problem-message">
                  {d.item?.name && <span className="problem-item">{d.item.kind} {d.item.name}: </span>}
                  {d.message}
                </span>
                <code className="problem-code">{d.code}</code>
                <span className="problem-where">{where(rulesText, d)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {baseDiagnostics.length > 0 && (
        <details className="base-problems">
          <summary>{baseDiagnostics.length} problem{baseDiagnostics.length === 1 ? '' : 's'} in the base ruleset</summary>
          <ul className="problem-list">
            {baseDiagnostics.map((d, i) => (
              <li key={`${d.code}-${d.range.start}-${i}`} className={`problem problem-${d.severity}`}>
                <span className="problem-icon" aria-hidden="true">{ICON[d.severity]}</span>
                <span className="problem-message">{d.message}</span>
                <code className="problem-code">{d.code}</code>
                <span className="problem-where">{d.file}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/**
 * The list puts first the hints your samples prove (a row shows the problem happening), then
 * warnings, then style notes; file order within each. The editor's markers keep file order.
 */
function byEvidence(hints: LintHint[]): LintHint[] {
  const rank = (h: LintHint) => (h.rows?.length ? 0 : h.severity === 'warning' ? 1 : 2);
  return hints.map((h, i) => ({ h, i })).sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i).map((x) => x.h);
}

function where(text: string, d: Diagnostic): string {
  const { line, column } = lineColumnAt(text, d.range.start);
  return `line ${line}, col ${column}`;
}
