/**
 * `window.__frp`: a small, deliberate handle for browser tests (and curious people in the console).
 * Tests seed the rules text through it instead of typing whole files into Monaco; one test still
 * types for real. It only calls the same store actions the UI calls.
 */
import { resetToSeed, useAppStore } from '../state/store';
import { currentEditor, currentMarkers } from './editor/editor-bridge';
import { seedFixedRulesText } from '../state/seed';
import { CRASH_DRILL_EVENT } from './layout/PanelBoundary';

export interface FrpTestHook {
  setRulesText(text: string): void;
  getRulesText(): string;
  /** The text Monaco's model holds (null before the editor has loaded). */
  getEditorText(): string | null;
  /** Markers Monaco shows for the rules file: code, message and 1-based start line/column. */
  getMarkers(): { code: string; message: string; line: number; column: number }[];
  /** The text currently selected in the editor ('' when nothing is selected or before load). */
  getEditorSelection(): string;
  /** The seed rules file with the reviewer's fix applied. */
  seedFixedRulesText(): string;
  resetToSeed(): void;
  /** Makes the named panel throw while rendering (proves the error boundary contains it). */
  crashPanel(name: string): void;
}

declare global {
  interface Window { __frp?: FrpTestHook }
}

export function installTestHook(): void {
  window.__frp = {
    setRulesText: (text) => useAppStore.getState().setRulesText(text),
    getRulesText: () => useAppStore.getState().rulesText,
    getEditorText: () => currentEditor()?.getModel()?.getValue() ?? null,
    getMarkers: () =>
      currentMarkers().map((m) => ({
        code: typeof m.code === 'string' ? m.code : (m.code?.value ?? ''),
        message: m.message,
        line: m.startLineNumber,
        column: m.startColumn,
      })),
    getEditorSelection: () => {
      const editor = currentEditor();
      const selection = editor?.getSelection();
      return selection ? (editor?.getModel()?.getValueInRange(selection) ?? '') : '';
    },
    seedFixedRulesText,
    resetToSeed,
    crashPanel: (name) => { window.dispatchEvent(new CustomEvent(CRASH_DRILL_EVENT, { detail: name })); },
  };
}
