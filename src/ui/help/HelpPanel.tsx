/**
 * The keyboard shortcuts panel (a modal dialog) and the header button that opens it. The list
 * comes from shortcuts.ts, drawn by HelpBody.tsx (fetched when the panel first opens).
 */
import { ModalDialog } from '../tuning/ModalDialog';
import { DialogBody } from '../lazy/DialogBody';
import { lazyNamed } from '../lazy/lazy-module';
import { useHelpPanel } from './help-store';
import './help.css';

const HelpBody = lazyNamed(() => import('./HelpBody'), 'HelpBody');

export function HelpButton() {
  const setOpen = useHelpPanel((s) => s.setOpen);
  return (
    <button type="button" className="link-button help-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?, F1)"
      aria-keyshortcuts="Shift+? F1 Control+/" onClick={() => setOpen(true)}>
      <span aria-hidden="true">?</span>
    </button>
  );
}

export function HelpPanel() {
  const { open, setOpen } = useHelpPanel();
  return (
    <ModalDialog open={open} onClose={() => setOpen(false)} title="Keyboard shortcuts" className="help-dialog">
      <DialogBody><HelpBody /></DialogBody>
      {/* A focusable control inside the scrolling body lets keyboard users scroll it (and leave). */}
      <footer className="frp-dialog-actions">
        <button type="button" onClick={() => setOpen(false)}>Close</button>
      </footer>
    </ModalDialog>
  );
}
