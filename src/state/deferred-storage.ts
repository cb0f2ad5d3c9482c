/**
 * The saved work is written to localStorage shortly after the last change instead of on every
 * change: the persist middleware would otherwise serialise every sample on every keystroke (with
 * ten thousand samples that is a megabyte of JSON per key). Nothing is lost by waiting: a pending
 * write is flushed when the page is hidden or unloaded (pagehide, visibilitychange), and readers of
 * the stored work (getItem here, hasSavedWork, stashing a draft) flush it first.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export interface DeferredStorage<S> extends PersistStorage<S> {
  /** Writes a pending value now (no-op when there is none). */
  flush(): void;
}

export function deferredJSONStorage<S>(
  storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
  delayMs = 250,
): DeferredStorage<S> {
  let pending: { name: string; value: StorageValue<S> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const store = () => {
    try { return storage(); } catch { return undefined; } // storage disabled: nothing is kept
  };
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const p = pending;
    pending = null;
    if (!p) return;
    try {
      store()?.setItem(p.name, JSON.stringify(p.value));
    } catch {
      // Quota or private mode: the work stays in memory; the next change tries again.
    }
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  }
  return {
    flush,
    getItem(name) {
      if (pending && pending.name === name) return pending.value;
      const text = store()?.getItem(name);
      if (text == null) return null;
      try {
        return JSON.parse(text) as StorageValue<S>;
      } catch {
        return null; // unreadable saved work: start from the seed (the reader validates the rest)
      }
    },
    setItem(name, value) {
      if (pending && pending.name !== name) flush();
      pending = { name, value };
      if (timer === null) timer = setTimeout(flush, delayMs);
    },
    removeItem(name) {
      if (pending?.name === name) pending = null;
      store()?.removeItem(name);
    },
  };
}
