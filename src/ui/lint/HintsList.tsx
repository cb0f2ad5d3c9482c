import { applyFix, type LintHint } from '../../engine/lint';
import type { Range } from '../../engine/text/range';
import './lint.css';

export interface HintsListProps {
  hints: LintHint[];
  rulesText: string;
  /** Sample id → its row number and command, to show which rows back a hint. */
  rowLabel?: (sampleId: string) => { n: number; command: string } | undefined;
  /** Replace the rules text (a quick fix was applied). */
  onApplyFix: (nextText: string) => void;
  /** Show the hint's range in the editor. */
  onReveal?: (range: Range) => void;
  /** Select a sample row. */
  onSelectSample?: (sampleId: string) => void;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * The "Hints" panel: linter findings about false positives and style, each with the rows that
 * show it and one-click fixes. Severity is given in text as well as colour.
 */
export function HintsList({ hints, rulesText, rowLabel, onApplyFix, onReveal, onSelectSample }: HintsListProps) {
  if (hints.length === 0) {
    return (
      <section className="lint-hints" aria-label="Hints">
        <p className="lint-empty muted">No hints: the linter found nothing to suggest.</p>
      </section>
    );
  }
  return (
    <section className="lint-hints" aria-label="Hints">
      <ul className="lint-list">
        {hints.map((h, i) => (
          <li key={`${h.code}-${h.range.start}-${i}`} className={`lint-hint lint-${h.severity}`}>
            <div className="lint-head">
              <span className="lint-severity">
                <span aria-hidden="true">{h.severity === 'warning' ? '⚠' : 'ℹ'}</span> {h.severity === 'warning' ? 'Warning' : 'Info'}
              </span>
              <button type="button" className="lint-where link-like" onClick={() => onReveal?.(h.range)} title="Show in the editor">
                line {lineOf(rulesText, h.range.start)}
              </button>
              <code className="lint-code">{h.code}</code>
            </div>
            <p className="lint-message">{h.message}</p>
            {h.rows && h.rows.length > 0 && (
              <p className="lint-rows">
                <span className="muted">Rows: </span>
                {h.rows.map((id) => {
                  const r = rowLabel?.(id);
                  return (
                    <button key={id} type="button" className="lint-row-chip" onClick={() => onSelectSample?.(id)} title={r?.command}>
                      {r ? `row ${r.n}` : id}
                    </button>
                  );
                })}
              </p>
            )}
            {h.fixes && h.fixes.length > 0 && (
              <div className="lint-fixes" role="group" aria-label="Quick fixes">
                {h.fixes.map((f) => (
                  <button
                    key={f.title}
                    type="button"
                    className="lint-fix"
                    title={f.edits.map((e) => e.text).filter(Boolean).join(' … ') || 'Remove'}
                    onClick={() => onApplyFix(applyFix(rulesText, f))}
                  >
                    {f.title}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
