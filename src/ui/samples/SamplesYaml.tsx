/**
 * The samples as YAML (the format the CLI and share links use). Edits apply as soon as the text
 * parses without errors; while it does not, the table keeps the last good samples and the
 * problems are listed here.
 */
import { useMemo, useState } from 'react';
import { parseSamplesYaml, serializeSamplesYaml } from '../../engine/sample/yaml';
import { useAppStore } from '../../state/store';
import { carryOverIds } from '../../state/ids';
import { lineColumnAt } from '../problems/position';
import { SEVERITY_ICON } from '../problems/severity-icon';

export function SamplesYaml() {
  const setSamples = useAppStore((s) => s.setSamples);
  const [text, setText] = useState(() => {
    const { samples, sampleDefaults } = useAppStore.getState();
    return serializeSamplesYaml(samples, sampleDefaults);
  });
  const parsed = useMemo(() => parseSamplesYaml(text), [text]);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');

  return (
    <div className="samples-yaml">
      <label htmlFor="samples-yaml-text" className="visually-hidden">Samples as YAML</label>
      <textarea
        id="samples-yaml-text"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const result = parseSamplesYaml(next);
          if (!result.diagnostics.some((d) => d.severity === 'error')) {
            setSamples(carryOverIds(useAppStore.getState().samples, result.samples), result.defaults);
          }
        }}
      />
      <div className="yaml-status" role="status">
        {errors.length === 0
          ? `${parsed.samples.length} sample${parsed.samples.length === 1 ? '' : 's'}`
          : `Not applied: ${errors.length} problem${errors.length === 1 ? '' : 's'}`}
      </div>
      {parsed.diagnostics.length > 0 && (
        <ul className="problem-list" aria-label="Problems in the samples YAML">
          {parsed.diagnostics.map((d, i) => {
            const { line, column } = lineColumnAt(text, d.range.start);
            return (
              <li key={i} className={`problem problem-${d.severity}`}>
                <span className="problem-icon" aria-hidden="true">{SEVERITY_ICON[d.severity]}</span>
                <span className="visually-hidden">{d.severity}: </span>
                <span className="problem-message">{d.message}</span>
                <code className="problem-code">{d.code}</code>
                <span className="problem-where">line {line}, col {column}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
