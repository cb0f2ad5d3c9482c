/**
 * Code the page loads after its first verdicts (the linter, dialogs, RE2 ...): a module that is
 * null until it has arrived, fetched once, with listeners for its arrival so that a component can
 * show what it has and fill in the rest a moment later. A failed fetch is tried again on the next
 * `load()` (the chunk may have been unreachable for a moment).
 */
import { lazy, useEffect, useSyncExternalStore, type ComponentType } from 'react';

export interface LazyModule<M> {
  /** The module, or null before it has arrived. */
  get(): M | null;
  /** Starts fetching it (once) and resolves with it. */
  load(): Promise<M>;
  subscribe(listener: () => void): () => void;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let mod: M | null = null;
  let pending: Promise<M> | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => mod,
    load() {
      pending ??= importer().then(
        (m) => {
          mod = m;
          for (const l of [...listeners]) l();
          return m;
        },
        (e: unknown) => {
          pending = null;
          throw e;
        },
      );
      return pending;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The module in a component: null at first, the component renders again when it arrives. */
export function useLazyModule<M>(m: LazyModule<M>): M | null {
  const mod = useSyncExternalStore(m.subscribe, m.get, m.get);
  useEffect(() => {
    if (!mod) m.load().catch((e: unknown) => console.error('a part of the page could not be loaded', e));
  }, [m, mod]);
  return mod;
}

/** React.lazy for a named export (our components are named, not default, exports). */
export function lazyNamed<M, K extends keyof M>(importer: () => Promise<M>, name: K): M[K] extends ComponentType<infer P> ? ComponentType<P> : never {
  return lazy(() => importer().then((m) => ({ default: m[name] as ComponentType<unknown> }))) as never;
}
