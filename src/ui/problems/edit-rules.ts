/**
 * Replacing the rules text from outside the editor (a quick fix, an added exception) as an edit
 * in the editor, not a new value: the person can undo it with Ctrl+Z, and the cursor and scroll
 * stay where they were because only the changed middle of the text is replaced.
 */
import { useAppStore } from '../../state/store';
import { currentEditor } from '../editor/editor-bridge';

/** The smallest single replacement turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start
    && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

/**
 * Puts `next` into the rules file: through the editor's undo stack when the editor is showing the
 * store's text, else straight into the store (the editor picks it up when it loads).
 */
export function applyRulesText(next: string): void {
  const store = useAppStore.getState();
  const editor = currentEditor();
  const model = editor?.getModel();
  if (!editor || !model || model.getValue() !== store.rulesText) {
    store.setRulesText(next);
    return;
  }
  const edit = minimalEdit(store.rulesText, next);
  const a = model.getPositionAt(edit.start);
  const b = model.getPositionAt(edit.end);
  editor.pushUndoStop();
  editor.executeEdits('falco-playground', [{
    range: { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column },
    text: edit.text,
    forceMoveMarkers: true,
  }]);
  editor.pushUndoStop();
  // The editor's change event has already stored the text; this covers an editor without a listener.
  if (useAppStore.getState().rulesText !== model.getValue()) store.setRulesText(model.getValue());
}
