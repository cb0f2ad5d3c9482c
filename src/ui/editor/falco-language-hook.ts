/**
 * Wires the Falco language support (src/ui/editor/falco-language/, a teammate's module) into the
 * app once, with a context that reads the store: the base files for go-to-definition into the
 * stock macros, the plugins choice, and the selected sample's event for field values in hovers.
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { STOCK_RULES_FILE } from '../../engine/base/stock';
import { DEFAULT_SAMPLE_DEFAULTS, sampleToEvent } from '../../engine/sample';
import { useAppStore } from '../../state/store';
import { analysisBase, effectiveSampleId } from '../../state/selectors';
import { FALCO_DARK, FALCO_LIGHT, registerFalcoLanguage } from './falco-language';

export interface FalcoLanguageSetup {
  languageId: string;
  themes: { light: string; dark: string };
}

let setup: FalcoLanguageSetup | null = null;

export function ensureFalcoLanguage(monaco: typeof Monaco): FalcoLanguageSetup {
  if (setup) return setup;
  try {
    const { languageId } = registerFalcoLanguage(monaco, {
      getBaseFiles: () => {
        const base = analysisBase(useAppStore.getState());
        return base === 'stock' ? [STOCK_RULES_FILE] : base === 'none' ? [] : base.files;
      },
      getPlugins: () => useAppStore.getState().plugins,
      getSelectedEvent: () => {
        const s = useAppStore.getState();
        const sample = s.samples.find((x) => x.id === effectiveSampleId(s));
        if (!sample) return null;
        const built = sampleToEvent(sample, s.sampleDefaults ?? DEFAULT_SAMPLE_DEFAULTS);
        return built.ok ? built.event : null;
      },
    });
    setup = { languageId, themes: { light: FALCO_LIGHT, dark: FALCO_DARK } };
  } catch (e) {
    // Highlighting and completion are a comfort; the playground works without them.
    // (plain text: the bundle has no other language, see monaco-core.ts)
    console.error('Falco language support failed to register; using plain text', e);
    setup = { languageId: 'plaintext', themes: { light: 'vs', dark: 'vs-dark' } };
  }
  return setup;
}
