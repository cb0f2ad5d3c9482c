/**
 * The condition language: parser, printers and AST helpers. Everything here is pure and never
 * throws for bad input.
 */
export type * from './ast';
export type { PosInfo, Range } from '../text/range';
export { parseCondition, formatParseError } from './parse';
export type { ParseError, ParseResult, ParseOptions } from './parse';
export { DEFAULT_MAX_DEPTH } from './parser';
export { parseOperand, parseOperandPrefix } from './operand';
export type { OperandResult } from './operand';
export { printCondition } from './printer';
export { formatCondition, quote as quoteConditionString } from './format';
export { stripRanges, astEquals } from './equality';
export { walk, childrenOf, collectIdentifiers, collectFields, collectChecks, shiftRanges } from './walk';
export type { IdentifierRef } from './walk';
export { unescapeQuoted, escapeValue } from './escaping';
export type { UnescapeResult } from './escaping';
export { posAt, errorRange } from './position';
export { ALL_OPERATORS, FIELD_TRANSFORMERS } from './vocabulary';
export { substituteIdentifiers } from './transform';
