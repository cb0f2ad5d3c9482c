/**
 * The "add a sample" box. Enter adds the typed command line; pasting several lines adds one sample
 * per non-empty line (the usual way to bring in a batch from a shell history).
 */
import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useAppStore } from '../../state/store';

export const ADD_SAMPLE_INPUT_ID = 'add-sample-input';

export function splitCommandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

export function AddSamples() {
  const addSamples = useAppStore((s) => s.addSamples);
  const [draft, setDraft] = useState('');

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const lines = splitCommandLines(draft);
      if (lines.length) addSamples(lines);
      setDraft('');
    } else if (e.key === 'Escape') {
      setDraft('');
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text');
    const lines = splitCommandLines(text);
    if (lines.length > 1) {
      e.preventDefault();
      addSamples(lines);
    }
  };

  return (
    <div className="add-samples">
      <label htmlFor={ADD_SAMPLE_INPUT_ID}>New sample</label>
      <input
        id={ADD_SAMPLE_INPUT_ID}
        type="text"
        spellCheck={false}
        autoComplete="off"
        placeholder="Type a command line and press Enter (paste several lines to add several)"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <kbd className="shortcut-hint" title="Focus this box from anywhere">Alt+N</kbd>
    </div>
  );
}
