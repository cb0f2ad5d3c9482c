/**
 * The operator vocabulary the loader needs for exceptions (libs filter/parser.cpp
 * `supported_operators`, falco rule_loader_cmpop.h `is_str_operator_with_modifier`).
 */
const OPERATORS = ['=', '==', '!=', '<', '<=', '>', '>=', 'contains', 'icontains', 'bcontains', 'startswith',
  'bstartswith', 'endswith', 'glob', 'iglob', 'pmatch', 'in', 'intersects', 'exists', 'regex'];
const LIST_OPERATORS = ['in', 'intersects', 'pmatch'];
/** Base operators that accept `oneof`/`anyof`/`allof` (rule_loader_cmpop.h `cmpop_supports_modifier`). */
const MODIFIABLE = new Set(['=', '==', '!=', 'contains', 'icontains', 'bcontains', 'startswith', 'bstartswith', 'endswith', 'glob', 'iglob', 'regex']);

export function isSupportedOperator(op: string): boolean {
  return OPERATORS.includes(op);
}

export function isStringOperatorWithModifier(op: string): boolean {
  const m = /^(\S+)[ \t]+(oneof|anyof|allof)$/.exec(op);
  return !!m && MODIFIABLE.has(m[1]);
}

/** rule_loader_compiler.cpp `is_operator_for_list`: comps whose right-hand side is a list. */
export function isOperatorForList(op: string): boolean {
  return LIST_OPERATORS.includes(op) || isStringOperatorWithModifier(op);
}
