/**
 * The one app store: authored input only (rules text, samples, selections, choices, preferences).
 * Anything derived from it (diagnostics, verdicts, outputs) is computed by `analyze` in
 * useAnalysis and never stored here, so there is one source of truth and nothing to keep in sync.
 *
 * Slices are combined here and middleware (persist) is applied once, to the combined store.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { deferredJSONStorage, type SaveStatus } from './deferred-storage';
import { createTabWorkStorage } from './tab-storage';
import { useSessionStore } from './session';
import { createRulesSlice, type RulesSlice } from './rules-slice';
import { createSamplesSlice, type SamplesSlice } from './samples-slice';
import { createPrefsSlice, type PrefsSlice } from './prefs-slice';
import { createExplainSlice, type ExplainSlice } from './explain-slice';
import { readSaved, SAVE_VERSION } from './saved';

export type AppState = RulesSlice & SamplesSlice & PrefsSlice & ExplainSlice;

export const STORAGE_KEY = 'falco-rule-playground';

/** What is saved of the state: the work and the personal preferences, nothing derived. */
function savedPart(s: AppState) {
  return {
    rulesText: s.rulesText,
    base: s.base,
    plugins: s.plugins,
    selectedRule: s.selectedRule,
    upstream: s.upstream,
    samples: s.samples,
    selectedSampleId: s.selectedSampleId,
    sampleDefaults: s.sampleDefaults,
    theme: s.theme,
    splitRatio: s.splitRatio,
  };
}

/** Each tab's saved work, and the other tabs' (tab-storage.ts). */
export const tabWork = createTabWorkStorage({ local: () => localStorage, session: () => sessionStorage });

/** A reload or closing the tab would lose what could not be saved: the browser asks first. */
function warnBeforeLeaving(e: BeforeUnloadEvent): void {
  e.preventDefault();
}

/**
 * Marks, per tab, that the work on screen is newer than the saved work, so that a reload that
 * went ahead anyway can say what it brought back (src/ui/share/WorkNotice.tsx).
 */
const UNSAVED_KEY = 'frp.unsaved-since';

function onSaveStatus(status: SaveStatus): void {
  useSessionStore.setState({ saveProblem: status.ok ? null : status });
  if (typeof window === 'undefined') return;
  try {
    if (status.ok) sessionStorage.removeItem(UNSAVED_KEY);
    else sessionStorage.setItem(UNSAVED_KEY, String(status.lastSavedAt ?? status.since));
  } catch {
    // the warning on screen and the browser's question still say it
  }
  if (status.ok) window.removeEventListener('beforeunload', warnBeforeLeaving);
  else window.addEventListener('beforeunload', warnBeforeLeaving);
}

/** A reload after a failed save: when the lost changes began (read once, then forgotten). */
function unsavedAtLastVisit(): number | null {
  try {
    const since = Number(sessionStorage.getItem(UNSAVED_KEY));
    sessionStorage.removeItem(UNSAVED_KEY);
    return Number.isFinite(since) && since > 0 ? since : null;
  } catch {
    return null;
  }
}
if (typeof window !== 'undefined') useSessionStore.setState({ unsavedAtLastVisit: unsavedAtLastVisit() });

/** Where the work is saved (written shortly after the last change; see deferred-storage.ts). */
export const savedWorkStorage = deferredJSONStorage<ReturnType<typeof savedPart>>(() => tabWork, { onStatus: onSaveStatus });

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createRulesSlice(...a), ...createSamplesSlice(...a), ...createPrefsSlice(...a), ...createExplainSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: SAVE_VERSION,
      storage: savedWorkStorage,
      partialize: savedPart,
      // Saved work is validated field by field; anything unreadable falls back to the current
      // (seed) value instead of breaking the page.
      merge: (persisted, current) => ({ ...current, ...readSaved(persisted) }),
    },
  ),
);

/** Back to the first-visit rules and samples; personal preferences (theme, layout) are kept. */
export function resetToSeed(): void {
  const { theme, splitRatio, upstreamFiles } = useAppStore.getState();
  // Loaded upstream files are a library of this browser, like the preferences: kept.
  useAppStore.setState({ ...useAppStore.getInitialState(), theme, splitRatio, upstreamFiles }, true);
}
