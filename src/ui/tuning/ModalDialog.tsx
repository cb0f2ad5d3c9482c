import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A native <dialog> shown modally: the browser traps focus, Escape closes it, and the page
 * behind is inert. Closing by Escape or the close button both go through onClose.
 */
export function ModalDialog({ open, title, onClose, children, className }: ModalDialogProps) {
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
      <div className="frp-dialog-body">{open ? children : null}</div>
    </dialog>
  );
}
