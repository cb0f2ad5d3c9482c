import { create } from 'zustand';

/** Whether the keyboard shortcuts panel is open. UI state only: not saved, not shared. */
export const useHelpPanel = create<{ open: boolean; setOpen: (open: boolean) => void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
