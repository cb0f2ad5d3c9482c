/**
 * Session-only UI state that is neither authored input nor derived from it: the notice about how
 * this page was opened. Never persisted, never shared.
 */
import { create } from 'zustand';

export type Notice =
  | { kind: 'opened-link'; draftId: string | null; problems: string[] }
  | { kind: 'bad-link'; message: string };

interface SessionState {
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  notice: null,
  setNotice: (notice) => set({ notice }),
}));
