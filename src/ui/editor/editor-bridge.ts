/**
 * A narrow handle on the mounted editor for panels that are not the editor (Problems, tests):
 * "show this range" and "where is the text". A request made before Monaco has loaded is kept and
 * applied on mount, so clicking a problem early still lands in the right place.
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { Range } from '../../engine/text/range';

let editor: Monaco.editor.IStandaloneCodeEditor | null = null;
let pending: Range | null = null;
let markerReader: (() => Monaco.editor.IMarker[]) | null = null;

export function attachEditor(
  e: Monaco.editor.IStandaloneCodeEditor,
  readMarkers: () => Monaco.editor.IMarker[],
): () => void {
  editor = e;
  markerReader = readMarkers;
  if (pending) {
    const r = pending;
    pending = null;
    revealRange(r);
  }
  return () => {
    if (editor === e) { editor = null; markerReader = null; }
  };
}

/** The markers Monaco currently shows on the rules model (for tests; the UI never reads them back). */
export function currentMarkers(): Monaco.editor.IMarker[] {
  return markerReader?.() ?? [];
}

export function currentEditor(): Monaco.editor.IStandaloneCodeEditor | null {
  return editor;
}

/** Selects the range (UTF-16 offsets into the rules text), scrolls it into view and focuses the editor. */
export function revealRange(range: Range): void {
  const model = editor?.getModel();
  if (!editor || !model) {
    pending = range;
    return;
  }
  const len = model.getValueLength();
  const start = model.getPositionAt(Math.max(0, Math.min(range.start, len)));
  const end = model.getPositionAt(Math.max(0, Math.min(Math.max(range.end, range.start), len)));
  const selection = {
    startLineNumber: start.lineNumber, startColumn: start.column,
    endLineNumber: end.lineNumber, endColumn: end.column,
  };
  editor.setSelection(selection);
  editor.revealRangeInCenterIfOutsideViewport(selection);
  editor.focus();
}
