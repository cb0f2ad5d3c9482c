import { useEffect, useRef, type ReactNode } from 'react';
import { PanelBoundary } from '../layout/PanelBoundary';

export interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /**
   * Names the dialog in its crash message and drill (`__frp.crashPanel('<name> dialog')`);
   * default: the title.
   */
  name?: string;
}

/**
 * A native <dialog> shown modally: the browser traps focus, Escape closes it, and the page
 * behind is inert. Closing by Escape or the close button both go through onClose. The body has an
 * error boundary of its own: a crash in it leaves the title and the close button working.
 */
export function ModalDialog({ open, title, onClose, children, className, name }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`frp-dialog ${className ?? ''}`}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="frp-dialog-head">
        <h2>{title}</h2>
        <button type="button" className="frp-dialog-close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <div className="frp-dialog-body">{open ? <PanelBoundary name={`${name ?? title} dialog`} kind="dialog">{children}</PanelBoundary> : null}</div>
    </dialog>
  );
}
