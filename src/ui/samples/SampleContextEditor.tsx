/**
 * Where a sample ran: its parent, user, container (or host), working directory, terminal,
 * environment and explicit field values. Every change applies at once (verdicts follow live);
 * textareas keep their own text while focused so typing is never reformatted under the cursor.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_SAMPLE_DEFAULTS } from '../../engine/sample';
import type { Sample } from '../../engine/sample/types';
import { useAppStore } from '../../state/store';
import {
  containerImage, envToText, fieldsToText, textToEnv, textToFields, userToText,
} from './context-text';

interface Props {
  sample: Sample;
  onChange: (sample: Sample) => void;
  onClose: () => void;
}

export function SampleContextEditor({ sample, onChange, onClose }: Props) {
  const id = useId();
  const [envText, setEnvText] = useState(() => envToText(sample.env));
  const [fieldsText, setFieldsText] = useState(() => fieldsToText(sample.fields));
  const [image, setImage] = useState(() => containerImage(sample.container));
  const defaults = useAppStore((s) => s.sampleDefaults) ?? DEFAULT_SAMPLE_DEFAULTS;
  // No container of its own = the defaults' container (an nginx pod unless the samples YAML says otherwise).
  const effective = sample.container ?? defaults.container;
  const inContainer = effective !== 'host';

  // Opened inside the table's scroll area: bring the fields into view (the table also grows while
  // it is open, styles.css), or only the first two would show below the row.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const row = root.current?.closest('tr');
    // After the layout that the open editor gives the table (it grows by CSS).
    const t = requestAnimationFrame(() => row?.scrollIntoView?.({ block: 'nearest' }));
    return () => cancelAnimationFrame(t);
  }, []);

  const set = (patch: Partial<Sample>) => {
    const next: Sample = { ...sample, ...patch };
    for (const k of Object.keys(patch) as (keyof Sample)[]) {
      if (next[k] === undefined || next[k] === '') delete next[k];
    }
    onChange(next);
  };

  return (
    <div
      ref={root}
      className="context-editor"
      role="group"
      aria-label={`Context of ${sample.command || 'the sample'}`}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}
    >
      <div className="context-grid">
        <label htmlFor={`${id}-parent`}>Parent command line</label>
        <div className="context-inline">
          <input id={`${id}-parent`} type="text" spellCheck={false} placeholder={`default: ${defaults.parent}`}
            value={sample.parent ?? ''} disabled={sample.parentMissing === true}
            onChange={(e) => set({ parent: e.target.value })} />
          <label className="check">
            <input type="checkbox" checked={sample.parentMissing === true}
              onChange={(e) => set({ parentMissing: e.target.checked || undefined })} />
            no parent
          </label>
        </div>

        <label htmlFor={`${id}-user`}>User</label>
        <input id={`${id}-user`} type="text" spellCheck={false} placeholder={`default: ${defaults.user.name} (name or uid)`}
          value={userToText(sample.user)} onChange={(e) => set({ user: e.target.value || undefined })} />

        <span id={`${id}-where`}>Runs on</span>
        <div className="context-inline" role="radiogroup" aria-labelledby={`${id}-where`}>
          <label className="check">
            <input type="radio" name={`${id}-where`} checked={!inContainer}
              onChange={() => set({ container: 'host' })} />
            host
          </label>
          <label className="check">
            <input type="radio" name={`${id}-where`} checked={inContainer}
              onChange={() => set({ container: image || undefined })} />
            container image
          </label>
          <input type="text" aria-label="Container image" spellCheck={false}
            placeholder={containerImage(defaults.container) || 'docker.io/library/nginx:1.25'}
            value={inContainer ? containerImage(sample.container) : image}
            onChange={(e) => { setImage(e.target.value); set({ container: e.target.value || undefined }); }} />
        </div>

        <label htmlFor={`${id}-cwd`}>Working directory</label>
        <input id={`${id}-cwd`} type="text" spellCheck={false} placeholder={`default: ${defaults.cwd}`}
          value={sample.cwd ?? ''} onChange={(e) => set({ cwd: e.target.value || undefined })} />

        <label htmlFor={`${id}-tty`}>Terminal</label>
        <input id={`${id}-tty`} type="text" spellCheck={false} placeholder="pts/0, tty1 or none"
          value={sample.tty === undefined ? '' : String(sample.tty)}
          onChange={(e) => set({ tty: e.target.value || undefined })} />

        <label htmlFor={`${id}-env`}>Environment</label>
        <textarea id={`${id}-env`} rows={3} spellCheck={false} placeholder="NAME=value, one per line"
          value={envText} onChange={(e) => { setEnvText(e.target.value); set({ env: textToEnv(e.target.value) }); }} />

        <label htmlFor={`${id}-script`}>Scripts</label>
        <div className="context-inline">
          {/* Debian's `service` and friends are `#!/bin/sh` scripts: Falco sees the interpreter
              exec'ing the script path, not the command as typed (spec §4). */}
          <select id={`${id}-script`} value={sample.script ?? 'auto'}
            onChange={(e) => set({ script: e.target.value === 'auto' ? undefined : (e.target.value as Sample['script']) })}>
            <option value="auto">auto (known scripts via their interpreter)</option>
            <option value="on">as a script</option>
            <option value="off">as a binary</option>
          </select>
          <input type="text" aria-label="Interpreter" spellCheck={false} placeholder="interpreter, e.g. /bin/sh"
            value={sample.interpreter ?? ''} disabled={sample.script === 'off'}
            onChange={(e) => set({ interpreter: e.target.value || undefined })} />
        </div>

        <label htmlFor={`${id}-fields`}>Field values</label>
        <textarea id={`${id}-fields`} rows={3} spellCheck={false}
          placeholder={'field=value, one per line (e.g. fd.name=/etc/shadow);\na field alone means "no value"'}
          value={fieldsText}
          onChange={(e) => { setFieldsText(e.target.value); set({ fields: textToFields(e.target.value) }); }} />
      </div>
      <div className="context-actions">
        <button type="button" onClick={onClose}>Done</button>
      </div>
    </div>
  );
}
