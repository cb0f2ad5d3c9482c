/**
 * Which rules Falco runs on an event, and in which order: falco_engine's evttype-indexed ruleset
 * (userspace/engine/evttype_index_ruleset.cpp). Each enabled rule is filed under every event type
 * its condition can match (evttypes.ts; a rule with no restriction under every type), in the order
 * the rules were enabled, which is definition order (a redefined rule keeps its first place). For
 * an event, only the rules filed under its type run, in that order; the first that matches is what
 * `rule_matching: first` reports.
 *
 * The app (analysis/samples.ts), the `test` CLI, lessons, tuning and the oracle adapter all decide
 * "does this rule run on this event" here, so they cannot disagree about a sample. One deliberate
 * difference stays with the callers: the app still shows what a disabled rule would match (the rule
 * selector marks it disabled), while Falco, and so `rulesRunOn` / `evaluateRules`, never runs it.
 */
import { eventTypeOf, isEventTypeName } from '../event/event-type';
import type { FalcoEvent } from '../event/types';
import type { LoadResult, LoadedRule } from './load';

/** What the index reads of a rule: the event types it can match (null or absent = every type). */
export interface IndexedRule { evttypes?: readonly string[] | null }

/** A rule's event types as a set, built once per loaded rule (null = every event type). */
const typeSets = new WeakMap<IndexedRule, ReadonlySet<string> | null>();

function typesOf(r: IndexedRule): ReadonlySet<string> | null {
  let s = typeSets.get(r);
  if (s === undefined) {
    s = r.evttypes ? new Set(r.evttypes) : null;
    typeSets.set(r, s);
  }
  return s;
}

/**
 * Whether `rule` is filed under the type `ev` stands for (event/event-type.ts: a sample's own
 * `evt.type` value counts). A type name Falco does not know has no slot in the index: nothing runs.
 * Says nothing about `enabled` or about the condition; see rulesRunOn.
 */
export function indexedFor(rule: IndexedRule, ev: FalcoEvent): boolean {
  const type = eventTypeOf(ev);
  if (!isEventTypeName(type)) return false;
  const types = typesOf(rule);
  return types === null || types.has(type);
}

/**
 * Whether `rule` matches `ev` as Falco would decide it if the rule were enabled: filed under the
 * event's type, and its condition true (false for a rule without a compiled condition). Throws
 * what the compiled filter throws.
 */
export function ruleMatches(rule: IndexedRule & { filter?: { evaluate(ev: FalcoEvent): boolean } }, ev: FalcoEvent): boolean {
  return rule.filter !== undefined && indexedFor(rule, ev) && rule.filter.evaluate(ev);
}

/** The rules Falco evaluates on `ev`, in its order: enabled, compiled and filed under its type. */
export function rulesRunOn<R extends LoadedRule>(rules: readonly R[], ev: FalcoEvent): R[] {
  return rules.filter((r) => r.enabled && r.filter !== undefined && !r.error && indexedFor(r, ev));
}

/**
 * Falco's `process_event` with `rule_matching: all` (matched, in evaluation order) and `first`
 * (firstMatch), plus each matched rule's output message.
 */
export function evaluateRules(result: LoadResult, ev: FalcoEvent): { matched: string[]; firstMatch: string | null; outputs: Record<string, string> } {
  const matched: string[] = [];
  const outputs: Record<string, string> = {};
  for (const r of rulesRunOn(result.rules, ev)) {
    let hit = false;
    try { hit = r.filter!.evaluate(ev); } catch { hit = false; }
    if (!hit) continue;
    matched.push(r.name);
    if (r.render) outputs[r.name] = r.render(ev);
  }
  return { matched, firstMatch: matched[0] ?? null, outputs };
}
