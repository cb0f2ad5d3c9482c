import { memo, Suspense } from 'react';
import type { SampleResult, Verdict } from '../../engine/analyze';
import type { Sample } from '../../engine/sample/types';
import { useAppStore } from '../../state/store';
import { CommandCell } from './CommandCell';
import { lazyNamed } from '../lazy/lazy-module';
import { PendingBadge, VerdictBadge } from './VerdictBadge';
import { CopyIcon, SlidersIcon, TrashIcon } from './icons';
import { ExpectationControl, expectationKey } from '../scoreboard/ExpectationControl';
import { BaselineMark, useBaselineChange } from '../baseline/BaselineMark';
import { AddExceptionRowButton } from './AddExceptionHost';

// Opened one row at a time, on request.
const SampleContextEditor = lazyNamed(() => import('./SampleContextEditor'), 'SampleContextEditor');

interface Props {
  sample: Sample;
  index: number;
  result: SampleResult | undefined;
  /** The rule whose verdict this row shows; null when the file has no rules. */
  ruleName: string | null;
  /** The selected rule cannot be evaluated (its condition does not compile, the file does not parse ...). */
  ruleBroken: boolean;
  /**
   * The selected rule has `enabled: false`. The row keeps its condition's verdict (match/miss, also
   * as data-verdict): the person is editing that condition and wants to see what it matches. A
   * "disabled" tag next to the verdict says Falco would not alert for it.
   */
  ruleDisabled: boolean;
  /** Rules of the file with `enabled: false`: never listed under "Other rules" (Falco never alerts for them). */
  disabledRules: ReadonlySet<string>;
  /** No analysis yet (useAnalysis().waiting): the row has no verdict to show. */
  waiting: boolean;
  selected: boolean;
  contextOpen: boolean;
  onToggleContext: (id: string) => void;
  columns: number;
}

export const SampleRow = memo(function SampleRow(p: Props) {
  const { sample, result, ruleName } = p;
  const updateSample = useAppStore((s) => s.updateSample);
  const replaceSample = useAppStore((s) => s.replaceSample);
  const duplicateSample = useAppStore((s) => s.duplicateSample);
  const deleteSample = useAppStore((s) => s.deleteSample);
  const selectSample = useAppStore((s) => s.selectSample);

  const verdict: Verdict | null = p.ruleBroken ? 'error'
    : ruleName ? (result?.perRule[ruleName] ?? 'error')
    : null;
  const others = result
    ? Object.entries(result.perRule).filter(([name, v]) => v === 'match' && name !== ruleName && !p.disabledRules.has(name)).map(([n]) => n)
    : [];
  const label = sample.command || '(empty)';
  const context = contextSummary(sample);
  const expect = ruleName ? sample.expect?.[ruleName] : undefined;
  const change = useBaselineChange(sample.id, ruleName, verdict, expect);

  return (
    <>
      <tr
        className={`sample-row${p.selected ? ' is-selected' : ''}`}
        data-verdict={verdict ?? undefined}
        data-sample-id={sample.id}
        aria-current={p.selected ? 'true' : undefined}
        data-changed={change?.kind}
        onClick={() => selectSample(sample.id)}
        onKeyDown={(e) => expectationKey(e, sample.id, ruleName)}
        onFocus={() => { if (!p.selected) selectSample(sample.id); }}
      >
        <td className="col-index">{p.index + 1}</td>
        <td className="col-command">
          <CommandCell
            command={sample.command}
            errorRange={result?.error && !result.error.key ? result.error.range : undefined}
            onChange={(command) => updateSample(sample.id, { command })}
          />
          {context && <div className="sample-context-summary">{context}</div>}
          {result?.error && <div className="sample-error" role="note">⚠ {result.error.message}</div>}
        </td>
        <td className="col-verdict">
          {verdict ? <VerdictBadge verdict={verdict} title={p.ruleDisabled ? undefined : result?.outputs[ruleName ?? '']} />
            : p.waiting ? <PendingBadge /> : <span className="muted">no rule</span>}
          {verdict && verdict !== 'error' && p.ruleDisabled && (
            <span className="tag-disabled" title="The rule has enabled: false: Falco would not alert for it">disabled</span>
          )}
          {verdict && ruleName && (
            <ExpectationControl sampleId={sample.id} label={label} rule={ruleName} expect={expect} verdict={verdict} ruleEnabled={!p.ruleDisabled} />
          )}
          {change && verdict && <BaselineMark change={change} verdict={verdict} />}
        </td>
        <td className="col-others">
          {others.length > 0 && (
            <ul className="chips" aria-label="Also matches">
              {others.map((n) => <li key={n} className="chip" title={`Also matches rule "${n}"`}>{n}</li>)}
            </ul>
          )}
        </td>
        <td className="col-actions">
          {verdict === 'match' && ruleName && !p.ruleDisabled && expect !== 'alert' && <AddExceptionRowButton sampleId={sample.id} label={label} ruleName={ruleName} />}
          <button type="button" className="icon-button" aria-expanded={p.contextOpen}
            aria-label={`Context of ${label}`} title="Edit the context: parent, user, container, env, fields"
            onClick={(e) => { e.stopPropagation(); p.onToggleContext(sample.id); }}><SlidersIcon /></button>
          <button type="button" className="icon-button" aria-label={`Duplicate ${label}`} title="Duplicate"
            onClick={(e) => { e.stopPropagation(); duplicateSample(sample.id); }}><CopyIcon /></button>
          <button type="button" className="icon-button danger" aria-label={`Delete ${label}`} title="Delete"
            onClick={(e) => { e.stopPropagation(); deleteSample(sample.id); }}><TrashIcon /></button>
        </td>
      </tr>
      {p.contextOpen && (
        <tr className="context-row">
          <td />
          <td colSpan={p.columns - 1}>
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <SampleContextEditor sample={sample} onChange={replaceSample} onClose={() => p.onToggleContext(sample.id)} />
            </Suspense>
          </td>
        </tr>
      )}
    </>
  );
});

/** One short line saying how this sample differs from the defaults (parent, user, container ...). */
function contextSummary(s: Sample): string {
  const parts: string[] = [];
  if (s.parentMissing) parts.push('no parent');
  else if (s.parent) parts.push(`parent: ${s.parent}`);
  if (s.user !== undefined) parts.push(`user: ${typeof s.user === 'string' ? s.user : (s.user.name ?? s.user.uid ?? '?')}`);
  if (s.container !== undefined) {
    parts.push(s.container === 'host' ? 'host' : `container: ${typeof s.container === 'string' ? s.container : (s.container.image ?? s.container.id ?? '?')}`);
  }
  if (s.cwd) parts.push(`cwd: ${s.cwd}`);
  if (s.env && Object.keys(s.env).length) parts.push(`env: ${Object.keys(s.env).length}`);
  if (s.fields && Object.keys(s.fields).length) parts.push(`fields: ${Object.keys(s.fields).join(', ')}`);
  if (s.script === 'on') parts.push(`as a script${s.interpreter ? ` (${s.interpreter})` : ''}`);
  else if (s.script === 'off') parts.push('not as a script');
  else if (s.interpreter) parts.push(`interpreter: ${s.interpreter}`);
  return parts.join(' · ');
}
