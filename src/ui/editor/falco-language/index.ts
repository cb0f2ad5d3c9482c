/**
 * Falco rules language support for Monaco: tokenizer, themes and thin adapters from Monaco's
 * provider API to the pure functions of src/engine/language. Call `registerFalcoLanguage` once after
 * Monaco loads and give the models its `languageId`.
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';
import {
  asFalcoEvent, complete, definition, documentSymbols, documentTokens, fieldValueForEvent, formatConditionAt,
  hover, prepareRename, references, rename, type LanguageContext, type Location,
} from '../../../engine/language';
import { completionKind, encodeSemanticTokens, SEMANTIC_TYPES, symbolKind, toMonacoRange } from './convert';
import { falcoMonarch } from './monarch';
import { defineFalcoThemes, FALCO_DARK, FALCO_LIGHT } from './themes';

export const FALCO_LANGUAGE_ID = 'falco-rules';
export { FALCO_LIGHT, FALCO_DARK };

export interface FalcoLanguageContext {
  /** Read-only rules files loaded before the edited one (the base ruleset). */
  getBaseFiles?(): { name: string; content: string }[];
  /** The selected sample's event (a FalcoEvent), for field values in hovers. */
  getSelectedEvent?(): unknown | null;
  getPlugins?(): 'container' | 'none';
  /**
   * Optional: show a base file at a range (go to definition into the base ruleset). Without it,
   * such a jump opens Monaco's peek view instead.
   */
  openBaseFile?(name: string, range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number }): void;
}

const BASE_SCHEME = 'falco-base';

function safe<T>(f: (() => T) | undefined): T | undefined {
  try {
    return f?.();
  } catch {
    return undefined;
  }
}

