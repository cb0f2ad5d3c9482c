import type { StateCreator } from 'zustand';
import type { Sample, SampleDefaults } from '../engine/sample';
import type { AppState } from './store';
import { seedSamples } from './seed';
import { newSampleId } from './ids';
import { effectiveSampleId } from './selectors';

/** The sample command lines (with their context) the rules are run against. */
export interface SamplesSlice {
  samples: Sample[];
  /** File-level defaults from the samples YAML (context every sample inherits). */
  sampleDefaults: SampleDefaults | undefined;
  selectedSampleId: string | null;
  /** Adds one sample per command; returns the new ids. */
  addSamples: (commands: string[]) => string[];
  updateSample: (id: string, patch: Partial<Omit<Sample, 'id'>>) => void;
  /** Replaces a sample wholesale (the context editor builds a complete sample). */
  replaceSample: (sample: Sample) => void;
  duplicateSample: (id: string) => string | null;
  deleteSample: (id: string) => void;
  setSamples: (samples: Sample[], defaults: SampleDefaults | undefined) => void;
  selectSample: (id: string | null) => void;
  /** Moves the selection up (-1) or down (+1), wrapping at neither end. */
  moveSampleSelection: (delta: -1 | 1) => void;
}

export const createSamplesSlice: StateCreator<AppState, [], [], SamplesSlice> = (set, get) => ({
  samples: seedSamples(),
  sampleDefaults: undefined,
  selectedSampleId: null,
  addSamples: (commands) => {
    const samples = [...get().samples];
    const ids: string[] = [];
    for (const command of commands) {
      const id = newSampleId(samples);
      samples.push({ id, command });
      ids.push(id);
    }
    set({ samples, selectedSampleId: ids.length ? ids[ids.length - 1] : get().selectedSampleId });
    return ids;
  },
  updateSample: (id, patch) =>
    set({ samples: get().samples.map((s) => (s.id === id ? { ...s, ...patch } : s)) }),
  replaceSample: (sample) =>
    set({ samples: get().samples.map((s) => (s.id === sample.id ? sample : s)) }),
  duplicateSample: (id) => {
    const samples = get().samples;
    const at = samples.findIndex((s) => s.id === id);
    if (at < 0) return null;
    const copy = { ...structuredClone(samples[at]), id: newSampleId(samples) };
    set({ samples: [...samples.slice(0, at + 1), copy, ...samples.slice(at + 1)], selectedSampleId: copy.id });
    return copy.id;
  },
  deleteSample: (id) => {
    const samples = get().samples;
    const at = samples.findIndex((s) => s.id === id);
    if (at < 0) return;
    const rest = samples.filter((s) => s.id !== id);
    const next = rest[Math.min(at, rest.length - 1)];
    set({
      samples: rest,
      selectedSampleId: get().selectedSampleId === id ? (next?.id ?? null) : get().selectedSampleId,
    });
  },
  setSamples: (samples, sampleDefaults) => set({ samples, sampleDefaults }),
  selectSample: (selectedSampleId) => set({ selectedSampleId }),
  moveSampleSelection: (delta) => {
    const { samples } = get();
    if (!samples.length) return;
    const at = samples.findIndex((s) => s.id === effectiveSampleId(get()));
    const next = Math.max(0, Math.min(samples.length - 1, at + delta));
    set({ selectedSampleId: samples[next].id });
  },
});
