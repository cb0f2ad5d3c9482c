import { restoreDraft } from '../../state/share-link';
import { useSessionStore } from '../../state/session';

/** How the page was opened: a shared link (with a way back to one's own draft) or a bad link. */
export function NoticeBar() {
  const notice = useSessionStore((s) => s.notice);
  const setNotice = useSessionStore((s) => s.setNotice);
  if (!notice) return null;
  const dismiss = () => setNotice(null);
  if (notice.kind === 'bad-link') {
    return (
      <div className="notice notice-warning" role="alert">
        <span><strong>This link could not be opened.</strong> {notice.message} Your own work is unchanged.</span>
        <button type="button" onClick={dismiss}>Dismiss</button>
      </div>
    );
  }
  return (
    <div className="notice" role="status">
      <span>
        Opened a shared link.
        {notice.problems.map((p) => <span key={p}> {p}</span>)}
        {notice.draftId && ' Your previous work was kept.'}
      </span>
      {notice.draftId && (
        <button type="button" onClick={() => { if (restoreDraft(notice.draftId!)) dismiss(); }}>
          Restore my previous work
        </button>
      )}
      <button type="button" onClick={dismiss}>Dismiss</button>
    </div>
  );
}
