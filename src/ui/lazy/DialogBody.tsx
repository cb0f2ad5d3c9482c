import { Suspense, type ReactNode } from 'react';

/**
 * The body of a dialog whose code is fetched the first time it opens (the dialog frame, its
 * title and close button show at once). Our ModalDialog renders its body only while open.
 */
export function DialogBody({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="muted" role="status">Loading…</p>}>{children}</Suspense>;
}
