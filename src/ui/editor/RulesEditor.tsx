/**
 * The rules file editor (Monaco). Loaded lazily: the samples table shows verdicts before this chunk
 * arrives. Text flows one way: keystroke → store.rulesText → analysis → markers here and the
 * Problems list (both drawn from the same Diagnostic[]; markers are never read back).
 */
import { useEffect, useRef, useState } from 'react';
import Editor from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { monaco } from './monaco-setup';
import { attachEditor } from './editor-bridge';
import { ensureFalcoLanguage } from './falco-language-hook';
import { MARKER_OWNER, toMarkers } from './markers';
import { EditorLoading } from './EditorLoading';
import { USER_RULES_FILE } from '../../engine/analyze';
import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';
import { useResolvedTheme } from '../theme/useResolvedTheme';

export default function RulesEditor() {
  const rulesText = useAppStore((s) => s.rulesText);
  const setRulesText = useAppStore((s) => s.setRulesText);
  const { analysis } = useAnalysis();
  const theme = useResolvedTheme();
  const [editor, setEditor] = useState<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const [language] = useState(() => ensureFalcoLanguage(monaco));
  const detach = useRef<(() => void) | null>(null);

  useEffect(() => () => detach.current?.(), []);

  // Markers follow the analysis of the text the model currently holds.
  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    if (model.getValue() !== rulesText) return; // a newer keystroke is on its way through the store
    monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(model, analysis.diagnostics));
  }, [editor, analysis.diagnostics, rulesText]);

  return (
    <Editor
      value={rulesText}
      language={language.languageId}
      theme={theme === 'dark' ? language.themes.dark : language.themes.light}
      path={USER_RULES_FILE}
      loading={<EditorLoading />}
      onChange={(v) => setRulesText(v ?? '')}
      onMount={(e) => {
        detach.current?.();
        detach.current = attachEditor(e, () => {
          const model = e.getModel();
          return model ? monaco.editor.getModelMarkers({ resource: model.uri, owner: MARKER_OWNER }) : [];
        });
        setEditor(e);
      }}
      options={{
        ariaLabel: 'Rules file editor',
        minimap: { enabled: false },
        fontSize: 13,
        lineNumbersMinChars: 3,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
        insertSpaces: true,
        renderWhitespace: 'none',
        guides: { indentation: true },
        wordWrap: 'on',
        wrappingIndent: 'indent',
        fixedOverflowWidgets: true,
        padding: { top: 8 },
      }}
    />
  );
}
