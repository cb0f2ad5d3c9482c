/**
 * Public API of the rules loader: load rules files as Falco does and evaluate events against them.
 */
import { makeBackend } from './backend';
import { loadRulesWith, type LoadOptions, type LoadResult, type RulesFile } from './load';

export { evaluateRules, loadRulesWith } from './load';
export type { LoadedRule, LoadOptions, LoadResult, RulesFile } from './load';
export type { LoadMessage } from './context';
export { loadMessageToDiagnostic } from './diagnostics';
export type { CompiledFilter, ConditionBackend } from './compiler';

export function loadRules(files: RulesFile[], options: LoadOptions = {}): LoadResult {
  return loadRulesWith(makeBackend(options.plugins ?? 'container'), files, options);
}
