/** Conversions between the engine's offsets/kinds and Monaco's positions/enums. */
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { CompletionKind, DocumentSymbol } from '../../../engine/language';
import type { Range } from '../../../engine/text/range';

export function toMonacoRange(monaco: typeof Monaco, model: Monaco.editor.ITextModel, r: Range): Monaco.Range {
  const len = model.getValueLength();
  const s = model.getPositionAt(Math.max(0, Math.min(r.start, len)));
  const e = model.getPositionAt(Math.max(0, Math.min(r.end, len)));
  return new monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column);
}

export function completionKind(monaco: typeof Monaco, k: CompletionKind): Monaco.languages.CompletionItemKind {
  const K = monaco.languages.CompletionItemKind;
  switch (k) {
    case 'field': return K.Field;
    case 'operator': return K.Operator;
    case 'modifier': return K.Keyword;
    case 'transformer': return K.Function;
    case 'macro': return K.Reference;
    case 'list': return K.Enum;
    case 'keyword': return K.Keyword;
    case 'value': return K.Value;
    case 'property': return K.Property;
    case 'snippet': return K.Snippet;
    default: return K.Text;
  }
}

export function symbolKind(monaco: typeof Monaco, k: DocumentSymbol['kind']): Monaco.languages.SymbolKind {
  const S = monaco.languages.SymbolKind;
  return k === 'rule' ? S.Event : k === 'macro' ? S.Function : k === 'list' ? S.Array : S.Property;
}

/** Semantic token types, in legend order. */
export const SEMANTIC_TYPES = ['field', 'operator', 'keyword', 'macro', 'list', 'transformer', 'string', 'number', 'value', 'identifier'] as const;
const TYPE_INDEX = new Map<string, number>(SEMANTIC_TYPES.map((t, i) => [t, i]));
/** Engine token types shown under another legend name (modifiers look like operators, arguments like strings). */
const ALIAS: Record<string, string> = { modifier: 'operator', fieldArg: 'string' };

/**
 * Encodes document tokens as Monaco's semantic token data (5 integers per token, line and start
 * relative to the previous token). Tokens that cross a line break are cut per line.
 */
export function encodeSemanticTokens(model: Monaco.editor.ITextModel, tokens: { type: string; start: number; end: number }[]): Uint32Array {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens) {
    const idx = TYPE_INDEX.get(ALIAS[t.type] ?? t.type);
    if (idx === undefined) continue;
    const s = model.getPositionAt(t.start);
    const e = model.getPositionAt(t.end);
    for (let line = s.lineNumber; line <= e.lineNumber; line++) {
      const startCol = line === s.lineNumber ? s.column : 1;
      const endCol = line === e.lineNumber ? e.column : model.getLineMaxColumn(line);
      if (endCol <= startCol) continue;
      const l = line - 1;
      const c = startCol - 1;
      data.push(l - prevLine, l === prevLine ? c - prevChar : c, endCol - startCol, idx, 0);
      prevLine = l;
      prevChar = c;
    }
  }
  return new Uint32Array(data);
}
