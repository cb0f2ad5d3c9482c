/**
 * The event a sample becomes depends only on the sample and the file-level defaults, never on the
 * rules. Samples are immutable values (the store replaces an edited sample by a new object), so
 * the result is kept per sample object: every keystroke in the rules re-evaluates the rows
 * without rebuilding their events, and the analysis, the linter and the exception proposals share
 * one conversion. A WeakMap, so events go away with their samples.
 */
import { sampleToEvent, type SampleToEventResult } from './to-event';
import type { Sample, SampleDefaults } from './types';

const cache = new WeakMap<Sample, { defaults: SampleDefaults | undefined; result: SampleToEventResult }>();

/** sampleToEvent(sample, defaults), computed once per (sample object, defaults object). */
export function cachedSampleToEvent(sample: Sample, defaults?: SampleDefaults): SampleToEventResult {
  const hit = cache.get(sample);
  if (hit && hit.defaults === defaults) return hit.result;
  const result = defaults ? sampleToEvent(sample, defaults) : sampleToEvent(sample);
  cache.set(sample, { defaults, result });
  return result;
}
