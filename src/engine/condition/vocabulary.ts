/**
 * Operators, transformers and parser error texts of libsinsp's filter parser
 * (userspace/libsinsp/filter/parser.cpp). Order matters: operators are tried first to last, so
 * `<=` before `<` and `==` before `=`. A trailing space marks a word operator that must be
 * followed by a blank (libsinsp's own convention).
 */
import type { TransformerName } from './ast';

export const UNARY_OPS = ['exists'] as const;
export const BINARY_NUM_OPS = ['<=', '<', '>=', '>'] as const;
export const BINARY_STR_OPS = [
  '==', '=', '!=', 'glob ', 'iglob ', 'contains ', 'icontains ', 'bcontains ', 'startswith ',
  'bstartswith ', 'endswith ', 'regex ',
] as const;
export const STR_MODIFIER_OPS = ['oneof ', 'anyof ', 'allof '] as const;
export const BINARY_LIST_OPS = ['intersects', 'in', 'pmatch'] as const;
export const FIELD_TRANSFORMERS: readonly TransformerName[] = [
  'tolower', 'toupper', 'b64', 'basename', 'len', 'join', 'concat', 'getopt',
];

/** `token_list_to_str`: `'a', 'b', 'c'`. */
const quoteList = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/** All operators in libsinsp's `supported_operators()` order, trimmed. */
export const ALL_OPERATORS: readonly string[] = [
  ...UNARY_OPS, ...BINARY_NUM_OPS, ...BINARY_STR_OPS, ...BINARY_LIST_OPS,
].map((o) => o.trim());

const TRANSFORMERS_WITH_VAL = quoteList(['val', ...FIELD_TRANSFORMERS]);

/** libsinsp's parser messages, verbatim. */
export const msg = {
  emptyInput: 'filter input string is empty',
  unbalanced: 'parser fatal error: recursion is unbalanced',
  maxDepth: (n: number) => `exceeded max depth limit of ${n}`,
  unexpectedToken: (last: string) => `unexpected token after '${last}', expecting 'or', 'and'`,
  blankAfter: (kw: 'and' | 'or') => `expected blank or '(' after '${kw}'`,
  expectedCloseParen: "expected a ')' token",
  expectedCloseParenShort: "expected ')'",
  expectedCheck: "expected a '(' token, a field check, or an identifier",
  expectedFieldArg: 'expected a valid field argument: a quoted string or a bare string',
  expectedCloseBracket: "expected a ']' token",
  expectedCloseTransformer: "expected a ')' token closing the transformer",
  expectedTransformerArg:
    'expected field transformer argument: field, transformer, quoted string, number, or transformer list',
  expectedTransformerListArg:
    'expected transformer list argument: field, transformer, quoted string, or number',
  expectedOperator: `expected a valid check operator: one of ${quoteList(ALL_OPERATORS)}`,
  expectedNumber: `expected a number value or a field with a valid transformer: ${TRANSFORMERS_WITH_VAL}`,
  expectedString: `expected a string value or a field with a valid transformer: ${TRANSFORMERS_WITH_VAL}`,
  expectedPlainString: 'expected a string value',
  expectedListOrIdentifier: 'expected a list or an identifier',
  expectedList: `expected a list, an identifier, or a field with a valid transformer: ${TRANSFORMERS_WITH_VAL}`,
  expectedFieldIn: (t: string) => `expected a field within '${t}' transformer`,
  /** parse_field_or_transformer's odd message (no closing quote), used for operand prefixes. */
  unexpectedOperandToken: (last: string) => `unexpected token after '${last}`,
};
