/**
 * Public API of the rules loader: load rules files as Falco does and evaluate events against them.
 */
import { makeBackend } from './backend';
import type { LoadMessage } from './context';
import { loadRulesWith, type LoadOptions, type LoadResult, type RulesFile } from './load';

export { loadRulesWith } from './load';
export { evaluateRules, indexedFor, ruleMatches, rulesRunOn, type IndexedRule } from './ruleset';
export { LoadCache } from './load-cache';
export type { LoadedRule, LoadOptions, LoadResult, RulesFile } from './load';
export type { LoadMessage } from './context';
export { loadMessageToDiagnostic } from './diagnostics';
export type { CompiledFilter, ConditionBackend } from './compiler';

/**
 * Loads rules files in order. Never throws: bad input becomes load messages; an exception escaping
 * the loader would be our bug and is reported as FRP_INTERNAL_ERROR rather than crashing the UI.
 */
export function loadRules(files: RulesFile[], options: LoadOptions = {}): LoadResult {
  try {
    return loadRulesWith(makeBackend(options.plugins ?? 'container'), files, options);
  } catch (e) {
    const file = files[0]?.name ?? '';
    const error: LoadMessage = {
      code: 'FRP_INTERNAL_ERROR', message: `internal error while loading rules: ${(e as Error)?.message ?? String(e)}`,
      file, line: 1, column: 1, itemType: 'rules content', itemName: '', severity: 'error', range: { start: 0, end: 0 },
    };
    return { ok: false, errors: [error], warnings: [], rules: [], macros: [], lists: [] };
  }
}
