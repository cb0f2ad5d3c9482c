/**
 * The saved work is written to localStorage shortly after the last change instead of on every
 * change: the persist middleware would otherwise serialise every sample on every keystroke (with
 * ten thousand samples that is a megabyte of JSON per key). Nothing is lost by waiting: a pending
 * write is flushed when the page is hidden or unloaded (pagehide, visibilitychange), and readers of
 * the stored work (getItem here, hasSavedWork, stashing a draft) flush it first.
 *
 * A write the storage refuses (quota: the work is too large for this browser; private mode) is
 * reported through `onStatus`, so the page can say so instead of pretending the work is saved; the
 * storage then still holds the last value it accepted, whole (a Storage write either replaces the
 * value or changes nothing). The next change tries again, and a success clears the report.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { storageFailure, type StorageFailure } from '../share/storage-errors';

export type SaveStatus =
  | { ok: true }
  /** `lastSavedAt`: when a write last succeeded in this page (null: never). */
  | { ok: false; failure: StorageFailure; since: number; lastSavedAt: number | null };

export interface DeferredStorage<S> extends PersistStorage<S> {
  /** Writes a pending value now (no-op when there is none). */
  flush(): void;
  /** Whether the last write succeeded. */
  status(): SaveStatus;
}

export interface DeferredOptions {
  delayMs?: number;
  /** Called when a write's outcome differs from the previous one (first failure, recovery). */
  onStatus?: (status: SaveStatus) => void;
  now?: () => number;
}

export function deferredJSONStorage<S>(
  storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
  delayOrOptions: number | DeferredOptions = 250,
): DeferredStorage<S> {
  const options = typeof delayOrOptions === 'number' ? { delayMs: delayOrOptions } : delayOrOptions;
  const delayMs = options.delayMs ?? 250;
  const now = options.now ?? (() => Date.now());
  let pending: { name: string; value: StorageValue<S> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let status: SaveStatus = { ok: true };
  let lastSavedAt: number | null = null;
  const report = (next: SaveStatus) => {
    const changed = next.ok !== status.ok || (!next.ok && !status.ok && next.failure !== status.failure);
    status = next;
    if (changed) options.onStatus?.(next);
  };
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
      const s = store();
      if (!s) throw new Error('storage unavailable');
      s.setItem(p.name, JSON.stringify(p.value));
      lastSavedAt = now();
      report({ ok: true });
    } catch (e) {
      // The work stays in memory (and the storage keeps its last accepted value); the next change
      // tries again. Said once, not on every keystroke.
      report({ ok: false, failure: storageFailure(e), since: status.ok ? now() : status.since, lastSavedAt });
    }
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  }
  return {
    flush,
    status: () => status,
    getItem(name) {
      if (pending && pending.name === name) return pending.value;
      let text: string | null | undefined;
      try { text = store()?.getItem(name); } catch { text = null; }
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
      try { store()?.removeItem(name); } catch { /* nothing was kept */ }
    },
  };
}
