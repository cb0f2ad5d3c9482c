export type * from './ast';
export type { PosInfo, Range } from '../text/range';
export { parseCondition, formatParseError } from './parse';
export type { ParseError, ParseResult, ParseOptions } from './parse';
export { DEFAULT_MAX_DEPTH } from './parser';
export { unescapeQuoted, escapeValue } from './escaping';
export { ALL_OPERATORS, FIELD_TRANSFORMERS } from './vocabulary';
