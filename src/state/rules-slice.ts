import type { StateCreator } from 'zustand';
import type { BaseChoice, PluginsChoice } from '../engine/analyze';
import type { AppState } from './store';
import { seedRulesText } from './seed';

/** The rules file the person is editing and how it is loaded (base ruleset, plugins). */
export interface RulesSlice {
  rulesText: string;
  /** Only the built-in choices are authored here; custom base files would come from a link. */
  base: Extract<BaseChoice, string>;
  plugins: PluginsChoice;
  /** The rule whose verdicts the table shows; null = the first rule of the file. */
  selectedRule: string | null;
  /**
   * The upstream falcosecurity rules files chosen as the base, by name in load order; when set it
   * takes the place of `base` for analysis (`base` stays the built-in fallback other views use).
   * null = no upstream base. The contents are in `upstreamFiles` (kept in IndexedDB, see
   * src/state/persistence-base.ts), because they are too large for localStorage and share links.
   */
  upstream: string[] | null;
  /** Upstream files the person loaded in this browser (any names; `upstream` picks among them). */
  upstreamFiles: { name: string; content: string }[];
  setRulesText: (text: string) => void;
  setBase: (base: Extract<BaseChoice, string>) => void;
  setPlugins: (plugins: PluginsChoice) => void;
  selectRule: (name: string | null) => void;
  setUpstream: (names: string[] | null) => void;
  setUpstreamFiles: (files: { name: string; content: string }[]) => void;
}

export const createRulesSlice: StateCreator<AppState, [], [], RulesSlice> = (set) => ({
  rulesText: seedRulesText(),
  base: 'stock',
  plugins: 'container',
  selectedRule: null,
  upstream: null,
  upstreamFiles: [],
  setRulesText: (rulesText) => set({ rulesText }),
  // Choosing a built-in base leaves the upstream one.
  setBase: (base) => set({ base, upstream: null }),
  setPlugins: (plugins) => set({ plugins }),
  selectRule: (selectedRule) => set({ selectedRule }),
  setUpstream: (upstream) => set({ upstream }),
  setUpstreamFiles: (upstreamFiles) => set({ upstreamFiles }),
});
