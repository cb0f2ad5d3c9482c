import { useMemo, useState } from 'react';
import { proposeException, rulesLoader, type ExceptionProposal } from '../../engine/tuning';
import { baseFiles } from '../../engine/base/stock';
import type { Sample, SampleDefaults } from '../../engine/sample';
import { ModalDialog } from './ModalDialog';
import { MAIN_THREAD_INLINED_NODES } from '../../worker/main-thread';

export interface AddExceptionDialogProps {
  open: boolean;
  onClose: () => void;
  rulesText: string;
  /** The user's file name (USER_RULES_FILE). */
  file: string;
  base: 'stock' | 'none';
  plugins: 'container' | 'none';
  /** The rule to tune (the selected rule). */
  ruleName: string;
  /** The false-positive row (the selected sample). */
  sample: Sample;
  samples: Sample[];
  sampleDefaults?: SampleDefaults;
  /** Replace the rules text with the chosen proposal's text. */
  onApply: (nextText: string) => void;
}

function verdict(v: boolean): string {
  return v ? 'Match' : 'Miss';
}

function rowNumber(samples: Sample[], id: string): number {
  return samples.findIndex((s) => s.id === id) + 1;
}

/**
 * "Add exception": proposes exceptions (and an `and not` clause) that silence the selected row,
 * previews for each one which rows flip, and applies the chosen one to the rules text.
 */
export function AddExceptionDialog(props: AddExceptionDialogProps) {
  const { open, onClose, rulesText, file, base, plugins, ruleName, sample, samples, sampleDefaults, onApply } = props;
  const proposals = useMemo<ExceptionProposal[]>(() => {
    if (!open) return [];
    try {
      return proposeException({ rulesText, ruleName, sample, samples, defaults: sampleDefaults, load: rulesLoader(baseFiles(base), file, plugins, MAIN_THREAD_INLINED_NODES) });
    } catch {
      return [];
    }
  }, [open, rulesText, ruleName, sample, samples, sampleDefaults, base, plugins, file]);
  const [chosen, setChosen] = useState(0);
  const current = proposals[Math.min(chosen, Math.max(0, proposals.length - 1))];
  const n = rowNumber(samples, sample.id);

  return (
    <ModalDialog open={open} onClose={onClose} title={`Add an exception to "${ruleName}"`} name="Add exception" className="tuning-dialog">
      <p>
        Silence row {n > 0 ? n : ''} <code>{sample.command}</code> without changing what the rule detects. Each proposal
        is loaded and run on every row; the preview lists the rows whose verdict changes.
      </p>
      {proposals.length === 0 ? (
        <p role="status">No proposal: the rule does not load, or this row does not match it.</p>
      ) : (
        <div className="tuning-layout">
          <fieldset className="tuning-choices">
            <legend>Proposals</legend>
            {proposals.map((p, i) => {
              const safe = p.compiles && p.silencesSample && p.lostTruePositives === 0;
              return (
                <label key={`${p.title}-${i}`} className={`tuning-choice ${safe ? 'safe' : 'risky'}`}>
                  <input type="radio" name="tuning-proposal" checked={i === chosen} onChange={() => setChosen(i)} />
                  <span>
                    {p.title}
                    <span className="tuning-badge">
                      {!p.compiles
                        ? 'does not compile'
                        : !p.silencesSample
                          ? 'row still matches'
                          : p.lostTruePositives > 0
                            ? `loses ${p.lostTruePositives} alert${p.lostTruePositives > 1 ? 's' : ''}`
                            : `${p.flips.length} row${p.flips.length === 1 ? '' : 's'} change`}
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
          {current && (
            <div className="tuning-preview">
              <h3>{current.kind === 'exception' ? 'Exception entry' : 'Condition clause'}</h3>
              <pre className="tuning-snippet">{current.snippet}</pre>
              {current.error && <p className="tuning-error">{current.error}</p>}
              <table className="tuning-flips" aria-label="Rows that change">
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Command</th>
                    <th scope="col">Now</th>
                    <th scope="col">After</th>
                    <th scope="col">Expected</th>
                  </tr>
                </thead>
                <tbody>
                  {current.flips.length === 0 ? (
                    <tr>
                      <td colSpan={5}>No row changes.</td>
                    </tr>
                  ) : (
                    current.flips.map((f) => {
                      const wrong = f.expected ? (f.expected === 'alert') !== f.after : f.before && !f.after && f.sampleId !== sample.id;
                      return (
                        <tr key={f.sampleId} data-flip={wrong ? 'bad' : 'good'}>
                          <td>{rowNumber(samples, f.sampleId)}</td>
                          <td className="mono">{f.label}</td>
                          <td>{verdict(f.before)}</td>
                          <td>{verdict(f.after)}</td>
                          <td>{f.expected === 'alert' ? 'alert' : f.expected === 'no_alert' ? 'no alert' : '—'}{wrong ? ' ⚠' : ''}</td>
                        </tr>
                      );
                    })
                  )}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      <footer className="frp-dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!current || !current.compiles}
          onClick={() => {
            if (current) onApply(current.rulesText);
            onClose();
          }}
        >
          Apply
        </button>
      </footer>
    </ModalDialog>
  );
}
