import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { USER_RULES_FILE } from '../../engine/analyze';
import { useAppStore } from '../../state/store';
import { AddExceptionDialog } from './AddExceptionDialog';

export interface ConnectedAddExceptionProps {
  /** The rule to tune: the table's selected rule (useAnalysis().selectedRule?.name). */
  ruleName: string | null;
  /** The row to silence; defaults to the selected sample. */
  sampleId?: string | null;
}

/**
 * An "Add exception…" button plus its dialog, connected to the app store. Disabled until a rule
 * and a sample row are selected. Mount it in the samples toolbar or in a row's actions.
 */
export function ConnectedAddException({ ruleName, sampleId }: ConnectedAddExceptionProps) {
  const [open, setOpen] = useState(false);
  const s = useAppStore(
    useShallow((st) => ({
      rulesText: st.rulesText,
      base: st.base,
      plugins: st.plugins,
      samples: st.samples,
      sampleDefaults: st.sampleDefaults,
      selectedSampleId: st.selectedSampleId,
      setRulesText: st.setRulesText,
    })),
  );
  const id = sampleId ?? s.selectedSampleId;
  const sample = s.samples.find((x) => x.id === id);
  return (
    <>
      <button type="button" className="link-button" disabled={!ruleName || !sample} onClick={() => setOpen(true)} title="Silence the selected row with an exception">
        Add exception…
      </button>
      {ruleName && sample && (
        <AddExceptionDialog
          open={open}
          onClose={() => setOpen(false)}
          rulesText={s.rulesText}
          file={USER_RULES_FILE}
          base={s.base}
          plugins={s.plugins}
          ruleName={ruleName}
          sample={sample}
          samples={s.samples}
          sampleDefaults={s.sampleDefaults}
          onApply={s.setRulesText}
        />
      )}
    </>
  );
}
