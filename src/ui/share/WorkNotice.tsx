/**
 * The banner under the header: how the page was opened (a shared link, with the way back to one's
 * own draft), a link that could not be read, work replaced by an import, and upstream base files
 * that a link or saved work names but this browser has not loaded. Everything from a link is shown
 * as text (React escapes it), never as HTML.
 */
import { useShallow } from 'zustand/react/shallow';
import { loadLinkIo } from '../../state/url-sync';
import { useSessionStore } from '../../state/session';
import { useAppStore } from '../../state/store';
import { upstreamSelection } from '../../state/selectors';
import { useBaseDialog } from '../base/base-dialog-state';
import { WorkDownloads } from './WorkDownloads';
import './share.css';

export function WorkNotice() {
  return (
    <>
      <SaveProblemNotice />
      <SessionNotice />
      <MissingBaseNotice />
    </>
  );
}

/**
 * While the work cannot be saved in this browser: says so for as long as it lasts (no Dismiss),
 * with the downloads at hand. The browser also asks before the tab is closed or reloaded.
 */
function SaveProblemNotice() {
  const problem = useSessionStore((s) => s.saveProblem);
  const lostSince = useSessionStore((s) => s.unsavedAtLastVisit);
  if (!problem && lostSince !== null) {
    return (
      <div className="notice notice-warning" role="alert" aria-label="Changes not saved">
        <span>
          <strong>Changes made in this tab after {new Date(lostSince).toLocaleTimeString()} could not be saved in this browser:</strong>
          {' '}what you see is the last work that was saved.
        </span>
        <button type="button" onClick={() => useSessionStore.setState({ unsavedAtLastVisit: null })}>Dismiss</button>
      </div>
    );
  }
  if (!problem) return null;
  const last = problem.lastSavedAt === null ? null : new Date(problem.lastSavedAt).toLocaleTimeString();
  return (
    <div className="notice notice-warning" role="alert" aria-label="Work not saved">
      <span>
        <strong>
          {problem.failure === 'storage-full'
            ? 'Your work is too large to save in this browser: export it.'
            : 'This browser does not let the playground save your work: export it.'}
        </strong>
        {' '}Your changes{last ? ` since ${last}` : ''} are only in this tab; a reload or closing the tab loses them.
        {' '}The last work saved here is kept as it was.
      </span>
      <WorkDownloads />
    </div>
  );
}

function SessionNotice() {
  const notice = useSessionStore((s) => s.notice);
  const setNotice = useSessionStore((s) => s.setNotice);
  if (!notice) return null;
  const dismiss = () => setNotice(null);
  if (notice.kind === 'unkept') {
    return (
      <div className="notice notice-warning" role="alert">
        <span><strong>{notice.title}</strong> {notice.message}</span>
        <WorkDownloads />
        <button type="button" onClick={() => { setNotice(null); notice.proceed(); }}>{notice.proceedLabel}</button>
        <button type="button" onClick={dismiss}>Keep my work</button>
      </div>
    );
  }
  if (notice.kind === 'bad-link') {
    return (
      <div className="notice notice-warning" role="alert">
        <span><strong>This link could not be opened.</strong> {notice.message} Your own work is unchanged.</span>
        <button type="button" onClick={dismiss}>Dismiss</button>
      </div>
    );
  }
  const draftId = notice.draftId;
  const back = draftId && (
    <button type="button" onClick={() => { void loadLinkIo().then((io) => goBack(io, draftId)); }}>Back to your draft</button>
  );
  if (notice.kind === 'replaced-work') {
    return (
      <div className="notice" role="status">
        <span>{notice.message}{notice.draftId && ' Your previous work was kept.'}</span>
        {back}
        <button type="button" onClick={dismiss}>Dismiss</button>
      </div>
    );
  }
  const problems = notice.problems;
  return (
    <div className={`notice${problems.length ? ' notice-warning' : ''}`} role={problems.length ? 'alert' : 'status'}>
      <span>
        <strong>Opened a shared link.</strong>
        {notice.draftId && ' Your previous work was kept.'}
        {problems.length > 0 && (
          <ul className="notice-problems" aria-label="Problems in the link">
            {problems.map((p, i) => <li key={i}>{p}</li>)}
          </ul>
        )}
      </span>
      {back}
      <button type="button" onClick={dismiss}>Dismiss</button>
    </div>
  );
}

/** "Back to your draft"; when the work on screen cannot be kept first, the person decides. */
function goBack(io: typeof import('../../state/link-io'), draftId: string): void {
  const { setNotice } = useSessionStore.getState();
  const r = io.restoreDraft(draftId);
  if (r.ok) { setNotice(null); return; }
  if ('gone' in r) { setNotice({ kind: 'replaced-work', message: r.message, draftId: null }); return; }
  setNotice({
    kind: 'unkept',
    title: 'Your draft was not brought back: the work on screen could not be kept in this browser.',
    message: `${r.message} Going back would replace it. Download it first, or go back anyway.`,
    proceedLabel: 'Go back anyway',
    proceed: () => { io.restoreDraft(draftId, true); },
  });
}

function MissingBaseNotice() {
  const { upstream, files } = useAppStore(useShallow((s) => ({ upstream: s.upstream, files: s.upstreamFiles })));
  const ready = useSessionStore((s) => s.baseFilesReady);
  const openBase = useBaseDialog((s) => s.setOpen);
  if (!upstream || !ready || upstreamSelection(upstream, files)) return null;
  const missing = upstream.filter((n) => !files.some((f) => f.name === n));
  return (
    <div className="notice notice-warning" role="status" aria-label="Upstream rules files needed">
      <span>
        This work was made with the upstream rules file{missing.length === 1 ? '' : 's'}{' '}
        {missing.map((n, i) => <span key={n}>{i > 0 && ', '}<code>{n}</code></span>)}, which
        {missing.length === 1 ? ' is' : ' are'} not loaded in this browser. Until you load {missing.length === 1 ? 'it' : 'them'}, verdicts use the built-in stock macros and may differ.
      </span>
      <button type="button" onClick={() => openBase(true)}>Load upstream files…</button>
    </div>
  );
}
