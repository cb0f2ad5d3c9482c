import { useState } from 'react';
import { currentLink } from '../../state/share-link';

/** Copies a link that reopens exactly this rules file and these samples. */
export function ShareButton() {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onClick = async () => {
    const link = currentLink();
    window.history.replaceState(window.history.state, '', link);
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed'); // the link is in the address bar anyway
    }
    setTimeout(() => setCopied('idle'), 2000);
  };
  return (
    <button type="button" className="share-button" onClick={() => void onClick()}>
      <span aria-live="polite">
        {copied === 'copied' ? 'Link copied' : copied === 'failed' ? 'Link in the address bar' : 'Share link'}
      </span>
    </button>
  );
}
