/**
 * Editor language features for Falco rules files, as pure functions from (text, offset, context)
 * to results in UTF-16 document offsets. No editor types here: src/ui/editor/falco-language adapts
 * them to Monaco.
 */
export { mapScalar, docToValue, valueToDoc, valueRangeToDoc } from './scalar-map';
export type { MappedScalar, ScalarStyle } from './scalar-map';
export { readRulesDocument, itemAt, expressionScalars } from './document';
export type { RulesDocument, RulesItem, ItemKey, ItemKind } from './document';
export { lexCondition } from './condition-lexer';
export type { ConditionToken, ConditionTokenType, LexState, LexResult, NameSets } from './condition-lexer';
export { conditionTokens, outputTokens, documentTokens } from './tokens';
export type { Token, TokenType, DocumentToken } from './tokens';
export { collectNames } from './names';
export type { LanguageContext, LanguageFile, Definition, NameIndex } from './names';
export { complete, insideScalar } from './completion';
export type { CompletionItem, CompletionKind, CompletionResult } from './completion';
export { hover } from './hover';
export type { HoverResult } from './hover';
export { definition, references, prepareRename, rename, symbolAt } from './references';
export type { Location, SymbolRef, TextEdit, RenameResult } from './references';
export { documentSymbols } from './symbols';
export type { DocumentSymbol } from './symbols';
export { formatConditionAt } from './format';
export type { FormatResult } from './format';
export { operatorDocs, modifierDocs, transformerDocs, keywordDocs, PRIORITIES, priorityDocs, itemKeyDocs } from './vocabulary-docs';
export { typeLabel, availableFields, resolveField } from './field-view';
export { fieldValueForEvent, asFalcoEvent } from './field-value';
