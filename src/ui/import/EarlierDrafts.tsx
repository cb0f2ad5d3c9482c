/**
 * The drafts a link or an import replaced (kept in this browser) and the work other tabs saved,
 * newest first, so work is never lost even after the notice with "Back to your draft" was
 * dismissed, nor when another tab saved over the newest work.
 */
import { useMemo } from 'react';
import { draftHistory, restoreDraft } from '../../state/persistence';
import { useSessionStore } from '../../state/session';
import { countSamples, firstRuleName } from './draft-summary';

export function EarlierDrafts({ onDone }: { onDone: () => void }) {
  const drafts = useMemo(() => draftHistory(), []);
  if (!drafts.length) {
    return <p className="muted">No earlier drafts. When a link or an imported rules file replaces your work, it is kept here, with the work of your other tabs.</p>;
  }
  return (
    <>
      <p className="muted">Kept in this browser when a link or an import replaced your work, and the work saved in your other tabs. Going back keeps the current work here too.</p>
      <ul className="file-list" aria-label="Earlier drafts">
        {drafts.map((d) => {
          const rule = firstRuleName(d.state.rules) ?? 'no rule';
          const samples = countSamples(d.state.samplesYaml);
          const when = d.savedAt > 0 ? new Date(d.savedAt).toLocaleString() : 'an earlier visit';
          return (
            <li key={d.id}>
              <span className="file-name" style={{ fontFamily: 'inherit' }}>
                <strong>{when}</strong> <span className="muted">({d.reason})</span>
                <br />
                <span className="muted">{rule} · {samples} sample{samples === 1 ? '' : 's'}</span>
              </span>
              <button
                type="button"
                aria-label={`Back to the draft of ${when}`}
                onClick={() => {
                  const done = () => {
                    useSessionStore.getState().setNotice({ kind: 'replaced-work', message: 'Went back to an earlier draft; the work it replaced is under Import → Earlier drafts.', draftId: null });
                  };
                  const r = restoreDraft(d.id);
                  if (r.ok) done();
                  else if ('gone' in r) useSessionStore.getState().setNotice({ kind: 'replaced-work', message: r.message, draftId: null });
                  else {
                    useSessionStore.getState().setNotice({
                      kind: 'unkept',
                      title: 'The draft was not brought back: the work on screen could not be kept in this browser.',
                      message: `${r.message} Going back would replace it. Download it first, or go back anyway.`,
                      proceedLabel: 'Go back anyway',
                      proceed: () => { if (restoreDraft(d.id, true).ok) done(); },
                    });
                  }
                  onDone();
                }}
              >
                Back to this draft
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
