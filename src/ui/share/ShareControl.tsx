/**
 * Share: a dialog with the link to the current work (it is also in the address bar), a Copy
 * button, the link's length and a warning when it is too long for chat tools or forms. The link
 * holds only what the person authored; the receiver recomputes the verdicts.
 */
import { useState } from 'react';
import { ModalDialog } from '../tuning/ModalDialog';
import { DialogBody } from '../lazy/DialogBody';
import { lazyNamed } from '../lazy/lazy-module';
import '../tuning/tuning.css';
import './share.css';

// The dialog's code is fetched when it opens.
const ShareBody = lazyNamed(() => import('./ShareBody'), 'ShareBody');

export function ShareControl() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="share-button" onClick={() => setOpen(true)}>Share</button>
      <ModalDialog open={open} title="Share this work" onClose={() => setOpen(false)} className="io-dialog">
        <DialogBody><ShareBody /></DialogBody>
      </ModalDialog>
    </>
  );
}
