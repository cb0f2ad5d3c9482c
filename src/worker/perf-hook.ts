/**
 * `window.__frpPerf`: what the benchmark (bin/bench.mjs) and the browser tests need beyond
 * `window.__frp`: load a large base ruleset that is not part of the app (the upstream rules, read
 * from disk by the benchmark), put the caret at an offset of the rules text, read whether the
 * shown verdicts are stale, and force a panel to crash (to test the error boundaries).
 */
import { analysisService } from './index';
import { currentEditor } from '../ui/editor/editor-bridge';

export interface FrpPerfHook {
  setBaseFiles(files: { name: string; content: string }[] | null): void;
  /** Moves the editor caret to this character offset of the rules text and focuses the editor. */
  placeCaret(offset: number): boolean;
  lastWorkerMs(): number | null;
  /** Makes the next render of the named panel throw (once). */
  crashPanel(name: string): void;
}

declare global {
  interface Window { __frpPerf?: FrpPerfHook }
}

const crashRequests = new Set<string>();
const crashListeners = new Set<() => void>();

/** Called by a panel's render (see PanelBoundary's children): throws once when a crash was asked for. */
export function throwIfCrashRequested(name: string): void {
  if (crashRequests.delete(name)) throw new Error(`test crash requested for the ${name} panel`);
}

export function subscribeCrashRequests(l: () => void): () => void {
  crashListeners.add(l);
  return () => crashListeners.delete(l);
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
    crashPanel: (name) => {
      crashRequests.add(name);
      for (const l of [...crashListeners]) l();
    },
  };
}
