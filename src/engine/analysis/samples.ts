/**
 * The evaluation step of analyze(): each sample becomes its event once (cached across
 * compilations: the event depends on the sample and the defaults, never on the rules), then every
 * rule of the user's file is evaluated on it.
 */
import type { FalcoEvent } from '../event/types';
import { sampleToEvent, type Sample, type SampleDefaults } from '../sample';
import { errorText, type Compiled } from './compiled';
import type { SampleResult, Verdict } from './types';

type Built = ReturnType<typeof sampleToEvent>;

/**
 * Events by sample object (immutable in the store; the worker interns them), checked against the
 * defaults: by identity, else by their JSON text (a re-parsed samples file, or the worker's clone,
 * gives equal defaults in a new object). A WeakMap: a sample that is gone takes its event along.
 */
export class EventCache {
  private readonly events = new WeakMap<Sample, { defaults: SampleDefaults | undefined; defaultsKey: string; built: Built }>();

  eventOf(sample: Sample, defaults: SampleDefaults | undefined, defaultsKey: string): Built {
    const hit = this.events.get(sample);
    if (hit && (hit.defaults === defaults || hit.defaultsKey === defaultsKey)) return hit.built;
    let built: Built;
    try {
      built = sampleToEvent(sample, defaults);
    } catch (e) {
      built = { ok: false, error: { message: `internal error: ${errorText(e)}`, range: { start: 0, end: 0 } } };
    }
    this.events.set(sample, { defaults, defaultsKey, built });
    return built;
  }
}

export function evaluateSample(compiled: Compiled, sample: Sample, built: Built): SampleResult {
  const perRule: Record<string, Verdict> = {};
  const outputs: Record<string, string> = {};
  if (!built.ok) {
    for (const r of compiled.loaded) perRule[r.name] = 'error';
    return { sampleId: sample.id, error: built.error, perRule, outputs, notes: [] };
  }
  const ev: FalcoEvent = built.event;
  for (const r of compiled.loaded) {
    if (r.error || !r.filter) { perRule[r.name] = 'error'; continue; }
    try {
      const hit = r.filter.evaluate(ev);
      perRule[r.name] = hit ? 'match' : 'miss';
      if (hit && r.render) outputs[r.name] = r.render(ev);
    } catch {
      perRule[r.name] = 'error';
    }
  }
  return { sampleId: sample.id, perRule, outputs, notes: built.notes ?? [], event: ev };
}
