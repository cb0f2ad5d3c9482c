/**
 * The event a sample becomes depends only on the sample and the file-level defaults, never on the
 * rules. Samples are immutable values (the store replaces an edited sample by a new object; the
 * analysis worker interns its clones), so the result is kept per sample object: every keystroke in
 * the rules re-evaluates the rows without rebuilding their events, and the analysis, the linter
 * and the exception proposals share one conversion (and so one event object per sample, whose
 * field values are memoized on it). Defaults match by identity or, for a re-parsed samples file or
 * the worker's clone of them, by their JSON text. A WeakMap, so events go away with their samples.
 */
import { sampleToEvent, type SampleToEventResult } from './to-event';
import type { Sample, SampleDefaults } from './types';

const cache = new WeakMap<Sample, { defaults: SampleDefaults | undefined; key: string; result: SampleToEventResult }>();
const keys = new WeakMap<SampleDefaults, string>();

function defaultsKey(defaults: SampleDefaults | undefined): string {
  if (defaults === undefined) return '';
  let k = keys.get(defaults);
  if (k === undefined) keys.set(defaults, (k = JSON.stringify(defaults)));
  return k;
}

/** sampleToEvent(sample, defaults), computed once per sample object and defaults. Never throws. */
export function cachedSampleToEvent(sample: Sample, defaults?: SampleDefaults): SampleToEventResult {
  const hit = cache.get(sample);
  if (hit && (hit.defaults === defaults || hit.key === defaultsKey(defaults))) return hit.result;
  let result: SampleToEventResult;
  try {
    result = defaults ? sampleToEvent(sample, defaults) : sampleToEvent(sample);
  } catch (e) {
    // sampleToEvent is total by contract; a bug there must not take the analysis down.
    result = { ok: false, error: { message: `internal error: ${e instanceof Error ? e.message : String(e)}`, range: { start: 0, end: 0 } } };
  }
  cache.set(sample, { defaults, key: defaultsKey(defaults), result });
  return result;
}
