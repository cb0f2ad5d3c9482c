/**
 * Session-only UI state that is neither authored input nor derived from it: the notice about how
 * this page was opened or what just replaced the work. Never persisted, never shared.
 */
import { create } from 'zustand';
import type { SaveStatus } from './deferred-storage';

export type Notice =
  /** A link replaced the work; `draftId` is the stashed previous work (null: nothing to keep). */
  | { kind: 'opened-link'; draftId: string | null; problems: string[] }
  /** A link that could not be read: the work is unchanged. */
  | { kind: 'bad-link'; message: string }
  /** Something else replaced the work (an import), which was stashed first. */
  | { kind: 'replaced-work'; message: string; draftId: string | null }
  /**
   * Something (a link, an import, an earlier draft) would replace the work, which could not be
   * kept in this browser: nothing was replaced. The person can download the work, then `proceed`.
   */
  | { kind: 'unkept'; title: string; message: string; proceedLabel: string; proceed: () => void };

interface SessionState {
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  /** False until the upstream base files kept in this browser have been read back (IndexedDB is async). */
  baseFilesReady: boolean;
  /** Where the loaded upstream files were last kept ('none': storage full or unavailable). */
  baseFilesKept: 'indexeddb' | 'localstorage' | 'none' | null;
  /** Set while the work on screen could not be saved in this browser (quota, private mode). */
  saveProblem: Extract<SaveStatus, { ok: false }> | null;
  /**
   * This tab was reloaded (or reopened) while its work could not be saved: the work shown is the
   * last that was, from before this time (ms since the epoch). Null otherwise, or once dismissed.
   */
  unsavedAtLastVisit: number | null;
}

export const useSessionStore = create<SessionState>()((set) => ({
  notice: null,
  setNotice: (notice) => set({ notice }),
  baseFilesReady: false,
  baseFilesKept: null,
  saveProblem: null,
  unsavedAtLastVisit: null,
}));
