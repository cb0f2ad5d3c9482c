import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { LintHint } from '../../engine/lint';

/**
 * Offers the linter's quick fixes as Monaco code actions (the light bulb / Ctrl+.). The hints are
 * read through a getter so the provider, registered once, always sees the latest list.
 * Returns the disposable; the editor owner calls it once after Monaco loads.
 */
export function registerLintCodeActions(
  monaco: typeof Monaco,
  languageId: string,
  getHints: () => LintHint[],
): Monaco.IDisposable {
  return monaco.languages.registerCodeActionProvider(languageId, {
    provideCodeActions(model, range) {
      const start = model.getOffsetAt(range.getStartPosition());
      const end = model.getOffsetAt(range.getEndPosition());
      const actions: Monaco.languages.CodeAction[] = [];
      for (const h of getHints()) {
        if (h.range.end < start || h.range.start > end || !h.fixes) continue;
        for (const f of h.fixes) {
          actions.push({
            title: f.title,
            kind: 'quickfix',
            isPreferred: f === h.fixes[0],
            edit: {
              edits: f.edits.map((e) => {
                const a = model.getPositionAt(e.range.start);
                const b = model.getPositionAt(e.range.end);
                return {
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: { range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column), text: e.text },
                };
              }),
            },
          });
        }
      }
      return { actions, dispose: () => undefined };
    },
  });
}
