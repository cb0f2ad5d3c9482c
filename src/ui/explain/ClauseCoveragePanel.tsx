/**
 * Clause coverage over all rows: how many rows each leaf clause of the selected rule was true for.
 * Clauses true for no row, or for every row, are called out: dead or redundant logic for these
 * samples (or a sample that is missing).
 */
import { memo } from 'react';
import type { ClauseCoverage } from '../../engine/explain';
import { revealRange } from '../editor/editor-bridge';
import './explain.css';

/** `pending`: the rules or rows changed and the counts shown are recomputed when typing pauses. */
export const ClauseCoveragePanel = memo(function ClauseCoveragePanel({ coverage, pending = false }: { coverage: ClauseCoverage[]; pending?: boolean }) {
  if (coverage.length === 0) return null;
  const never = coverage.filter((c) => c.flag === 'never_true').length;
  const always = coverage.filter((c) => c.flag === 'always_true').length;
  return (
    <section className="coverage-panel" aria-label="Clause coverage" aria-busy={pending} data-stale={pending || undefined}>
      <h3 className="explain-title">
        <span className="panel-title">Clause coverage</span>{' '}
        <span className="muted">
          {coverage.length} clauses over {coverage[0].rows} rows
          {never > 0 && <> · <strong className="coverage-never-true-text">{never} never true</strong></>}
          {always > 0 && <> · <strong className="coverage-always-true-text">{always} always true</strong></>}
        </span>
      </h3>
      <ul className="coverage-list">
        {coverage.map((c) => {
          const pct = c.rows ? (100 * c.counts.true) / c.rows : 0;
          return (
            <li key={c.id} className={`coverage-item${c.flag ? ` coverage-${c.flag.replace('_', '-')}` : ''}`} data-flag={c.flag ?? undefined}>
              <span className="coverage-bar" aria-hidden="true"><span style={{ width: `${pct}%` }} /></span>
              <span className="coverage-figure">true for {c.counts.true} of {c.rows}</span>
              {c.range
                ? <button type="button" className="clause-text clause-link" title="Show in the rules file" onClick={() => revealRange(c.range!)}><code>{c.text}</code></button>
                : <code className="clause-text">{c.text}</code>}
              {c.macro && <span className="muted coverage-macro">in {c.macro}</span>}
              {c.flag === 'never_true' && <span className="coverage-flag">never true</span>}
              {c.flag === 'always_true' && <span className="coverage-flag">always true</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
