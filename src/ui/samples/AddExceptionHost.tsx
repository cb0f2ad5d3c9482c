/**
 * "Add exception" for a matching row: the button (in the row's actions and in the selected-row
 * details) and the one dialog they open (src/ui/tuning/AddExceptionDialog: proposals, preview of
 * the rows that flip, apply). Applying goes through the editor so Ctrl+Z takes it back.
 */
import { Suspense, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { USER_RULES_FILE } from '../../engine/analyze';
import { useAppStore } from '../../state/store';
import { applyRulesText } from '../problems/edit-rules';
import { useAnalysis } from '../hooks/useAnalysis';
import { useExceptionDialog } from './exception-dialog';
import { BellOffIcon } from './icons';
import { lazyNamed } from '../lazy/lazy-module';
import { afterRegexEngine } from '../lazy/regex-engine';
import './exception.css';
import '../tuning/tuning.css';

// Fetched when a row first asks for it (it loads the rules to preview each proposal: with RE2).
const AddExceptionDialog = lazyNamed(() => afterRegexEngine(import('../tuning/AddExceptionDialog')), 'AddExceptionDialog');

/** The icon button of a row (shown on rows the selected rule matches). */
export function AddExceptionRowButton({ sampleId, label, ruleName }: { sampleId: string; label: string; ruleName: string }) {
  const open = useExceptionDialog((s) => s.open);
  return (
    <button type="button" className="icon-button add-exception-row" aria-label={`Add exception for ${label}`}
      title={`Silence this row in "${ruleName}" with an exception`}
      onClick={(e) => { e.stopPropagation(); open(sampleId); }}>
      <BellOffIcon />
    </button>
  );
}

/** The text button of the selected-row details. */
export function AddExceptionButton({ sampleId }: { sampleId: string }) {
  const open = useExceptionDialog((s) => s.open);
  return (
    <button type="button" className="link-button add-exception-button" onClick={() => open(sampleId)}
      title="Propose an exception that silences this row, preview which rows change, and insert it">
      Add exception…
    </button>
  );
}

/** The dialog, mounted once; it tunes the rule the table shows. */
export function AddExceptionHost() {
  const { sampleId, close } = useExceptionDialog();
  const { selectedRule } = useAnalysis();
  const s = useAppStore(useShallow((st) => ({
    rulesText: st.rulesText,
    base: st.base,
    plugins: st.plugins,
    samples: st.samples,
    sampleDefaults: st.sampleDefaults,
  })));
  // The dialog is mounted when a row first asks for it, and stays mounted after closing (showing
  // the last row) so the browser's close() runs and focus goes back to the button that opened it.
  const lastId = useRef<string | null>(null);
  if (sampleId) lastId.current = sampleId;
  const sample = lastId.current ? s.samples.find((x) => x.id === lastId.current) : undefined;
  if (!selectedRule || !sample) return null;
  return (
    <Suspense fallback={null}>
      <AddExceptionDialog
        open={sampleId !== null && sample.id === sampleId}
        onClose={close}
        rulesText={s.rulesText}
        file={USER_RULES_FILE}
        base={s.base}
        plugins={s.plugins}
        ruleName={selectedRule.name}
        sample={sample}
        samples={s.samples}
        sampleDefaults={s.sampleDefaults}
        onApply={applyRulesText}
      />
    </Suspense>
  );
}
