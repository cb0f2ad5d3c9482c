/** A drop zone with a file chooser inside: several files, read as text in the order given. */
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
  const take = (list: FileList | null) => {
    if (list && list.length) void readTextFiles(list).then(onFiles);
  };
  return (
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
        accept=".yaml,.yml,text/yaml,application/yaml,text/plain"
        aria-label={label}
        className="visually-hidden"
        onChange={(e) => { take(e.currentTarget.files); e.currentTarget.value = ''; }}
      />
    </div>
  );
}
