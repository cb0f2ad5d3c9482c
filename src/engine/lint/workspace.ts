import { loadRules } from '../rules';
import type { Sample, SampleDefaults } from '../sample';
import { lintRules } from './lint';
import type { LintHint } from './types';

export interface LintWorkspaceInput {
  rulesText: string;
  /** The user's file name as given to the loader. */
  file: string;
  /** Files loaded before the user's (the base ruleset). */
  baseFiles: { name: string; content: string }[];
  plugins?: 'container' | 'none';
  samples?: Sample[];
  sampleDefaults?: SampleDefaults;
}

/**
 * Loads the workspace (leniently, as the UI does) and lints the user's file with the samples as
 * evidence. One call for hosts that do not already hold a LoadResult (UI hook, worker, CLI).
 */
export function lintWorkspace(input: LintWorkspaceInput): LintHint[] {
  let load;
  try {
    load = loadRules([...input.baseFiles, { name: input.file, content: input.rulesText }], { plugins: input.plugins ?? 'container', lenient: true });
  } catch {
    load = undefined;
  }
  return lintRules({ rulesText: input.rulesText, file: input.file, load, samples: input.samples, sampleDefaults: input.sampleDefaults });
}
