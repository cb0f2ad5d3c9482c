/**
 * The rules file editor (Monaco). Loaded lazily: the samples table shows verdicts before this chunk
 * arrives. Text flows one way: keystroke → store.rulesText → analysis → markers here and the
 * Problems list (both drawn from the same Diagnostic[]; markers are never read back). The linter's
 * hints get their own marker owner (warning/info squiggles apart from Falco's load errors) and their
 * quick fixes are offered as code actions (light bulb, Ctrl+.).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LintHint } from '../../engine/lint';
import Editor from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { monaco } from './monaco-setup';
import { attachEditor } from './editor-bridge';
import { ensureFalcoLanguage } from './falco-language-hook';
import { MARKER_OWNER, toMarkers } from './markers';
import { EditorLoading } from './EditorLoading';
import { USER_RULES_FILE } from '../../engine/analyze';
import { useAppStore } from '../../state/store';
import { useAnalysis } from '../hooks/useAnalysis';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import { useHintsView } from '../problems/useHints';
import { registerLintCodeActions } from '../lint/code-actions';

/** Marker owner of the linter's hints (the loader's problems use MARKER_OWNER). */
export const LINT_MARKER_OWNER = 'falco-lint';

/**
 * Past this many characters on one line (no rules file has one: upstream's longest is ~1,100),
 * Monaco's wrapping and bracket-pair colouring work over the whole line on every change: a link
 * of 2,000,000 `[` held the page for ~3 s. Such text is shown unwrapped and uncoloured.
 */
export const LONG_LINE_CHARS = 20_000;

function hasLongLine(text: string): boolean {
  if (text.length <= LONG_LINE_CHARS) return false;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > LONG_LINE_CHARS) return true;
    start = end + 1;
  }
  return false;
}

export default function RulesEditor() {
  const rulesText = useAppStore((s) => s.rulesText);
  const setRulesText = useAppStore((s) => s.setRulesText);
  const { analysis, stale } = useAnalysis();
  const theme = useResolvedTheme();
  const [editor, setEditor] = useState<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const [language] = useState(() => ensureFalcoLanguage(monaco));
  const detach = useRef<(() => void) | null>(null);
  const longLines = useMemo(() => hasLongLine(rulesText), [rulesText]);
  const hintsView = useHintsView();
  const hints = hintsView.hints;
  const hintsText = hintsView.rulesText;
  // What the code-action provider (registered once) reads: the hints and the text they index.
  const latest = useRef<{ text: string; hints: LintHint[] }>({ text: hintsText, hints });
  latest.current = { text: hintsText, hints };

  useEffect(() => () => detach.current?.(), []);

  // Bracket-pair colouring is the model's option: the editor's reaches a model created before the
  // editor, not later changes of it.
  useEffect(() => {
    editor?.getModel()?.updateOptions({ bracketColorizationOptions: { enabled: !longLines, independentColorPoolPerBracketType: false } });
  }, [editor, longLines]);

  useEffect(() => {
    const actions = registerLintCodeActions(monaco, language.languageId, () => {
      // Hints index the store's text; while a keystroke is still on its way they would misplace edits.
      const model = editor?.getModel();
      return model && model.getValue() === latest.current.text ? latest.current.hints : [];
    });
    return () => actions.dispose();
  }, [editor, language.languageId]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    // Hints of an older text would land at shifted offsets; Monaco moves the markers it has along
    // with edits, so those stay until the hints of this text arrive (a moment after the verdicts).
    if (model.getValue() !== hintsText) return;
    const markers = toMarkers(model, hints).map((m) => ({ ...m, source: 'hint' }));
    monaco.editor.setModelMarkers(model, LINT_MARKER_OWNER, markers);
  }, [editor, hints, hintsText, rulesText]);

  // Markers follow the analysis of the text the model currently holds.
  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    if (model.getValue() !== rulesText) return; // a newer keystroke is on its way through the store
    // Diagnostics of an older text would land at shifted offsets; Monaco already moves the
    // markers it has along with edits, so keep those until the answer for this text arrives.
    if (stale) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(model, analysis.diagnostics));
  }, [editor, analysis.diagnostics, rulesText, stale]);

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
          if (!model) return [];
          return [MARKER_OWNER, LINT_MARKER_OWNER].flatMap((owner) => monaco.editor.getModelMarkers({ resource: model.uri, owner }));
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
        wordWrap: longLines ? 'off' : 'on',
        matchBrackets: longLines ? 'never' : 'always',
        bracketPairColorization: { enabled: !longLines },
        wrappingIndent: 'indent',
        fixedOverflowWidgets: true,
        padding: { top: 8 },
        // Our completion provider knows the fields, operators, macros and lists; Monaco's
        // word-based suggestions would only add noise, and computing them kept the editor worker
        // busy on every keystroke (competing with the analysis worker on a two-core laptop).
        wordBasedSuggestions: 'off',
        links: false,
      }}
    />
  );
}
