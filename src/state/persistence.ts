/**
 * "Never lose work": the work itself is saved to localStorage by the store's persist middleware on
 * every change (src/state/store.ts: one entry per tab, see tab-storage.ts); this module keeps the
 * earlier drafts that a link or an import replaced (src/share/drafts, same storage), so they can be
 * brought back, and lists the other tabs' saved work next to them.
 *
 * Nothing replaces work it could not keep: stashCurrentWork says whether the draft was written,
 * and the callers (opening a link, importing a rules file, going back to a draft) hold off and
 * offer a download when it was not.
 */
import { createDraftStore, type DraftEntry, type DraftStore, type ShareState } from '../share';
import { STORAGE_KEY, tabWork, useAppStore } from './store';
import { readSaved } from './saved';
import { applyShareState, toShareState } from './share-link';
import { workAtRisk } from './saved-work';
import { LEGACY_ENTRY_ID } from './tab-storage';

export { hasSavedWork, hasOwnSavedWork, workAtRisk } from './saved-work';

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

/** Whether the work was kept; if not, a sentence saying why. */
export type KeepResult = { ok: true; id: string } | { ok: false; message: string };

const UNAVAILABLE: KeepResult = { ok: false, message: 'This browser does not let the playground store anything here (private mode or storage turned off).' };

/** Keeps the current work in the draft history. */
export function stashCurrentWork(reason: string): KeepResult {
  const store = draftStore();
  if (!store) return UNAVAILABLE;
  const s = useAppStore.getState();
  const r = store.stash(toShareState(s), reason, { sampleCount: s.samples.length });
  return r.ok ? { ok: true, id: r.entry.id } : { ok: false, message: r.message };
}

/**
 * Before something replaces the work on screen: keeps it when replacing it would lose something
 * (workAtRisk). `id` is the draft to offer back: the stashed one, or the other tab's entry this
 * tab started from (untouched, so nothing needed stashing); null when there is none.
 * `unsavedToo`: also keep work that was never saved (a first visit's seed, which an import
 * replaces in front of the person); a link opened on a first visit has nothing to offer back.
 */
export function keepWorkBeforeReplacing(reason: string, unsavedToo = true): { ok: true; id: string | null } | { ok: false; message: string } {
  if (workAtRisk()) return stashCurrentWork(reason);
  const from = tabWork.source();
  if (from && tabWork.read(from.key) !== null) return { ok: true, id: tabDraftId(from.id) };
  return unsavedToo ? stashCurrentWork(reason) : { ok: true, id: null };
}

const TAB_PREFIX = 'tab:';
const tabDraftId = (id: string) => `${TAB_PREFIX}${id}`;

/** Another tab's saved work as a share state (null when its entry is gone or unreadable). */
function tabState(key: string): ShareState | null {
  const text = tabWork.read(key);
  if (text === null) return null;
  try {
    const saved = readSaved((JSON.parse(text) as { state?: unknown }).state);
    if (saved.rulesText === undefined) return null;
    return toShareState({ ...useAppStore.getInitialState(), ...saved });
  } catch {
    return null;
  }
}

/**
 * Brings back a stashed draft, or another tab's work. The current work is stashed in turn (so
 * this can be undone); when it cannot be kept nothing changes, unless `force`.
 */
export function restoreDraft(id: string, force = false): KeepResult | { ok: false; gone: true; message: string } {
  let state: ShareState | null;
  if (id.startsWith(TAB_PREFIX)) {
    const entry = tabWork.others(STORAGE_KEY).find((e) => e.id === id.slice(TAB_PREFIX.length));
    state = entry ? tabState(entry.key) : null;
  } else {
    state = draftStore()?.restore(id) ?? null;
  }
  if (!state) return { ok: false, gone: true, message: 'That draft is no longer in this browser.' };
  const kept = keepWorkBeforeReplacing('before going back to a draft');
  if (!kept.ok && !force) return kept;
  applyShareState(state);
  return { ok: true, id };
}

/**
 * The stashed drafts and the other tabs' saved work (empty when storage is unavailable), newest
 * first.
 */
export function draftHistory(): DraftEntry[] {
  const tabs: DraftEntry[] = [];
  for (const e of tabWork.others(STORAGE_KEY)) {
    const state = tabState(e.key);
    if (!state) continue;
    tabs.push({
      id: tabDraftId(e.id),
      savedAt: e.savedAt,
      reason: e.id === LEGACY_ENTRY_ID ? 'saved by an earlier version of the playground' : 'saved in another tab',
      state,
    });
  }
  return [...(draftStore()?.history() ?? []), ...tabs].sort((a, b) => b.savedAt - a.savedAt);
}
