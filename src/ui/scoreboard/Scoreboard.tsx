/**
 * The selected rule against the expectations: the four counts, precision and recall. It follows
 * every keystroke because it is derived from the same analysis the table shows.
 */
import { scoreboard } from '../../engine/explain/scoreboard';
import { useRuleRows } from './useRuleRows';
import './scoreboard.css';

function percent(x: number | null): string {
  return x === null ? '—' : `${Math.round(x * 100)}%`;
}

export function Scoreboard() {
  const { ruleName, rows } = useRuleRows();
  if (!ruleName) return null;
  const s = scoreboard(rows);
  const cells: [key: string, abbr: string, title: string, n: number][] = [
    ['tp', 'TP', 'true positives: alert expected, rule matched', s.tp],
    ['fp', 'FP', 'false positives: no alert expected, rule matched', s.fp],
    ['fn', 'FN', 'false negatives: alert expected, rule missed', s.fn],
    ['tn', 'TN', 'true negatives: no alert expected, rule missed', s.tn],
  ];
  return (
    <section className="scoreboard" aria-label="Scoreboard">
      <dl className="score-cells">
        {cells.map(([key, abbr, title, n]) => (
          <div key={key} className={`score-cell score-${key}${n > 0 ? ' score-nonzero' : ''}`} title={title}>
            <dt><abbr title={title}>{abbr}</abbr></dt>
            <dd data-testid={`score-${key}`}>{n}</dd>
          </div>
        ))}
        <div className="score-cell score-ratio" title="true positives / all matches on labelled rows">
          <dt>Precision</dt><dd data-testid="score-precision">{percent(s.precision)}</dd>
        </div>
        <div className="score-cell score-ratio" title="true positives / all rows expecting an alert">
          <dt>Recall</dt><dd data-testid="score-recall">{percent(s.recall)}</dd>
        </div>
      </dl>
      {(s.unlabeled > 0 || s.errors > 0) && (
        <p className="score-note muted">
          {s.unlabeled > 0 && <>{s.unlabeled} without expectation</>}
          {s.unlabeled > 0 && s.errors > 0 && ' · '}
          {s.errors > 0 && <>{s.errors} with errors</>}
        </p>
      )}
    </section>
  );
}
