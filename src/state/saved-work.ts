import { savedWorkStorage, STORAGE_KEY, tabWork } from './store';

/** Whether this browser holds saved work (this tab's or another tab's; a first visit has none). */
export function hasSavedWork(): boolean {
  savedWorkStorage.flush(); // a write may still be pending from the last keystroke
  return tabWork.hasAny(STORAGE_KEY);
}

/**
 * Whether replacing the work on screen would lose something: this tab saved work of its own (a
 * link or an import would overwrite that entry), or its last save failed (the work exists only on
 * screen). A tab that only shows what it started from (another tab's entry, untouched) risks
 * nothing: that entry stays as it is.
 */
export function workAtRisk(): boolean {
  savedWorkStorage.flush();
  return tabWork.hasOwn(STORAGE_KEY) || !savedWorkStorage.status().ok;
}

/** Whether this tab saved work of its own (a reload of the tab restores it). */
export function hasOwnSavedWork(): boolean {
  savedWorkStorage.flush();
  return tabWork.hasOwn(STORAGE_KEY);
}
