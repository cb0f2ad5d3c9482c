import { MAX_RULES_CHARS, MAX_SAMPLES } from '../worker/limits';
import { decodeState, encodeState, type DecodeLimits } from './codec';
import { storageFailure, type StorageFailure } from './storage-errors';
import type { ShareState } from './types';

/**
 * "Never lose work": the person's own draft and a short history of earlier drafts, kept in a
 * Storage-like object the host injects (localStorage in the browser, a Map in tests). Opening a
 * link first stashes the current draft, so the UI can offer "go back to your own draft".
 * Entries are stored in the share-link encoding (compact, validated on the way back), but decoded
 * with DRAFT_LIMITS, not a link's: a draft holds whatever work the app accepts. A storage that
 * throws (quota, private mode) loses persistence, never the page, and a stash says whether it
 * was kept: the UI must never claim work was kept when the write failed.
 */

/**
 * The largest work a draft keeps and reads back: what the app analyses (a rules file of
 * MAX_RULES_CHARS characters, MAX_SAMPLES samples; src/worker/limits.ts). Inflation is bounded by
 * that rules file as UTF-8 (at most 3 bytes per UTF-16 unit) plus 1 KiB per sample, far above a
 * real samples file (10,000 imported command lines are ~600 KB) yet a few dozen MB, not gigabytes.
 * The stored text itself is bounded above any browser's localStorage quota (~5 M characters).
 */
export const DRAFT_LIMITS = {
  maxRulesChars: MAX_RULES_CHARS,
  maxSamples: MAX_SAMPLES,
  decode: { maxChars: 16_000_000, maxPayloadBytes: 3 * MAX_RULES_CHARS + MAX_SAMPLES * 1024 + 64 * 1024 } satisfies DecodeLimits,
};
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

/** Whether a stash was kept, and if not, why (with a sentence for people). */
export type StashResult =
  | { ok: true; entry: DraftEntry }
  | { ok: false; reason: 'too-large' | StorageFailure; message: string };

export interface StashOptions {
  /** How many samples the state holds (the host knows; the store checks it against the limit). */
  sampleCount?: number;
}

export interface DraftStore {
  /** Remembers the current draft (called as the person types, debounced by the host). */
  save(state: ShareState): void;
  /** The current draft, if any. */
  current(): ShareState | null;
  /**
   * Keeps `state` in the history (deduplicated against the newest entry). ok only when the
   * entry was written and reads back; older entries may be dropped to make room for it.
   */
  stash(state: ShareState, reason: string, options?: StashOptions): StashResult;
  /** Newest first. */
  history(): DraftEntry[];
  /** An entry by id. */
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
    const r = decodeState(link, DRAFT_LIMITS.decode);
    return r.ok && r.state.rules.length <= DRAFT_LIMITS.maxRulesChars ? r.state : null;
  };
  const failure = (e: unknown): StashResult => {
    const reason = storageFailure(e);
    return {
      ok: false,
      reason,
      message: reason === 'storage-full'
        ? 'This browser\'s storage for the playground is full.'
        : 'This browser does not let the playground store anything here (private mode or storage turned off).',
    };
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
    stash(state, reason, options = {}) {
      const n = (x: number) => x.toLocaleString('en-US');
      if (state.rules.length > DRAFT_LIMITS.maxRulesChars) {
        return { ok: false, reason: 'too-large', message: `The rules file (${n(state.rules.length)} characters) is larger than the ${n(DRAFT_LIMITS.maxRulesChars)} a draft keeps.` };
      }
      if (options.sampleCount !== undefined && options.sampleCount > DRAFT_LIMITS.maxSamples) {
        return { ok: false, reason: 'too-large', message: `It has ${n(options.sampleCount)} samples, more than the ${n(DRAFT_LIMITS.maxSamples)} a draft keeps.` };
      }
      const link = encodeState(state);
      if (link.length > DRAFT_LIMITS.decode.maxChars) {
        return { ok: false, reason: 'too-large', message: `It is too large to keep as a draft (${n(link.length)} characters compressed).` };
      }
      const list = readHistory();
      if (list[0]?.link === link) return { ok: true, entry: { id: list[0].id, savedAt: list[0].savedAt, reason: list[0].reason, state } };
      const savedAt = now();
      const entry: StoredEntry = { id: `${savedAt.toString(36)}-${(counter++).toString(36)}`, savedAt, reason, link };
      const next = [entry, ...list].slice(0, maxHistory);
      // On quota errors drop the oldest entries until the new one fits; anything else (or no room
      // even alone) fails, and says so.
      let lastError: unknown;
      for (let keep = next.length; keep > 0; keep--) {
        const text = JSON.stringify(next.slice(0, keep));
        try {
          storage.setItem(historyKey, text);
        } catch (e) {
          lastError = e;
          if (storageFailure(e) === 'storage-full') continue;
          break;
        }
        // A storage that drops writes without throwing must not make us claim the work was kept.
        if (read(historyKey) !== text) return failure(new Error('write not kept'));
        return { ok: true, entry: { id: entry.id, savedAt, reason, state } };
      }
      return failure(lastError);
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
      // Not copied into the current-draft key: the host saves the work it applies, and a second
      // copy of a large draft would only eat the storage quota.
      return decode(e.link);
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
