/**
 * A sample's command line, edited in place. While editing, every keystroke goes to the store, so the
 * verdicts follow live; Enter keeps the edit, Escape puts back the text from before the edit.
 */
import { Fragment, useEffect, useRef, useState } from 'react';

interface Props {
  command: string;
  onChange: (command: string) => void;
  /** Where the sample's own problem is (an unterminated quote ...), to underline it. */
  errorRange?: { start: number; end: number };
}

export function CommandCell({ command, onChange, errorRange }: Props) {
  const [editing, setEditing] = useState(false);
  const before = useRef(command);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const refocusButton = useRef(false);

  useEffect(() => {
    if (editing) input.current?.focus();
    else if (refocusButton.current) {
      refocusButton.current = false;
      button.current?.focus();
    }
  }, [editing]);

  if (editing) {
    return (
      <input
        ref={input}
        className="command-input"
        aria-label="Command line"
        spellCheck={false}
        autoComplete="off"
        value={command}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            refocusButton.current = true;
            setEditing(false);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onChange(before.current);
            refocusButton.current = true;
            setEditing(false);
          }
        }}
        onBlur={() => setEditing(false)}
      />
    );
  }

  return (
    <button
      ref={button}
      type="button"
      className="command-text"
      title="Edit the command line (Enter to keep, Escape to undo)"
      onClick={() => { before.current = command; setEditing(true); }}
    >
      <code>{renderCommand(command, errorRange)}</code>
    </button>
  );
}

function renderCommand(command: string, range?: { start: number; end: number }) {
  if (!command) return <span className="placeholder">(empty)</span>;
  if (!range) return softBreaks(command);
  const start = Math.max(0, Math.min(range.start, command.length));
  const end = Math.max(start + 1, Math.min(range.end, command.length));
  return (
    <>
      {softBreaks(command.slice(0, start))}
      <mark className="command-error">{command.slice(start, end) || ' '}</mark>
      {softBreaks(command.slice(end))}
    </>
  );
}

/**
 * A long word of a command line (`falco-helper-stopwatch.service`, `/usr/local/bin/x`) may wrap
 * after a `/`, `.`, `=` or `,` in a narrow column (blanks and hyphens already allow it); only a
 * word with none of them is broken anywhere (overflow-wrap, the last resort).
 */
export function softBreaks(text: string): React.ReactNode {
  const parts = text.split(/(?<=[/.=,])(?=[^\s/.=,])/);
  if (parts.length === 1) return text;
  return parts.map((p, i) => (i === 0 ? p : <Fragment key={i}><wbr />{p}</Fragment>));
}
