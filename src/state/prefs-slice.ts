import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export type ThemePref = 'system' | 'light' | 'dark';

/** Personal preferences: they belong to this browser, never to a shared link. */
export interface PrefsSlice {
  theme: ThemePref;
  /** Share of the width given to the editor (0.2 .. 0.8). */
  splitRatio: number;
  setTheme: (theme: ThemePref) => void;
  setSplitRatio: (ratio: number) => void;
}

export function clampSplit(r: number): number {
  return Number.isFinite(r) ? Math.min(0.8, Math.max(0.2, r)) : 0.52;
}

export const createPrefsSlice: StateCreator<AppState, [], [], PrefsSlice> = (set) => ({
  theme: 'system',
  splitRatio: 0.52,
  setTheme: (theme) => set({ theme }),
  setSplitRatio: (r) => set({ splitRatio: clampSplit(r) }),
});
