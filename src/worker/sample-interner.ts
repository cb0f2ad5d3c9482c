/**
 * Structured clone gives the worker fresh sample objects on every message. `analyze` caches each
 * sample's result by object identity, so the interner hands back the previous object for a sample
 * whose content did not change (compared through a canonical JSON text).
 */
import type { Sample } from '../engine/sample';

export class SampleInterner {
  private known = new Map<string, { key: string; sample: Sample }>();

  intern(samples: Sample[]): Sample[] {
    const next = new Map<string, { key: string; sample: Sample }>();
    const out = samples.map((s) => {
      const key = JSON.stringify(s);
      const prev = this.known.get(s.id);
      const entry = prev && prev.key === key ? prev : { key, sample: s };
      next.set(s.id, entry);
      return entry.sample;
    });
    this.known = next;
    return out;
  }
}
