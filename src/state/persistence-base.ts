/**
 * Upstream base files (falco_rules.yaml & co., uploaded or fetched by the person) survive a reload
 * here: in IndexedDB, which holds megabytes, or in localStorage when IndexedDB is unavailable and
 * the files fit. They never go into share links (only their names do). Every failure degrades to
 * "not kept": the files stay loaded for this visit.
 */
import { useAppStore } from './store';
import { useSessionStore } from './session';

export interface BaseFile {
  name: string;
  content: string;
}

const DB_NAME = 'falco-rule-playground';
const DB_STORE = 'base-files';
const LOCAL_KEY = 'frp.base-files';

function openDb(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(null);
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => { req.result.createObjectStore(DB_STORE); };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** Only well-formed entries come back: storage is untrusted like any saved data. */
export function readBaseFiles(raw: unknown): BaseFile[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((f): f is BaseFile => typeof f === 'object' && f !== null
    && typeof (f as BaseFile).name === 'string' && typeof (f as BaseFile).content === 'string');
}

export async function loadBaseFiles(): Promise<BaseFile[]> {
  const db = await openDb();
  if (db) {
    const files = await new Promise<unknown>((resolve) => {
      try {
        const req = db.transaction(DB_STORE, 'readonly').objectStore(DB_STORE).get('files');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => resolve(null);
      } catch {
        resolve(null);
      }
    });
    db.close();
    if (files) return readBaseFiles(files);
  }
  try {
    const text = window.localStorage.getItem(LOCAL_KEY);
    return text ? readBaseFiles(JSON.parse(text)) : [];
  } catch {
    return [];
  }
}

/** Returns where the files were kept ('none': only in this visit's memory). */
export async function saveBaseFiles(files: BaseFile[]): Promise<'indexeddb' | 'localstorage' | 'none'> {
  const db = await openDb();
  if (db) {
    const ok = await new Promise<boolean>((resolve) => {
      try {
        const tx = db.transaction(DB_STORE, 'readwrite');
        tx.objectStore(DB_STORE).put(files.map(({ name, content }) => ({ name, content })), 'files');
        tx.oncomplete = () => resolve(true);
        tx.onerror = () => resolve(false);
        tx.onabort = () => resolve(false);
      } catch {
        resolve(false);
      }
    });
    db.close();
    if (ok) {
      try { window.localStorage.removeItem(LOCAL_KEY); } catch { /* nothing kept there */ }
      return 'indexeddb';
    }
  }
  try {
    window.localStorage.setItem(LOCAL_KEY, JSON.stringify(files));
    return 'localstorage';
  } catch {
    return 'none'; // quota: kept for this visit only
  }
}

/**
 * At startup: reads the kept files into the store, then keeps storage in step with the store.
 * Files loaded before the read finished (a very quick upload) are merged, newest winning.
 */
export function startBaseFilesPersistence(): () => void {
  let ready = false;
  const keep = (files: BaseFile[]) => {
    void saveBaseFiles(files).then((where) => useSessionStore.setState({ baseFilesKept: where }));
  };
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (ready && s.upstreamFiles !== prev.upstreamFiles) keep(s.upstreamFiles);
  });
  void loadBaseFiles().then((kept) => {
    const now = useAppStore.getState().upstreamFiles;
    const merged = [...kept.filter((k) => !now.some((f) => f.name === k.name)), ...now];
    if (merged.length !== now.length) useAppStore.getState().setUpstreamFiles(merged);
    ready = true;
    if (now.length) keep(merged);
    useSessionStore.setState({ baseFilesReady: true });
  });
  return unsubscribe;
}
