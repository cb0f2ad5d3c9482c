import type { BaseChoice } from '../engine/analyze';
import type { AppState } from './store';

/** The sample the details panel and keyboard selection start from: the chosen one, else the first. */
export function effectiveSampleId(s: Pick<AppState, 'samples' | 'selectedSampleId'>): string | null {
  if (s.selectedSampleId && s.samples.some((x) => x.id === s.selectedSampleId)) return s.selectedSampleId;
  return s.samples[0]?.id ?? null;
}

/**
 * The base ruleset analysis loads: the upstream files when they are chosen and loaded here, else
 * the built-in choice (an upstream base whose files this browser lacks falls back to the stock
 * macros, and the notice asks for the files). Memoized so the result keeps its identity while its
 * inputs do: the analysis caches compare the base by identity.
 */
let baseMemo: { key: [unknown, unknown, unknown]; value: BaseChoice } | null = null;
export function analysisBase(s: Pick<AppState, 'base' | 'upstream' | 'upstreamFiles'>): BaseChoice {
  if (baseMemo && baseMemo.key[0] === s.base && baseMemo.key[1] === s.upstream && baseMemo.key[2] === s.upstreamFiles) {
    return baseMemo.value;
  }
  const files = s.upstream ? upstreamSelection(s.upstream, s.upstreamFiles) : null;
  const value: BaseChoice = files && files.length > 0 ? { files } : s.upstream ? 'stock' : s.base;
  baseMemo = { key: [s.base, s.upstream, s.upstreamFiles], value };
  return value;
}

/** The named upstream files in the given order, or null when one of them is not loaded. */
export function upstreamSelection(names: readonly string[], files: readonly { name: string; content: string }[]): { name: string; content: string }[] | null {
  const out: { name: string; content: string }[] = [];
  for (const name of names) {
    const f = files.find((x) => x.name === name);
    if (!f) return null;
    out.push(f);
  }
  return out;
}
