/**
 * Problems in the rules file (and, separately, in the base ruleset), drawn from the same
 * Diagnostic[] as the editor's markers. Clicking one selects its range in the editor.
 */
import type { Diagnostic, Severity } from '../../engine/diagnostics';
import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';
import { revealRange } from '../editor/editor-bridge';
import { lineColumnAt } from './position';

const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ', hint: '…' };

export function ProblemsPanel() {
  const { analysis } = useAnalysis();
  const rulesText = useAppStore((s) => s.rulesText);
  const { diagnostics, baseDiagnostics } = analysis;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;

  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title" className="panel-title">
        Problems
        <span className="problems-count" role="status">
          {diagnostics.length === 0 ? 'No problems' : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
        </span>
      </h2>
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
    </section>
  );
}

function where(text: string, d: Diagnostic): string {
  const { line, column } = lineColumnAt(text, d.range.start);
  return `line ${line}, col ${column}`;
}
