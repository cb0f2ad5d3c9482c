/**
 * The drafts a link or an import replaced (kept in this browser, newest first), so work is never
 * lost even after the notice with "Back to your draft" was dismissed.
 */
import { useMemo } from 'react';
import { draftHistory, restoreDraft } from '../../state/persistence';
import { useSessionStore } from '../../state/session';

export function EarlierDrafts({ onDone }: { onDone: () => void }) {
  const drafts = useMemo(() => draftHistory(), []);
  if (!drafts.length) {
    return <p className="muted">No earlier drafts. When a link or an imported rules file replaces your work, it is kept here.</p>;
  }
  return (
    <>
      <p className="muted">Kept in this browser when a link or an import replaced your work. Going back keeps the current work here too.</p>
      <ul className="file-list" aria-label="Earlier drafts">
        {drafts.map((d) => {
          const rule = /^- rule:\s*(.+)$/m.exec(d.state.rules)?.[1] ?? 'no rule';
          const samples = (d.state.samplesYaml.match(/^\s*- (id|command):/gm) ?? []).length;
          return (
            <li key={d.id}>
              <span className="file-name" style={{ fontFamily: 'inherit' }}>
                <strong>{new Date(d.savedAt).toLocaleString()}</strong> <span className="muted">({d.reason})</span>
                <br />
                <span className="muted">{rule} · {samples} sample{samples === 1 ? '' : 's'}</span>
              </span>
              <button
                type="button"
                aria-label={`Back to the draft of ${new Date(d.savedAt).toLocaleString()}`}
                onClick={() => {
                  if (restoreDraft(d.id)) {
                    useSessionStore.getState().setNotice({ kind: 'replaced-work', message: 'Went back to an earlier draft; the work it replaced is under Import → Earlier drafts.', draftId: null });
                    onDone();
                  }
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