export function registerFalcoLanguage(
  monaco: typeof Monaco,
  ctx: FalcoLanguageContext = {},
): { languageId: string; dispose(): void } {
  const disposables: Monaco.IDisposable[] = [];
  const L = monaco.languages;
  const id = FALCO_LANGUAGE_ID;

  if (!L.getLanguages().some((l) => l.id === id)) L.register({ id, aliases: ['Falco rules', 'falco'] });
  L.setLanguageConfiguration(id, {
    comments: { lineComment: '#' },
    brackets: [['(', ')'], ['[', ']'], ['{', '}']],
    autoClosingPairs: [
      { open: '(', close: ')' }, { open: '[', close: ']' }, { open: '{', close: '}' },
      { open: '"', close: '"', notIn: ['string'] }, { open: "'", close: "'", notIn: ['string'] },
    ],
    surroundingPairs: [{ open: '(', close: ')' }, { open: '"', close: '"' }, { open: "'", close: "'" }],
    // Field names are one word, dots included (double-click selects `proc.name`).
    wordPattern: /-?\d+(?:\.\d+)?|[A-Za-z_][\w.-]*(?:\[[^\]\s]*\])?/,
    indentationRules: { increaseIndentPattern: /:\s*[>|]?[-+]?\s*$/, decreaseIndentPattern: /^\s*$/ },
  });
  disposables.push(L.setMonarchTokensProvider(id, falcoMonarch()));
  defineFalcoThemes(monaco);

  const languageContext = (): LanguageContext => {
    const plugins = safe(ctx.getPlugins) ?? 'container';
    const event = asFalcoEvent(safe(ctx.getSelectedEvent));
    return {
      baseFiles: safe(ctx.getBaseFiles) ?? [],
      plugins,
      fieldValue: event ? (f) => fieldValueForEvent(f, event, plugins) : undefined,
    };
  };

  // Base files become read-only models so definitions and references can point into them.
  const baseModels = new Map<string, Monaco.editor.ITextModel>();
  const baseUri = (name: string) => monaco.Uri.from({ scheme: BASE_SCHEME, path: `/${name}` });
  const baseModel = (name: string): Monaco.editor.ITextModel | null => {
    const file = (safe(ctx.getBaseFiles) ?? []).find((f) => f.name === name);
    if (!file) return null;
    const uri = baseUri(name);
    let m = monaco.editor.getModel(uri);
    if (!m) {
      m = monaco.editor.createModel(file.content, id, uri);
      baseModels.set(name, m);
    } else if (m.getValue() !== file.content) {
      m.setValue(file.content);
    }
    return m;
  };
  const toLocation = (model: Monaco.editor.ITextModel, loc: Location): Monaco.languages.Location | null => {
    const target = loc.file === null ? model : baseModel(loc.file);
    return target ? { uri: target.uri, range: toMonacoRange(monaco, target, loc.range) } : null;
  };
  const isBase = (model: Monaco.editor.ITextModel) => model.uri.scheme === BASE_SCHEME;

  disposables.push(L.registerCompletionItemProvider(id, {
    triggerCharacters: ['.', '%', ' ', '(', ',', '['],
    provideCompletionItems(model, position) {
      if (isBase(model)) return { suggestions: [] };
      const r = complete(model.getValue(), model.getOffsetAt(position), languageContext());
      const range = toMonacoRange(monaco, model, r.range);
      return {
        // Asked again on each keystroke while a keyword may still be completed (CompletionResult.incomplete).
        incomplete: r.incomplete,
        suggestions: r.items.map((it) => ({
          label: it.label,
          kind: completionKind(monaco, it.kind),
          detail: it.detail,
          documentation: it.documentation ? untrustedMarkdown(it.documentation) : undefined,
          insertText: it.insertText,
          insertTextRules: it.snippet ? L.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          sortText: it.sortText,
          range,
          // After an operator or keyword, show what can follow right away.
          command: it.kind === 'operator' || it.kind === 'keyword' ? { id: 'editor.action.triggerSuggest', title: 'Suggest' } : undefined,
        })),
      };
    },
  }));

  disposables.push(L.registerHoverProvider(id, {
    provideHover(model, position) {
      const h = hover(model.getValue(), model.getOffsetAt(position), isBase(model) ? { ...languageContext(), fieldValue: undefined } : languageContext());
      return h ? { range: toMonacoRange(monaco, model, h.range), contents: [untrustedMarkdown(h.contents)] } : null;
    },
  }));

  disposables.push(L.registerDefinitionProvider(id, {
    provideDefinition(model, position) {
      if (isBase(model)) return [];
      return definition(model.getValue(), model.getOffsetAt(position), languageContext())
        .map((l) => toLocation(model, l)).filter((l): l is Monaco.languages.Location => l !== null);
    },
  }));

  disposables.push(L.registerReferenceProvider(id, {
    provideReferences(model, position, context) {
      if (isBase(model)) return [];
      return references(model.getValue(), model.getOffsetAt(position), languageContext(), context.includeDeclaration)
        .map((l) => toLocation(model, l)).filter((l): l is Monaco.languages.Location => l !== null);
    },
  }));

  disposables.push(L.registerRenameProvider(id, {
    provideRenameEdits(model, position, newName) {
      if (isBase(model)) return { edits: [], rejectReason: 'The base ruleset is read-only.' };
      const r = rename(model.getValue(), model.getOffsetAt(position), newName, languageContext());
      if (!r.ok) return { edits: [], rejectReason: r.message };
      const versionId = model.getVersionId();
      return {
        edits: r.edits.map((e) => ({ resource: model.uri, versionId, textEdit: { range: toMonacoRange(monaco, model, e.range), text: e.newText } })),
      };
    },
    resolveRenameLocation(model, position) {
      const p = isBase(model) ? null : prepareRename(model.getValue(), model.getOffsetAt(position), languageContext());
      if (!p) return { range: new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column), text: '', rejectReason: 'Only macro and list names can be renamed.' };
      return { range: toMonacoRange(monaco, model, p.range), text: p.placeholder };
    },
  }));

  disposables.push(L.registerDocumentSymbolProvider(id, {
    displayName: 'Falco rules',
    provideDocumentSymbols(model) {
      return documentSymbols(model.getValue()).map((s) => ({
        name: s.name,
        detail: s.detail,
        kind: symbolKind(monaco, s.kind),
        tags: [],
        range: toMonacoRange(monaco, model, s.range),
        selectionRange: toMonacoRange(monaco, model, s.selectionRange),
      }));
    },
  }));

  disposables.push(L.registerDocumentSemanticTokensProvider(id, {
    getLegend: () => ({ tokenTypes: [...SEMANTIC_TYPES], tokenModifiers: [] }),
    provideDocumentSemanticTokens(model) {
      return { data: encodeSemanticTokens(model, documentTokens(model.getValue(), { ...languageContext(), fieldValue: undefined })) };
    },
    releaseDocumentSemanticTokens() {},
  }));

  // Standalone themes leave semantic highlighting off; turn it on for editors showing our language.
  // onDidCreateEditor fires inside the editor's constructor, before the standalone editor has wired
  // its configuration service (which is what the semantic tokens feature reads), so apply it after.
  const enableSemantic = (editor: Monaco.editor.ICodeEditor) => {
    setTimeout(() => editor.updateOptions({ 'semanticHighlighting.enabled': true } as Monaco.editor.IEditorOptions), 0);
  };
  monaco.editor.getEditors().forEach(enableSemantic);
  disposables.push(monaco.editor.onDidCreateEditor(enableSemantic));

  // Editor actions are per editor instance: add "Format condition" to existing and future editors.
  const formatAction: Monaco.editor.IActionDescriptor = {
    id: 'falco.formatCondition',
    label: 'Format condition',
    precondition: `editorLangId == ${id} && !editorReadonly`,
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyI],
    contextMenuGroupId: '1_modification',
    contextMenuOrder: 1.5,
    run(editor) {
      const model = editor.getModel();
      const pos = editor.getPosition();
      if (!model || !pos || isBase(model)) return;
      const r = formatConditionAt(model.getValue(), model.getOffsetAt(pos));
      if (!r.ok) {
        const messages = editor.getContribution('editor.contrib.messageController') as { showMessage?(m: string, p: Monaco.IPosition): void } | null;
        messages?.showMessage?.(r.message, pos);
        return;
      }
      editor.pushUndoStop();
      editor.executeEdits('falco.formatCondition', [{ range: toMonacoRange(monaco, model, r.edit.range), text: r.edit.newText }]);
      editor.pushUndoStop();
    },
  };
  const withAction = new WeakSet<Monaco.editor.ICodeEditor>();
  const addFormatAction = (editor: Monaco.editor.ICodeEditor) => {
    const e = editor as Monaco.editor.IStandaloneCodeEditor;
    if (typeof e.addAction !== 'function' || withAction.has(e)) return;
    withAction.add(e);
    disposables.push(e.addAction(formatAction));
  };
  monaco.editor.getEditors().forEach(addFormatAction);
  disposables.push(monaco.editor.onDidCreateEditor((e) => setTimeout(() => addFormatAction(e), 0)));

  // "Go to definition" into the base ruleset: let the app show it, or peek at it in place.
  disposables.push(monaco.editor.registerEditorOpener({
    openCodeEditor(source, resource, selectionOrPosition) {
      if (resource.scheme !== BASE_SCHEME) return false;
      const name = resource.path.replace(/^\//, '');
      const sel = selectionOrPosition && 'startLineNumber' in selectionOrPosition
        ? selectionOrPosition
        : selectionOrPosition
          ? { startLineNumber: selectionOrPosition.lineNumber, startColumn: selectionOrPosition.column, endLineNumber: selectionOrPosition.lineNumber, endColumn: selectionOrPosition.column }
          : { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 };
      if (ctx.openBaseFile) {
        ctx.openBaseFile(name, sel);
        return true;
      }
      source.trigger('falco', 'editor.action.peekDefinition', null);
      return true;
    },
  }));

  return {
    languageId: id,
    dispose() {
      for (const d of disposables.splice(0)) d.dispose();
      for (const m of baseModels.values()) if (!m.isDisposed()) m.dispose();
      baseModels.clear();
    },
  };
}

/**
 * Hovers and completion details hold the user's text (escaped where it is built:
 * src/engine/language/markdown.ts). Rendered untrusted (no command links), with raw HTML dropped
 * and no `$(icon)` syntax, whatever Monaco's defaults become.
 */
function untrustedMarkdown(value: string): Monaco.IMarkdownString {
  return { value, isTrusted: false, supportHtml: false, supportThemeIcons: false };
}

