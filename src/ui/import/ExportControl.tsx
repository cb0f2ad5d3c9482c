import { useState } from 'react';
import { ModalDialog } from '../tuning/ModalDialog';
import { DialogBody } from '../lazy/DialogBody';
import { lazyNamed } from '../lazy/lazy-module';
import '../tuning/tuning.css';
import '../share/share.css';

// The dialog's code (the samples file writer) is fetched when it opens.
const ExportBody = lazyNamed(() => import('./ExportDialog'), 'ExportBody');

/** The header's Export button and its dialog (./ExportDialog.tsx). */
export function ExportControl() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>Export</button>
      <ModalDialog open={open} title="Export" onClose={() => setOpen(false)} className="io-dialog">
        <DialogBody><ExportBody /></DialogBody>
      </ModalDialog>
    </>
  );
}
