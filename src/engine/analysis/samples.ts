/**
 * The evaluation step of analyze(): each sample becomes its event once (cached across
 * compilations: the event depends on the sample and the defaults, never on the rules), then every
 * rule of the user's file is evaluated on it. After an edit, only the rules it changed are: a rule
 * whose compiled filter, output renderer and error state are the very objects of the compilation
 * before (the loader's memos give an unchanged rule the same ones) keeps its verdict and output.
 */
import type { FalcoEvent } from '../event/types';
import { ruleMatches, type LoadedRule } from '../rules';
import { cachedSampleToEvent, type Sample, type SampleDefaults, type SampleToEventResult } from '../sample';
import type { Compiled } from './compiled';
import type { SampleResult, Verdict } from './types';

type Built = SampleToEventResult;

/**
 * Events by sample object, shared with the linter and the exception proposals
 * (sample/event-cache.ts: by sample identity, defaults by identity or JSON text).
 */
export class EventCache {
  eventOf(sample: Sample, defaults: SampleDefaults | undefined, _defaultsKey?: string): Built {
    return cachedSampleToEvent(sample, defaults);
  }
}

/** How a compilation can reuse the one before: the rules to evaluate again, and whether the rest line up. */
export interface ReusePlan {
  /** The same rule names in the same order as before (then results can be copied and patched). */
  sameOrder: boolean;
  /** Rules whose verdicts may differ from before. */
  changed: Set<LoadedRule>;
}

export function reusePlan(compiled: Compiled, before: Compiled): ReusePlan {
  const changed = new Set<LoadedRule>();
  for (const r of compiled.loaded) {
    const p = before.loadedByName.get(r.name);
    if (!p || p.filter !== r.filter || p.render !== r.render || !p.error !== !r.error) changed.add(r);
  }
  const sameOrder = before.loaded.length === compiled.loaded.length && before.loaded.every((p, i) => p.name === compiled.loaded[i].name);
  return { sameOrder, changed };
}

/** One sample's verdicts; `previous` is its result under the compilation before (with `plan`). */
export function evaluateSample(compiled: Compiled, sample: Sample, built: Built, previous?: { plan: ReusePlan; result: SampleResult }): SampleResult {
  if (!built.ok) {
    const perRule: Record<string, Verdict> = {};
    for (const r of compiled.loaded) perRule[r.name] = 'error';
    return { sampleId: sample.id, error: built.error, perRule, outputs: {}, notes: [] };
  }
  const ev = built.event;
  // The previous result must be of this very event (same sample, same defaults).
  if (!previous || previous.result.event !== ev || previous.result.sampleId !== sample.id) return evaluateAll(compiled, sample.id, ev, built.notes);
  const { plan, result } = previous;
  if (!plan.sameOrder) return evaluateAll(compiled, sample.id, ev, built.notes, previous);
  const fresh: [LoadedRule, { verdict: Verdict; output?: string }][] = [];
  for (const r of plan.changed) {
    const v = verdict(r, ev);
    if (v.verdict !== own(result.perRule, r.name) || v.output !== own(result.outputs, r.name)) fresh.push([r, v]);
  }
  // Same rules in the same order, and the edited ones decide as before: nothing to change.
  if (fresh.length === 0) return result;
  // Copy the records (their keys stay in rule order) and patch.
  const perRule = { ...result.perRule };
  let outputs = { ...result.outputs };
  let outputsInOrder = true;
  for (const [r, v] of fresh) {
    perRule[r.name] = v.verdict;
    if ((v.output !== undefined) !== (own(result.outputs, r.name) !== undefined)) outputsInOrder = false;
    else if (v.output !== undefined) outputs[r.name] = v.output;
  }
  // A rule that started or stopped matching: rebuild the outputs in rule order.
  if (!outputsInOrder) outputs = outputsOf(compiled.loaded, perRule, plan.changed, result.outputs, ev);
  return { sampleId: sample.id, perRule, outputs, notes: built.notes ?? [], event: ev };
}

function evaluateAll(compiled: Compiled, sampleId: string, ev: FalcoEvent, notes: string[] | undefined, previous?: { plan: ReusePlan; result: SampleResult }): SampleResult {
  const perRule: Record<string, Verdict> = {};
  const outputs: Record<string, string> = {};
  for (const r of compiled.loaded) {
    if (previous && !previous.plan.changed.has(r)) {
      perRule[r.name] = own(previous.result.perRule, r.name)!;
      const out = own(previous.result.outputs, r.name);
      if (out !== undefined) outputs[r.name] = out;
      continue;
    }
    const v = verdict(r, ev);
    perRule[r.name] = v.verdict;
    if (v.output !== undefined) outputs[r.name] = v.output;
  }
  return { sampleId, perRule, outputs, notes: notes ?? [], event: ev };
}

function verdict(r: LoadedRule, ev: FalcoEvent): { verdict: Verdict; output?: string } {
  if (r.error || !r.filter) return { verdict: 'error' };
  // Falco never runs a rule that is not filed under the event's type (rules/ruleset.ts, shared
  // with the `test` CLI); disabled rules are still shown (see there).
  try {
    const hit = ruleMatches(r, ev);
    return hit ? { verdict: 'match', output: r.render ? r.render(ev) : undefined } : { verdict: 'miss' };
  } catch {
    return { verdict: 'error' };
  }
}

/** Outputs in rule order: new ones for changed rules, the previous ones for the others. */
function outputsOf(loaded: LoadedRule[], perRule: Record<string, Verdict>, changed: Set<LoadedRule>, before: Record<string, string>, ev: FalcoEvent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of loaded) {
    if (!changed.has(r)) {
      const o = own(before, r.name);
      if (o !== undefined) out[r.name] = o;
    } else if (perRule[r.name] === 'match' && r.render) {
      out[r.name] = r.render(ev);
    }
  }
  return out;
}

/** A record's own entry (a rule may be called `constructor` or `toString`). */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
