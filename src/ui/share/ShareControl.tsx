/**
 * Share: a dialog with the link to the current work (it is also in the address bar), a Copy
 * button, the link's length and a warning when it is too long for chat tools or forms. The link
 * holds only what the person authored; the receiver recomputes the verdicts.
 */
import { useMemo, useState } from 'react';
import { currentLink } from '../../state/share-link';
import { useAppStore } from '../../state/store';
import { ModalDialog } from '../tuning/ModalDialog';
import { linkAdvice } from './link-length';
import '../tuning/tuning.css';
import './share.css';

export function ShareControl() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="share-button" onClick={() => setOpen(true)}>Share</button>
      <ModalDialog open={open} title="Share this work" onClose={() => setOpen(false)} className="io-dialog">
        <ShareBody />
      </ModalDialog>
    </>
  );
}

function ShareBody() {
  const link = useMemo(() => {
    const l = currentLink();
    window.history.replaceState(window.history.state, '', l);
    return l;
  }, []);
  const upstream = useAppStore((s) => s.upstream);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const advice = linkAdvice(link.length);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      <p>
        Anyone who opens this link sees your rules file, samples (with their context and expectations),
        base ruleset choice and selection, and gets the same verdicts. The data sits after the <code>#</code>,
        which browsers never send to a server.
      </p>
      <div className="row">
        <input type="text" readOnly value={link} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="primary" onClick={() => void copy()}>Copy link</button>
      </div>
      <p aria-live="polite" className="muted">
        {copied === 'copied' ? 'Link copied to the clipboard.' : copied === 'failed' ? 'The clipboard is not available here: select the link and copy it, or copy the address bar.' : ''}
      </p>
      <p className="link-length" data-level={advice.level} role={advice.level === 'ok' ? undefined : 'note'}>
        <strong>Length:</strong> {advice.message}
      </p>
      {upstream && (
        <p className="link-length" data-level="long">
          The upstream rules files ({upstream.join(', ')}) are not in the link, only their names: whoever
          opens it is asked to load the same files.
        </p>
      )}
    </>
  );
}
