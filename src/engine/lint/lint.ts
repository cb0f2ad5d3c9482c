import { parseCondition } from '../condition';
import type { FalcoEvent } from '../event/types';
import type { TraceNode } from '../eval/trace';
import { scanRulesSource } from './rules-source';
import { eventsFromSamples } from './events';
import type { Sample, SampleDefaults } from '../sample';
import type { LintCheck, LintContext, LintEvent, LintHint, LintLoad, ParsedCondition } from './types';
import { substringTokenCheck } from './checks/substring-token';
import { commTruncationCheck } from './checks/comm-truncation';
import { listReferenceCheck } from './checks/list-reference';
import { negationMissingCheck } from './checks/negation-missing';
import { outputStyleCheck } from './checks/output-style';
import { tagsStyleCheck } from './checks/tags-style';
import { trapsCheck } from './checks/traps';
import { scriptInterpreterCheck } from './checks/script-interpreter';
import { structureStyleCheck } from './checks/structure-style';

export interface LintInput {
  rulesText: string;
  /** Name of the user's file, as given to the loader. */
  file: string;
  /** The loader's result for base files + the user's file (macros, lists, compiled rules). */
  load?: LintLoad;
  /** Samples already turned into events (see eventsFromSamples), in table order. */
  events?: LintEvent[];
  /** The table's samples; converted with sampleToEvent when `events` is not given. */
  samples?: Sample[];
  sampleDefaults?: SampleDefaults;
}

/** Every check, in the order their hints are listed for the same position. */
export const LINT_CHECKS: { id: string; check: LintCheck }[] = [
  { id: 'substring-token', check: substringTokenCheck },
  { id: 'comm-truncation', check: commTruncationCheck },
  { id: 'list-reference', check: listReferenceCheck },
  { id: 'negation-missing', check: negationMissingCheck },
  { id: 'traps', check: trapsCheck },
  { id: 'script-interpreter', check: scriptInterpreterCheck },
  { id: 'output-style', check: outputStyleCheck },
  { id: 'tags-style', check: tagsStyleCheck },
  { id: 'structure-style', check: structureStyleCheck },
];

/**
 * Lints the user's rules file: hints with positions in `rulesText`, quick fixes and the sample
 * rows that show each problem. Pure and total: a condition that does not parse is skipped (the
 * loader reports it), and a check that fails on odd input is dropped instead of throwing.
 */
export function lintRules(input: LintInput): LintHint[] {
  const ctx = buildContext(input);
  const hints: LintHint[] = [];
  for (const { check } of LINT_CHECKS) {
    try {
      hints.push(...check(ctx));
    } catch {
      // A check bug must not take the editor down; the other checks still report.
    }
  }
  for (const h of hints) h.file = input.file;
  return hints.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

export function buildContext(input: LintInput): LintContext {
  const source = scanRulesSource(input.rulesText);
  const lists = new Map<string, string[]>();
  const macros = new Map<string, string>();
  for (const l of input.load?.lists ?? []) lists.set(l.name, l.items);
  for (const m of input.load?.macros ?? []) macros.set(m.name, m.condition);
  const baseDefinitions = new Set<string>([
    ...[...definedInBase(input.load?.lists ?? [], input.file)].map((n) => `list:${n}`),
    ...[...definedInBase(input.load?.macros ?? [], input.file)].map((n) => `macro:${n}`),
  ]);
  // The user's own definitions also count when the load failed before reaching them.
  for (const it of source.items) {
    if (it.kind === 'list' && !lists.has(it.name)) lists.set(it.name, (it.items ?? []).map((x) => x.value));
    if (it.kind === 'macro' && it.condition && !macros.has(it.name)) macros.set(it.name, it.condition.value);
  }
  const conditions: ParsedCondition[] = [];
  for (const it of source.items) {
    if (!it.condition || it.kind === 'list') continue;
    const r = parseCondition(it.condition.value, { maxDepth: 1000 });
    if (r.ok) conditions.push({ item: it, ast: r.ast });
  }
  const ruleFilters = new Map<string, (ev: FalcoEvent) => boolean>();
  const ruleTraces = new Map<string, (ev: FalcoEvent) => TraceNode>();
  const loaded = input.load?.rules ?? [];
  const baseRuleNames = definedInBase(loaded, input.file);
  for (const r of loaded) {
    if (r.filter && (r.file === undefined || r.file === input.file)) {
      const f = r.filter;
      ruleFilters.set(r.name, (ev) => f.evaluate(ev));
      if (f.trace) ruleTraces.set(r.name, (ev) => f.trace!(ev));
    }
  }
  const events = input.events ?? (input.samples ? eventsFromSamples(input.samples, input.sampleDefaults) : []);
  return { rulesText: input.rulesText, file: input.file, source, conditions, lists, macros, events, ruleFilters, ruleTraces, baseRuleNames, baseDefinitions };
}

/**
 * Names the base ruleset defines, also when the user's file redefines them: the loader lists a
 * redefinition at the original's position (collector.ts keeps the original index), so it is
 * followed by an entry of another file, while a new definition comes after all of them. (A
 * redefinition of the very last base entry cannot be told apart and counts as new.)
 */
function definedInBase(entries: { name: string; file?: string }[], userFile: string): Set<string> {
  const out = new Set<string>();
  let laterBase = false;
  for (let i = entries.length - 1; i >= 0; i--) {
    const fromBase = entries[i].file !== undefined && entries[i].file !== userFile;
    if (fromBase || laterBase) out.add(entries[i].name);
    if (fromBase) laterBase = true;
  }
  return out;
}
