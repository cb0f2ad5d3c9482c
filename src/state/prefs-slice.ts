import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export type ThemePref = 'system' | 'light' | 'dark';

/** Personal preferences: they belong to this browser, never to a shared link. */
export interface PrefsSlice {
  theme: ThemePref;
  setTheme: (theme: ThemePref) => void;
}

export const createPrefsSlice: StateCreator<AppState, [], [], PrefsSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
});
