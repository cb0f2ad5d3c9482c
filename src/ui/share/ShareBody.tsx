/** The Share dialog's body (the button and dialog frame: ShareControl.tsx). */
import { useMemo, useState } from 'react';
import { currentLink } from '../../state/share-link';
import { replaceAddress } from '../../state/address';
import { useAppStore } from '../../state/store';
import { linkAdvice } from './link-length';

export function ShareBody() {
  const link = useMemo(() => {
    const l = currentLink();
    // The address bar shows the link too, when the browser lets us write it (address.ts).
    replaceAddress(l);
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
