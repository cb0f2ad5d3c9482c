import { create } from 'zustand';

/** Which list the panel under the editor shows. UI state only: not saved, not shared. */
export type ProblemsTab = 'problems' | 'hints';

export const useProblemsView = create<{ tab: ProblemsTab; setTab: (tab: ProblemsTab) => void }>()((set) => ({
  tab: 'problems',
  setTab: (tab) => set({ tab }),
}));
