/**
 * The saved work, one entry per browser tab. With a single entry, two tabs overwrote each other's
 * work on every change, and a reload brought back whichever tab wrote last. Now:
 *
 *  - each tab has an id, kept in sessionStorage (which belongs to the tab and survives its
 *    reloads), and saves under `<name>.tab.<id>`; a reload of the tab restores that entry;
 *  - a new tab starts from the newest entry of any tab (what one "last had open");
 *  - the other entries are listed under Import → Earlier drafts (src/state/persistence.ts);
 *  - `<name>.tabs` indexes the entries (id, key, time of the last save), newest first, so a new
 *    tab finds the newest without parsing megabytes; the entries of the oldest tabs beyond
 *    MAX_TAB_ENTRIES are removed when a tab saves;
 *  - the single entry earlier versions wrote (`<name>` itself) is read as one more entry, the
 *    oldest, so existing work carries over without being copied.
 *
 * A duplicated tab (and a window opened by the page) starts with a copy of its opener's
 * sessionStorage, hence the same id: at startup a tab asks the others over a BroadcastChannel
 * whether its id is taken, and takes a new one if so (it keeps the work it started from).
 *
 * setItem throws what the storage throws (quota, private mode): the caller reports it
 * (deferred-storage.ts). Nothing here ever writes a partial entry.
 */

export interface TabEntry {
  id: string;
  /** The localStorage key holding the entry's JSON. */
  key: string;
  /** ms since the epoch of the entry's last save (0 for an earlier version's entry). */
  savedAt: number;
}

export interface TabWorkStorage {
  /** This tab's id (it may change once at startup, see above). */
  tabId(): string;
  /** This tab's entry, else the newest entry of any tab (remembered as `source()`). */
  getItem(name: string): string | null;
  /** Writes this tab's entry, then the index. Throws when the storage refuses the entry. */
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
  /** Whether this tab has an entry of its own. */
  hasOwn(name: string): boolean;
  /** Whether any entry exists (this tab's or another's). */
  hasAny(name: string): boolean;
  /** The entries of other tabs (and an earlier version's), newest first. */
  others(name: string): TabEntry[];
  /** The stored JSON of an entry. */
  read(key: string): string | null;
  /** The entry `getItem` read this tab's work from, when it was not the tab's own. */
  source(): TabEntry | null;
}

export const MAX_TAB_ENTRIES = 8;
const TAB_ID_KEY = 'frp.tab-id';
export const LEGACY_ENTRY_ID = 'earlier';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What is used of a BroadcastChannel. */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent) => void): void;
}

export interface TabStorageOptions {
  local: () => StorageLike | undefined;
  session: () => StorageLike | undefined;
  now?: () => number;
  newId?: () => string;
  /** Ask other tabs whether this tab's id is taken (default: a BroadcastChannel when there is one). */
  channel?: () => TabChannel | undefined;
}

