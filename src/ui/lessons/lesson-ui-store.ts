import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Sample, SampleDefaults } from '../../engine/sample';

/** The person's own work, put aside while a lesson occupies the editor and the table. */
export interface SavedWork {
  rulesText: string;
  samples: Sample[];
  sampleDefaults: SampleDefaults | undefined;
  base: 'stock' | 'none';
  selectedRule: string | null;
}

/**
 * UI state of the lessons feature only (which lesson is open, whether the menu is open, the work
 * set aside). Kept out of the app store on purpose: it is not authored input and never shared.
 */
interface LessonUiState {
  activeLessonId: string | null;
  menuOpen: boolean;
  savedWork: SavedWork | null;
  setMenuOpen: (open: boolean) => void;
  enter: (lessonId: string, work: SavedWork | null) => void;
  exit: () => SavedWork | null;
}

/**
 * Persisted (localStorage), so a reload in the middle of a lesson keeps the lesson open and the
 * set-aside work recoverable with "Exit lesson".
 */
export const useLessonUi = create<LessonUiState>()(
  persist(
    (set, get) => ({
  activeLessonId: null,
  menuOpen: false,
  savedWork: null,
  setMenuOpen: (menuOpen) => set({ menuOpen }),
  // Entering a second lesson keeps the work saved when the first one was entered.
  enter: (activeLessonId, work) => set({ activeLessonId, savedWork: get().savedWork ?? work }),
  exit: () => {
    const w = get().savedWork;
    set({ activeLessonId: null, savedWork: null });
    return w;
  },
    }),
    {
      name: 'frp.lessons.ui',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ activeLessonId: s.activeLessonId, savedWork: s.savedWork }),
      // Anything unreadable means "no lesson open"; the app store's own saved work is untouched.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<LessonUiState>;
        const saved = p.savedWork;
        const ok = saved && typeof saved === 'object' && typeof saved.rulesText === 'string' && Array.isArray(saved.samples);
        return {
          ...current,
          activeLessonId: typeof p.activeLessonId === 'string' ? p.activeLessonId : null,
          savedWork: ok ? saved : null,
        };
      },
    },
  ),
);
