/** The data analyze() takes and returns (re-exported by analyze.ts, where the UI imports it). */
import type { Diagnostic } from '../diagnostics';
import type { FalcoEvent } from '../event/types';
import type { LoadResult, LoadedRule } from '../rules';
import type { Sample, SampleDefaults } from '../sample';
import type { Range } from '../text/range';

export type BaseChoice = 'stock' | 'none' | { files: { name: string; content: string }[] };
export type PluginsChoice = 'container' | 'none';
export type Verdict = 'match' | 'miss' | 'error';

export interface AnalysisInput {
  rulesText: string;
  base: BaseChoice;
  samples: Sample[];
  plugins: PluginsChoice;
  /** File-level sample defaults (from the samples YAML); applied under each sample's own context. */
  sampleDefaults?: SampleDefaults;
}

export interface RuleSummary {
  name: string;
  enabled: boolean;
  priority: string;
  /** Why the rule cannot be evaluated (its condition did not compile, ...). */
  error?: Diagnostic;
  /** Where the rule is defined in the user's rules text. */
  range: Range;
}

export interface SampleResult {
  sampleId: string;
  /**
   * The sample itself could not become an event (unterminated quote, ...). `range` indexes the
   * command text unless `key` names another part of the sample (user, tty, cwd ...).
   */
  error?: { message: string; range: Range; key?: string };
  perRule: Record<string, Verdict>;
  /** Rendered output of each rule that matched. */
  outputs: Record<string, string>;
  /** Notes from building the event (e.g. "shebang script"); informative only. */
  notes: string[];
  /** The event the sample became (absent when `error` is set). */
  event?: FalcoEvent;
}

export interface Analysis {
  /** Problems in the user's rules text (ranges index rulesText). */
  diagnostics: Diagnostic[];
  /** Problems in the base files, each with `file` set (ranges index that file). */
  baseDiagnostics: Diagnostic[];
  /** Rules defined in the user's file, in file order. */
  rules: RuleSummary[];
  samples: SampleResult[];
}


/**
 * What an explanation of one rule needs beyond the verdicts: the loaded rule (its compiled filter
 * has `trace(ev)`), and the macros and lists of the whole load, so the explanation can name them.
 */
export interface RuleExplainContext {
  rule: LoadedRule;
  macros: LoadResult['macros'];
  lists: LoadResult['lists'];
}
