import { create } from 'zustand';

/**
 * Which sample row the "Add exception" dialog is tuning (null = closed). One dialog for the page:
 * the row's action button and the selected-row details both open it through here.
 */
export const useExceptionDialog = create<{ sampleId: string | null; open: (sampleId: string) => void; close: () => void }>()((set) => ({
  sampleId: null,
  open: (sampleId) => set({ sampleId }),
  close: () => set({ sampleId: null }),
}));
