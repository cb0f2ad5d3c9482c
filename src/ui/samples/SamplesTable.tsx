import { useCallback, useMemo, useRef, useState } from 'react';
import type { SampleResult } from '../../engine/analyze';
import { useAppStore } from '../../state/store';
import { effectiveSampleId } from '../../state/selectors';
import { useAnalysis } from '../hooks/useAnalysis';
import { STALE_MARK_DELAY_MS, useDelayedFlag } from '../hooks/useDelayedFlag';
import { SampleRow } from './SampleRow';
import { useRowWindow } from './useRowWindow';

const COLUMNS = 5;

export function SamplesTable() {
  const samples = useAppStore((s) => s.samples);
  const selectedSampleId = useAppStore(effectiveSampleId);
  const { analysis, selectedRule, fileError, stale, waiting } = useAnalysis();
  // Marked as recomputing only when an answer is slow (see useDelayedFlag).
  const showStale = useDelayedFlag(stale, STALE_MARK_DELAY_MS);
  const [openContext, setOpenContext] = useState<string | null>(null);
  const onToggleContext = useCallback(
    (id: string) => setOpenContext((cur) => (cur === id ? null : id)), []);

  const byId = useMemo(() => {
    const m = new Map<string, SampleResult>();
    for (const r of analysis.samples) m.set(r.sampleId, r);
    return m;
  }, [analysis.samples]);

  const tableRef = useRef<HTMLTableElement>(null);
  const selectedIndex = useMemo(() => samples.findIndex((s) => s.id === selectedSampleId), [samples, selectedSampleId]);
  const rows = useRowWindow(tableRef, samples.length, selectedIndex);

  const ruleName = selectedRule?.name ?? null;
  // A file-wide error (YAML that does not parse) breaks every rule, named or not.
  const ruleBroken = Boolean(selectedRule?.error || fileError);
  const ruleDisabled = selectedRule !== null && !selectedRule.enabled;
  // Falco never alerts for a disabled rule, so "Other rules" does not list one as a match.
  const disabledRules = useMemo(
    () => new Set(analysis.rules.filter((r) => !r.enabled).map((r) => r.name)),
    [analysis.rules],
  );

  // "Other rules" takes room only when some row has one to show; otherwise the command line gets it.
  const anyOthers = useMemo(() => analysis.samples.some((r) => Object.entries(r.perRule).some(
    ([name, v]) => v === 'match' && name !== ruleName && !disabledRules.has(name))), [analysis.samples, ruleName, disabledRules]);

  return (
    <table ref={tableRef} className={`samples-table${anyOthers ? ' has-others' : ''}`} aria-label="Samples" aria-rowcount={samples.length + 1} aria-busy={showStale} data-stale={showStale || undefined}>
      <colgroup>
        <col className="col-index" />
        <col className="col-command" />
        <col className="col-verdict" />
        <col className="col-others" />
        <col className="col-actions" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col"><span className="visually-hidden">Number</span>#</th>
          <th scope="col">Command line</th>
          <th scope="col">Verdict</th>
          <th scope="col">Other rules</th>
          <th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.before > 0 && <tr aria-hidden="true" className="row-spacer"><td colSpan={COLUMNS} style={{ height: rows.before, padding: 0, border: 0 }} /></tr>}
        {samples.slice(rows.start, rows.end).map((s, k) => (
          <SampleRow
            key={s.id}
            sample={s}
            index={rows.start + k}
            result={byId.get(s.id)}
            ruleName={ruleName}
            ruleBroken={ruleBroken}
            ruleDisabled={ruleDisabled}
            disabledRules={disabledRules}
            waiting={waiting}
            selected={s.id === selectedSampleId}
            contextOpen={openContext === s.id}
            onToggleContext={onToggleContext}
            columns={COLUMNS}
          />
        ))}
        {rows.after > 0 && <tr aria-hidden="true" className="row-spacer"><td colSpan={COLUMNS} style={{ height: rows.after, padding: 0, border: 0 }} /></tr>}
        {samples.length === 0 && (
          <tr><td colSpan={COLUMNS} className="empty">No samples yet: type a command line below.</td></tr>
        )}
      </tbody>
    </table>
  );
}
