/**
 * A drop zone with a file chooser inside: several files, read as text in the order given. Files
 * that cannot be taken (too large, not text: read-files.ts) are listed here and left out; the
 * others are handed on.
 */
import { useId, useState } from 'react';
import { readTextFiles } from './read-files';

export interface FileDropProps {
  /** Accessible name of the file input ("Rules files", "Upstream rules files"). */
  label: string;
  hint: string;
  onFiles: (files: { name: string; content: string }[]) => void;
}

export function FileDrop({ label, hint, onFiles }: FileDropProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const [remarks, setRemarks] = useState<{ refused: string[]; notes: string[] }>({ refused: [], notes: [] });
  const take = (list: FileList | null) => {
    if (!list || !list.length) return;
    void readTextFiles(list).then((r) => {
      setRemarks({ refused: r.refused, notes: r.notes });
      if (r.files.length) onFiles(r.files);
    });
  };
  return (
    <>
      <div
        className="drop-zone"
        data-over={over}
        onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); take(e.dataTransfer.files); }}
      >
        Drop {hint} here, or <label htmlFor={id}>choose files</label>
        <input
          id={id}
          type="file"
          multiple
          accept=".yaml,.yml,.json,.jsonl,.txt,text/yaml,application/yaml,application/json,text/plain"
          aria-label={label}
          className="visually-hidden"
          onChange={(e) => { take(e.currentTarget.files); e.currentTarget.value = ''; }}
        />
      </div>
      {remarks.refused.length > 0 && (
        <ul className="import-result" data-bad="true" role="alert" aria-label="Files not read">
          {remarks.refused.map((m, i) => <li key={i}>{m}</li>)}
        </ul>
      )}
      {remarks.notes.length > 0 && (
        <ul className="import-result" role="status" aria-label="Files read with remarks">
          {remarks.notes.map((m, i) => <li key={i}>{m}</li>)}
        </ul>
      )}
    </>
  );
}
