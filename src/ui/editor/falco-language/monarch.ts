/**
 * Monarch grammar: YAML with Falco conditions and output templates highlighted inside the values of
 * `condition:` and `output:`, in plain, quoted and `>`/`|` block scalars.
 *
 * Monarch has no notion of indentation, so the states are generated per key column N: a value that
 * starts on a `condition:` key at column N continues on every following line indented by more than
 * N (YAML's rule for block and multi-line plain scalars), and ends on the first line that is not.
 * Rules starting with `^` only match at the start of a line (monarchCompile.ts, matchOnlyAtLineStart).
 * Exact, name-aware highlighting (macro vs list) comes on top from the semantic tokens provider.
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';

type Rule = Monaco.languages.IMonarchLanguageRule;

const MAX_INDENT = 16;

const conditionRules: Rule[] = [
  [/\s+/, 'white'],
  [/(tolower|toupper|b64|basename|len|join|concat|getopt|val)(?=\()/, 'transformer'],
  [/(and|or|not)(?=[\s(]|$)/, 'keyword'],
  [/(contains|icontains|bcontains|startswith|bstartswith|endswith|glob|iglob|regex)(?=\s|$)/, { token: 'operator', next: '@cvalue' }],
  [/(intersects|in|pmatch|exists)(?![\w.])/, 'operator'],
  [/(oneof|anyof|allof)(?=\s)/, 'operator.modifier'],
  [/==|!=|<=|>=|=|<|>/, { token: 'operator', next: '@cvalue' }],
  [/[a-zA-Z][\w]*(?:\.[\w]+)+/, 'field'],
  [/[a-zA-Z][\w]*/, 'identifier'],
  [/[+-]?\d+(?=[\s),"']|$)/, 'number'],
  [/[()]/, 'delimiter.parenthesis'],
  [/,/, 'delimiter'],
  [/\[[^\]\s"']*\]/, 'field.argument'],
  [/[^\s()"',=[\]\\]+/, 'value'],
  [/\\/, 'value'],
];

/**
 * The one value after a comparison operator: a bare word there is text, not a macro name. Quotes
 * are left to the enclosing state (their meaning depends on the YAML quoting around them).
 */
const valueState: Rule[] = [
  [/^/, { token: '@rematch', next: '@pop' }],
  [/[ \t]+/, 'white'],
  [/(oneof|anyof|allof)(?=\s)/, { token: 'operator.modifier', next: '@pop' }],
  [/(tolower|toupper|b64|basename|len|join|concat|getopt|val)(?=\()/, { token: 'transformer', next: '@pop' }],
  [/[+-]?\d+(?=[\s),"']|$)/, { token: 'number', next: '@pop' }],
  [/[^\s()"',=\\]+/, { token: 'value', next: '@pop' }],
  [/(?=.)/, { token: '@rematch', next: '@pop' }],
];

/** Inside `%transformer( ... )` of an output: field names until the closing parenthesis. */
const outputCallState: Rule[] = [
  [/[a-zA-Z][\w]*(?:\.[\w]+)+(?:\[[^\]]*\])?/, 'field'],
  [/\(/, { token: 'delimiter.parenthesis', next: '@push' }],
  [/\)/, { token: 'delimiter.parenthesis', next: '@pop' }],
  [/[^()a-zA-Z"']+|[a-zA-Z]\w*/, 'output'],
  [/(?=["'])/, { token: '@rematch', next: '@pop' }],
];

const outputRules: Rule[] = [
  [/(%)(tolower|toupper|b64|basename|len|join|concat|getopt)(\()/, ['transformer', 'transformer', { token: 'delimiter.parenthesis', next: '@ocall' }]],
  [/%[a-zA-Z][\w]*(?:\.[\w]+)+(?:\[[^\]]*\])?/, 'field'],
  [/[^%"'\\]+/, 'output'],
  [/./, 'output'],
];

/** States for a value whose key sits at column n: plain/block (`c`), double (`cdq`) and single (`csq`) quoted. */
function valueStates(prefix: 'c' | 'o', n: number, rules: Rule[]): Record<string, Rule[]> {
  const s = `${prefix}${n}`;
  const endOfBlock: Rule = [new RegExp(`^ {0,${n}}(?=\\S)`), { token: '@rematch', next: '@pop' }];
  const stringRules: Rule[] = prefix === 'c'
    ? [[/"([^"\\]|\\.)*("|$)/, 'string'], [/'[^']*('|$)/, 'string']]
    : [];
  return {
    [`${s}start`]: [
      [/\s+/, 'white'],
      [/[|>][-+0-9]*(?=\s|$)/, { token: 'operator.yaml', switchTo: `@${s}` }],
      [/"/, { token: 'string.quote.yaml', switchTo: `@${s}dq` }],
      [/'/, { token: 'string.quote.yaml', switchTo: `@${s}sq` }],
      [/(?=.)/, { token: '', switchTo: `@${s}` }],
      [/$/, { token: '', switchTo: `@${s}` }],
    ],
    [s]: [
      [/^\s*$/, 'white'],
      endOfBlock,
      [/\s#.*$/, 'comment'],
      ...stringRules,
      ...rules,
    ],
    [`${s}dq`]: [
      [/\\./, 'string.escape'],
      [/"/, { token: 'string.quote.yaml', next: '@pop' }],
      [/'[^'"]*('|$)/, 'string'],
      ...rules,
    ],
    [`${s}sq`]: [
      [/''/, 'string.escape'],
      [/'/, { token: 'string.quote.yaml', next: '@pop' }],
      [/"[^"']*("|$)/, 'string'],
      ...rules,
    ],
  };
}

export function falcoMonarch(): Monaco.languages.IMonarchLanguage {
  const keyRules: Rule[] = [];
  const states: Record<string, Rule[]> = {};
  for (let n = 0; n <= MAX_INDENT; n++) {
    keyRules.push([new RegExp(`^([ -]{${n}})(condition)(\\s*:)(?=\\s|$)`), ['white', 'key', { token: 'delimiter', next: `@c${n}start` }]]);
    keyRules.push([new RegExp(`^([ -]{${n}})(output)(\\s*:)(?=\\s|$)`), ['white', 'key', { token: 'delimiter', next: `@o${n}start` }]]);
    // Any other key opening a block scalar (`desc: >`): its lines are text, not YAML keys or comments.
    keyRules.push([new RegExp(`^([ -]{${n}})([\\w.-]+)(\\s*:\\s*)([|>][-+0-9]*)(?=\\s*(?:#.*)?$)`), ['white', 'key', 'delimiter', { token: 'operator.yaml', next: `@b${n}` }]]);
    states[`b${n}`] = [[/^\s*$/, 'white'], [new RegExp(`^ {0,${n}}(?=\\S)`), { token: '@rematch', next: '@pop' }], [/.+/, 'string.unquoted']];
    Object.assign(states, valueStates('c', n, conditionRules), valueStates('o', n, outputRules));
  }
  return {
    defaultToken: '',
    tokenPostfix: '.falco',
    // Monarch starts in the first state listed unless told otherwise.
    start: 'root',
    tokenizer: {
      cvalue: valueState,
      ocall: outputCallState,
      root: [
        ...keyRules,
        [/#.*$/, 'comment'],
        [/^(\s*-?\s*)(priority)(\s*:\s*)([A-Za-z]+)(?=\s*(?:#|$))/, ['white', 'key', 'delimiter', 'keyword.priority']],
        [/^(\s*-\s+)(rule|macro|list)(\s*:)/, ['white', 'key.item', 'delimiter']],
        // Keys only at the start of a line (after an optional `- `): `Defenses: Disable` inside text is not a key.
        [/^(\s*(?:-\s+)?)([\w.-]+)(\s*:)(?=\s|$)/, ['white', 'key', 'delimiter']],
        [/-(?=\s)/, 'delimiter'],
        [/\b(true|false|null)\b/, 'keyword'],
        [/[+-]?\d+(\.\d+)?(?=\s*(#|$|,|\]))/, 'number'],
        [/"([^"\\]|\\.)*"/, 'string'],
        [/'([^']|'')*'/, 'string'],
        [/[[\]{},]/, 'delimiter'],
        [/[^\s#[\]{},]+/, 'string.unquoted'],
        [/\s+/, 'white'],
      ],
      ...states,
    },
  };
}
