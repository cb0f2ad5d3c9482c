import { useShallow } from 'zustand/react/shallow';
import { USER_RULES_FILE } from '../../engine/analyze';
import { useAppStore } from '../../state/store';
import { revealRange } from '../editor/editor-bridge';
import { HintsList } from './HintsList';
import { useLintHints } from './useLintHints';

/** The Hints panel connected to the app store and the editor. Mount it next to Problems. */
export function ConnectedHints() {
  const s = useAppStore(
    useShallow((st) => ({
      rulesText: st.rulesText,
      base: st.base,
      plugins: st.plugins,
      samples: st.samples,
      sampleDefaults: st.sampleDefaults,
      setRulesText: st.setRulesText,
      selectSample: st.selectSample,
    })),
  );
  const hints = useLintHints({ rulesText: s.rulesText, file: USER_RULES_FILE, base: s.base, plugins: s.plugins, samples: s.samples, sampleDefaults: s.sampleDefaults });
  return (
    <HintsList
      hints={hints}
      rulesText={s.rulesText}
      rowLabel={(id) => {
        const i = s.samples.findIndex((x) => x.id === id);
        return i < 0 ? undefined : { n: i + 1, command: s.samples[i].command };
      }}
      onApplyFix={s.setRulesText}
      onReveal={revealRange}
      onSelectSample={s.selectSample}
    />
  );
}
