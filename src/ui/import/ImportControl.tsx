import { useState } from 'react';
import { ModalDialog } from '../tuning/ModalDialog';
import { DialogBody } from '../lazy/DialogBody';
import { lazyNamed } from '../lazy/lazy-module';
import '../tuning/tuning.css';
import '../share/share.css';

// The dialog's code (parsers of command lines, alerts and rules files) is fetched when it opens.
const ImportBody = lazyNamed(() => import('./ImportDialog'), 'ImportBody');

/** The header's Import button and its dialog (./ImportDialog.tsx). */
export function ImportControl() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>Import</button>
      <ModalDialog open={open} title="Import" onClose={() => setOpen(false)} className="io-dialog">
        <DialogBody><ImportBody onDone={() => setOpen(false)} /></DialogBody>
      </ModalDialog>
    </>
  );
}
