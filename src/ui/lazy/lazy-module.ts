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

/** Importers of the lazily drawn components, fetched ahead of need once the page is idle. */
const preloads: (() => Promise<unknown>)[] = [];

/**
 * React.lazy for a named export (our components are named, not default, exports). The code is
 * fetched when the component is first drawn, or earlier by `preloadWhenIdle`.
 */
export function lazyNamed<M, K extends keyof M>(importer: () => Promise<M>, name: K): M[K] extends ComponentType<infer P> ? ComponentType<P> : never {
  let pending: Promise<M> | null = null;
  const load = () => (pending ??= importer().catch((e: unknown) => { pending = null; throw e; }));
  preloads.push(load);
  return lazy(() => load().then((m) => ({ default: m[name] as ComponentType<unknown> }))) as never;
}

/**
 * After the first verdicts, when the browser has nothing else to do: fetch the code of every
 * lazily drawn part, so a dialog opens at once the first time (the service worker keeps it all
 * for offline use anyway). A failure here is not reported: drawing the part tries again.
 */
export function preloadWhenIdle(): void {
  const run = () => { for (const load of preloads) load().catch(() => {}); };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 2000);
}
