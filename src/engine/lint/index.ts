export { lintRules, LINT_CHECKS, buildContext } from './lint';
export type { LintInput } from './lint';
export type { LintHint, LintFix, LintEdit, LintLoad, LintEvent, LintContext, LintCheck } from './types';
export { applyEdits, applyFix } from './apply';
export { scanRulesSource } from './rules-source';
export type { RulesSource, RuleItemSource, TagSource } from './rules-source';
export { mapScalar, toFileRange, encodeForScalar } from './scalar-map';
export type { ScalarSource } from './scalar-map';
