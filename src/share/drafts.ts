import { decodeState, encodeState } from './codec';
import type { ShareState } from './types';

/**
 * "Never lose work": the person's own draft and a short history of earlier drafts, kept in a
 * Storage-like object the host injects (localStorage in the browser, a Map in tests). Opening a
 * link first stashes the current draft, so the UI can offer "go back to your own draft".
 * Entries are stored in the share-link encoding (compact and validated on the way back); a
 * storage that throws (quota, private mode) loses persistence, never the page.
 */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DraftEntry {
  id: string;
  /** ms since the epoch. */
  savedAt: number;
  /** Why it was kept: 'autosave', 'before opening a link', ... */
  reason: string;
  state: ShareState;
}

export interface DraftStore {
  /** Remembers the current draft (called as the person types, debounced by the host). */
  save(state: ShareState): void;
  /** The current draft, if any. */
  current(): ShareState | null;
  /** Keeps `state` in the history (deduplicated against the newest entry). */
  stash(state: ShareState, reason: string): DraftEntry | null;
  /** Newest first. */
  history(): DraftEntry[];
  /** An entry by id (also makes it the current draft). */
  restore(id: string): ShareState | null;
  clear(): void;
}

export interface DraftOptions {
  prefix?: string;
  maxHistory?: number;
  now?: () => number;
}

interface StoredEntry {
  id: string;
  savedAt: number;
  reason: string;
  link: string;
}

export function createDraftStore(storage: DraftStorage, options: DraftOptions = {}): DraftStore {
  const prefix = options.prefix ?? 'frp';
  const maxHistory = options.maxHistory ?? 5;
  const now = options.now ?? (() => Date.now());
  const currentKey = `${prefix}.draft`;
  const historyKey = `${prefix}.drafts`;

  const read = (key: string): string | null => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  const write = (key: string, value: string): boolean => {
    try {
      storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  };
  const decode = (link: string): ShareState | null => {
    const r = decodeState(link);
    return r.ok ? r.state : null;
  };
  const readHistory = (): StoredEntry[] => {
    const text = read(historyKey);
    if (!text) return [];
    try {
      const list: unknown = JSON.parse(text);
      if (!Array.isArray(list)) return [];
      return list.filter(
        (e): e is StoredEntry =>
          typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.savedAt === 'number' && typeof e.reason === 'string' && typeof e.link === 'string',
      );
    } catch {
      return [];
    }
  };

  let counter = 0;
  return {
    save(state) {
      write(currentKey, encodeState(state));
    },
    current() {
      const link = read(currentKey);
      return link ? decode(link) : null;
    },
    stash(state, reason) {
      const link = encodeState(state);
      const list = readHistory();
      if (list[0]?.link === link) return { id: list[0].id, savedAt: list[0].savedAt, reason: list[0].reason, state };
      const savedAt = now();
      const entry: StoredEntry = { id: `${savedAt.toString(36)}-${(counter++).toString(36)}`, savedAt, reason, link };
      const next = [entry, ...list].slice(0, maxHistory);
      // On quota errors drop the oldest entries until it fits (or give up quietly).
      for (let keep = next.length; keep > 0; keep--) {
        if (write(historyKey, JSON.stringify(next.slice(0, keep)))) return { id: entry.id, savedAt, reason, state };
      }
      return null;
    },
    history() {
      const out: DraftEntry[] = [];
      for (const e of readHistory()) {
        const state = decode(e.link);
        if (state) out.push({ id: e.id, savedAt: e.savedAt, reason: e.reason, state });
      }
      return out;
    },
    restore(id) {
      const e = readHistory().find((x) => x.id === id);
      if (!e) return null;
      const state = decode(e.link);
      if (state) write(currentKey, e.link);
      return state;
    },
    clear() {
      try {
        storage.removeItem(currentKey);
        storage.removeItem(historyKey);
      } catch {
        // nothing to keep
      }
    },
  };
}