function randomId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function createTabWorkStorage(options: TabStorageOptions): TabWorkStorage {
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? randomId;
  const safe = <T>(f: () => T, fallback: T): T => {
    try { return f(); } catch { return fallback; }
  };
  const local = () => safe(options.local, undefined);
  const session = () => safe(options.session, undefined);

  let id = safe(() => session()?.getItem(TAB_ID_KEY) ?? null, null) ?? '';
  const adopt = (next: string) => {
    id = next;
    safe(() => session()?.setItem(TAB_ID_KEY, id), undefined);
  };
  if (!/^[a-z0-9]{1,40}$/.test(id)) adopt(newId());
  let source: TabEntry | null = null;

  const ownKey = (name: string) => `${name}.tab.${id}`;
  const indexKey = (name: string) => `${name}.tabs`;
  const read = (key: string): string | null => safe(() => local()?.getItem(key) ?? null, null);

  /** The index as stored (well-formed entries only; storage is untrusted). */
  const readIndex = (name: string): TabEntry[] => {
    const text = read(indexKey(name));
    if (!text) return [];
    const list = safe((): unknown => JSON.parse(text), null);
    if (!Array.isArray(list)) return [];
    return list.filter((e): e is TabEntry => typeof e === 'object' && e !== null
      && typeof e.id === 'string' && typeof e.key === 'string' && e.key.startsWith(`${name}.tab.`) && typeof e.savedAt === 'number');
  };
  /** Every entry that exists, newest first, with an earlier version's single entry last. */
  const entries = (name: string): TabEntry[] => {
    const list = readIndex(name).filter((e) => read(e.key) !== null);
    if (!list.some((e) => e.id === id) && read(ownKey(name)) !== null) list.unshift({ id, key: ownKey(name), savedAt: now() });
    if (read(name) !== null) list.push({ id: LEGACY_ENTRY_ID, key: name, savedAt: 0 });
    return list.sort((a, b) => b.savedAt - a.savedAt);
  };

  let lastName: string | null = null;
  // A copied sessionStorage (duplicated tab) brings its opener's id: ask whether it is taken.
  const channel = safe((): TabChannel | undefined => (options.channel ? options.channel() : typeof BroadcastChannel === 'function' ? new BroadcastChannel('frp-tabs') : undefined), undefined);
  if (channel) {
    const nonce = newId();
    const since = now();
    // The older tab keeps the id (ties: the smaller nonce), the newer one moves on.
    const older = (m: { since?: unknown; nonce?: unknown }) => typeof m.since === 'number' && typeof m.nonce === 'string'
      && (since < m.since || (since === m.since && nonce < m.nonce));
    channel.addEventListener('message', (ev: MessageEvent) => {
      const m = ev.data as { type?: unknown; id?: unknown; nonce?: unknown; since?: unknown } | null;
      if (!m || typeof m !== 'object') return;
      if (m.type === 'hello' && m.id === id && m.nonce !== nonce && older(m)) channel.postMessage({ type: 'taken', id, nonce: m.nonce });
      else if (m.type === 'taken' && m.nonce === nonce && m.id === id) {
        // The other tab keeps the id and its entry; this one continues from that entry's work.
        const name = lastName;
        if (name && read(ownKey(name)) !== null) source = { id, key: ownKey(name), savedAt: now() };
        adopt(newId());
      }
    });
    safe(() => channel.postMessage({ type: 'hello', id, nonce, since }), undefined);
  }

  return {
    tabId: () => id,
    getItem(name) {
      lastName = name;
      const own = read(ownKey(name));
      if (own !== null) return own;
      for (const e of entries(name)) {
        const text = read(e.key);
        if (text !== null) {
          source = e;
          return text;
        }
      }
      return null;
    },
    setItem(name, value) {
      lastName = name;
      const store = local();
      if (!store) throw new Error('storage unavailable');
      const key = ownKey(name);
      store.setItem(key, value); // throws: nothing else changes
      const list = [{ id, key, savedAt: now() }, ...readIndex(name).filter((e) => e.id !== id)];
      if (read(name) !== null) list.push({ id: LEGACY_ENTRY_ID, key: name, savedAt: 0 });
      for (const gone of list.slice(MAX_TAB_ENTRIES)) safe(() => store.removeItem(gone.key), undefined);
      const keep = list.slice(0, MAX_TAB_ENTRIES).filter((e) => e.key !== name);
      // The index is small; should it not fit, the entry is still found as this tab's own.
      safe(() => store.setItem(indexKey(name), JSON.stringify(keep)), undefined);
    },
    removeItem(name) {
      const store = local();
      safe(() => store?.removeItem(ownKey(name)), undefined);
      safe(() => store?.setItem(indexKey(name), JSON.stringify(readIndex(name).filter((e) => e.id !== id))), undefined);
    },
    hasOwn: (name) => read(ownKey(name)) !== null,
    hasAny: (name) => entries(name).length > 0,
    others: (name) => entries(name).filter((e) => e.key !== ownKey(name)),
    read,
    source: () => source,
  };
}
