import { useEffect, useState } from 'react';

/**
 * `flag`, but switched on only once it has stayed on for `delayMs` (off at once). For "results
 * are being recomputed" marks: most answers arrive sooner, and toggling the mark on every
 * keystroke restyled and repainted every row (and restarted their CSS transitions) for nothing.
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return flag && shown;
}

/** How long results must be out of date before the table and the Problems list say so. */
export const STALE_MARK_DELAY_MS = 200;
