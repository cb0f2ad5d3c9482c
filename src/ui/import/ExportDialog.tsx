/**
 * Export: the rules file and the samples as the YAML test file the CLI's `test` subcommand reads,
 * and the command that runs them (a CI check for the rule).
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { USER_RULES_FILE } from '../../engine/analyze';
import { useAppStore } from '../../state/store';
import { cliTestCommand, downloadText, SAMPLES_FILE_NAME, samplesFileText } from './export-files';

/** The Export dialog's body (the button and dialog frame: ExportControl.tsx). */
export function ExportBody() {
  const s = useAppStore(useShallow((st) => ({
    rulesText: st.rulesText, samples: st.samples, defaults: st.sampleDefaults, base: st.base, upstream: st.upstream, plugins: st.plugins,
  })));
  const samplesText = useMemo(() => samplesFileText(s.samples, s.defaults), [s.samples, s.defaults]);
  const command = cliTestCommand({ rulesFile: USER_RULES_FILE, samplesFile: SAMPLES_FILE_NAME, base: s.base, upstream: s.upstream, plugins: s.plugins });
  const withExpect = s.samples.filter((x) => x.expect && Object.keys(x.expect).length).length;
  return (
    <>
      <div className="row">
        <button type="button" className="primary" onClick={() => downloadText(USER_RULES_FILE, s.rulesText)}>Download {USER_RULES_FILE}</button>
        <button type="button" className="primary" onClick={() => downloadText(SAMPLES_FILE_NAME, samplesText)}>Download {SAMPLES_FILE_NAME}</button>
      </div>
      <p className="muted">
        {SAMPLES_FILE_NAME} holds {s.samples.length} sample{s.samples.length === 1 ? '' : 's'} with their context;
        {' '}{withExpect} of them state an expectation (<code>expect: {'{'}rule: alert|no_alert{'}'}</code>), which the test checks.
      </p>
      <label htmlFor="export-samples" className="muted">Samples file (YAML test file)</label>
      <textarea id="export-samples" readOnly value={samplesText} spellCheck={false} />
      <p>Run the expectations from a checkout of the playground (exit status 1 when one fails):</p>
      <code className="cli" aria-label="CLI command">{command}</code>
      {s.upstream && (
        <p className="muted">Put the upstream files ({s.upstream.join(', ')}) next to the exported files: the command loads them first.</p>
      )}
    </>
  );
}
