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
  setRulesText: (text: string) => void;
  setBase: (base: Extract<BaseChoice, string>) => void;
  setPlugins: (plugins: PluginsChoice) => void;
  selectRule: (name: string | null) => void;
}

export const createRulesSlice: StateCreator<AppState, [], [], RulesSlice> = (set) => ({
  rulesText: seedRulesText(),
  base: 'stock',
  plugins: 'container',
  selectedRule: null,
  setRulesText: (rulesText) => set({ rulesText }),
  setBase: (base) => set({ base }),
  setPlugins: (plugins) => set({ plugins }),
  selectRule: (selectedRule) => set({ selectedRule }),
});
