/**
 * "Never lose work": the work itself is saved to localStorage by the store's persist middleware on
 * every change (src/state/store.ts, key STORAGE_KEY); this module keeps the earlier drafts that a
 * link or an import replaced (src/share/drafts, same storage), so they can be brought back.
 */
import { createDraftStore, type DraftEntry, type DraftStore } from '../share';
import { useAppStore } from './store';
import { applyShareState, toShareState } from './share-link';

export { hasSavedWork } from './saved-work';

let drafts: DraftStore | null | undefined;

function draftStore(): DraftStore | null {
  if (drafts === undefined) {
    try {
      drafts = createDraftStore(window.localStorage);
    } catch {
      drafts = null; // storage unavailable (private mode): links still open, drafts are not kept
    }
  }
  return drafts;
}

/** Keeps the current work in the draft history; returns its id (null: nothing kept). */
export function stashCurrentWork(reason: string): string | null {
  const s = useAppStore.getState();
  const r = draftStore()?.stash(toShareState(s), reason, { sampleCount: s.samples.length });
  return r?.ok ? r.entry.id : null;
}

/** Brings back a stashed draft (the current work is stashed in turn, so this can be undone). */
export function restoreDraft(id: string): boolean {
  const store = draftStore();
  const state = store?.restore(id) ?? null;
  if (!store || !state) return false;
  store.stash(toShareState(useAppStore.getState()), 'before going back to a draft');
  applyShareState(state);
  return true;
}

/** The stashed drafts, newest first (empty when storage is unavailable). */
export function draftHistory(): DraftEntry[] {
  return draftStore()?.history() ?? [];
}
