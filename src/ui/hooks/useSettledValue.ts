import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs` (the first value at once). For work that is
 * worth showing but not worth a keystroke's latency: it runs when the typing pauses, never between
 * two keystrokes. `same` says when two values count as unchanged.
 */
export function useSettledValue<T>(value: T, delayMs: number, same: (a: T, b: T) => boolean = Object.is): T {
  const [settled, setSettled] = useState(value);
  const changed = !same(settled, value);
  useEffect(() => {
    if (!changed) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [changed, value, delayMs]);
  return settled;
}
