/** Whether the base ruleset dialog is open: the toolbar and the "load the files" notice both open it. */
import { create } from 'zustand';

export const useBaseDialog = create<{ open: boolean; setOpen: (open: boolean) => void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
