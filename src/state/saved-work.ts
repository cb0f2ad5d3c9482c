import { savedWorkStorage, STORAGE_KEY } from './store';

/** Whether this browser holds work of the person's own (a first visit has none worth stashing). */
export function hasSavedWork(): boolean {
  savedWorkStorage.flush(); // a write may still be pending from the last keystroke
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}
