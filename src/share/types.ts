/**
 * What a share link carries: only what a person authored (the rules text, the samples file, a
 * few choices), never derived results, which the receiver recomputes.
 */
export type BaseRuleset = 'stock' | 'none' | 'upstream';
export type PluginsChoice = 'container' | 'none';

export interface ShareState {
  v: 1;
  rules: string;
  base: BaseRuleset;
  /** The samples file (src/engine/sample/yaml.ts format). */
  samplesYaml: string;
  selectedRule?: string;
  selectedSample?: number;
  plugins?: PluginsChoice;
  /**
   * With base 'upstream': the names of the upstream rules files, in load order. Only the names
   * travel (the files are large and public); the receiver is asked to load the same files.
   */
  baseFiles?: string[];
}

export const BASE_RULESETS: readonly BaseRuleset[] = ['stock', 'none', 'upstream'];
export const PLUGINS_CHOICES: readonly PluginsChoice[] = ['container', 'none'];
