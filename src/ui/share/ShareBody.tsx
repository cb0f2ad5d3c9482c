/** The Share dialog's body (the button and dialog frame: ShareControl.tsx). */
import { useMemo, useState } from 'react';
import { currentLink } from '../../state/share-link';
import { replaceAddress } from '../../state/address';
import { useAppStore } from '../../state/store';
import { linkAdvice } from './link-length';
import { WorkDownloads } from './WorkDownloads';

export function ShareBody() {
  const { link, advice } = useMemo(() => {
    const l = currentLink();
    const a = linkAdvice(l.length, l.length - l.indexOf('#') - 1);
    // The address bar shows the link too, unless no one could open it anyway, and when the
    // browser lets us write it (address.ts).
    if (a.level !== 'unopenable') replaceAddress(l);
    return { link: l, advice: a };
  }, []);
  const upstream = useAppStore((s) => s.upstream);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (advice.level === 'unopenable') {
    return (
      <>
        <p className="link-length" data-level="too-long" role="alert">
          <strong>Length:</strong> {advice.message}
        </p>
        <div className="row"><WorkDownloads /></div>
        <p className="muted">
          Whoever gets them loads the rules file with Import and pastes the samples file into Samples as
          YAML, or runs them with <code>falco-rule-playground test</code>.
        </p>
      </>
    );
  }
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
