import { cachedSampleToEvent, type Sample, type SampleDefaults } from '../sample';
import type { LintEvent } from './types';

/** Turns table samples into events for the linter; rows that do not convert are left out. */
export function eventsFromSamples(samples: Sample[], defaults?: SampleDefaults): LintEvent[] {
  const out: LintEvent[] = [];
  for (const s of samples) {
    try {
      const r = cachedSampleToEvent(s, defaults);
      if (r.ok) out.push({ sampleId: s.id, label: s.command, event: r.event });
    } catch {
      // sampleToEvent is total by contract; a bug there must not break linting.
    }
  }
  return out;
}
