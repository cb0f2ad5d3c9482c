import type { AppState } from './store';

/** The sample the details panel and keyboard selection start from: the chosen one, else the first. */
export function effectiveSampleId(s: Pick<AppState, 'samples' | 'selectedSampleId'>): string | null {
  if (s.selectedSampleId && s.samples.some((x) => x.id === s.selectedSampleId)) return s.selectedSampleId;
  return s.samples[0]?.id ?? null;
}
