/**
 * Light and dark themes built on Monaco's vs / vs-dark, with colours for the Falco tokens of the
 * Monarch grammar (`field.falco`, ...) and of the semantic tokens provider (`field`, `macro`, ...).
 * Colours keep at least 4.5:1 contrast on the editor background.
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';

type Palette = Record<'key' | 'field' | 'operator' | 'keyword' | 'macro' | 'list' | 'transformer' | 'string' | 'number' | 'value' | 'comment' | 'output' | 'priority' | 'punct' | 'invalid', string>;

const LIGHT: Palette = {
  key: '0451a5', field: '795e26', operator: 'af00db', keyword: '0000ff', macro: '267f99', list: '098658',
  transformer: '6f42c1', string: 'a31515', number: '098658', value: '1f1f1f', comment: '6a737d',
  output: '5a5a5a', priority: 'b35900', punct: '555555', invalid: 'cd3131',
};
const DARK: Palette = {
  key: '9cdcfe', field: 'dcdcaa', operator: 'c586c0', keyword: '569cd6', macro: '4ec9b0', list: 'b5cea8',
  transformer: 'c8a2f0', string: 'ce9178', number: 'b5cea8', value: 'd4d4d4', comment: '8b949e',
  output: 'c0c0c0', priority: 'ffb454', punct: 'a0a0a0', invalid: 'f48771',
};

function rules(p: Palette): Monaco.editor.ITokenThemeRule[] {
  return [
    // Monarch tokens (postfix .falco)
    { token: 'key', foreground: p.key },
    { token: 'key.item', foreground: p.key, fontStyle: 'bold' },
    { token: 'field', foreground: p.field },
    { token: 'field.argument', foreground: p.string },
    { token: 'operator', foreground: p.operator },
    { token: 'operator.modifier', foreground: p.operator, fontStyle: 'italic' },
    { token: 'operator.yaml', foreground: p.punct },
    { token: 'keyword', foreground: p.keyword, fontStyle: 'bold' },
    { token: 'keyword.priority', foreground: p.priority, fontStyle: 'bold' },
    { token: 'identifier', foreground: p.macro },
    { token: 'transformer', foreground: p.transformer },
    { token: 'string', foreground: p.string },
    { token: 'string.unquoted', foreground: p.value },
    { token: 'string.escape', foreground: p.operator },
    { token: 'string.quote', foreground: p.punct },
    { token: 'number', foreground: p.number },
    { token: 'value', foreground: p.value },
    { token: 'comment', foreground: p.comment, fontStyle: 'italic' },
    { token: 'output', foreground: p.output },
    { token: 'delimiter', foreground: p.punct },
    // Semantic tokens (names from the provider's legend)
    { token: 'macro', foreground: p.macro, fontStyle: 'italic' },
    { token: 'list', foreground: p.list, fontStyle: 'italic' },
    { token: 'invalid', foreground: p.invalid, fontStyle: 'underline' },
  ];
}

export const FALCO_LIGHT = 'falco-light';
export const FALCO_DARK = 'falco-dark';

export function defineFalcoThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(FALCO_LIGHT, { base: 'vs', inherit: true, rules: rules(LIGHT), colors: {}, semanticHighlighting: true } as Monaco.editor.IStandaloneThemeData);
  monaco.editor.defineTheme(FALCO_DARK, { base: 'vs-dark', inherit: true, rules: rules(DARK), colors: {}, semanticHighlighting: true } as Monaco.editor.IStandaloneThemeData);
}
