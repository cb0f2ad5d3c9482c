/**
 * `window.__frpPerf`: what the benchmark (bin/bench.mjs) and the browser tests need beyond
 * `window.__frp`: load a large base ruleset that is not part of the app (the upstream rules, read
 * from disk by the benchmark), put the caret at an offset of the rules text, add many samples.
 * (Panel crash drills are `window.__frp.crashPanel`, owned by the UI.)
 */
import { analysisService } from './index';
import { currentEditor } from '../ui/editor/editor-bridge';
import { useAppStore } from '../state/store';

export interface FrpPerfHook {
  setBaseFiles(files: { name: string; content: string }[] | null): void;
  /** Moves the editor caret to this character offset of the rules text and focuses the editor. */
  placeCaret(offset: number): boolean;
  lastWorkerMs(): number | null;
  /** Appends samples with these command lines (through the store action the UI uses). */
  addSamples(commands: string[]): void;
  /** Replaces every sample by these command lines. */
  setSampleCommands(commands: string[]): void;
}

declare global {
  interface Window { __frpPerf?: FrpPerfHook }
}

export function installPerfHook(): void {
  window.__frpPerf = {
    setBaseFiles: (files) => analysisService.setBaseOverride(files),
    placeCaret: (offset) => {
      const editor = currentEditor();
      const model = editor?.getModel();
      if (!editor || !model) return false;
      const pos = model.getPositionAt(offset);
      editor.setPosition(pos);
      editor.revealPosition(pos);
      editor.focus();
      return true;
    },
    lastWorkerMs: () => analysisService.lastWorkerMs,
    addSamples: (commands) => { useAppStore.getState().addSamples(commands); },
    setSampleCommands: (commands) => {
      useAppStore.getState().setSamples(commands.map((command, i) => ({ id: `s${i + 1}`, command })), undefined);
    },
  };
}
