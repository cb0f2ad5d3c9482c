/**
 * The linter run behind the Hints tab and the editor's hint markers: one computation per input,
 * a single-entry cache keyed on the authored inputs by identity (the store hands out the same
 * objects until they change). It reads the loader's result from analyze()'s compile cache
 * (the page's analyzer, src/worker/main-thread.ts) instead of loading the rules again.
 *
 * Loaded by the page after its first verdicts (useHints.ts), like the linter it runs.
 */
import { USER_RULES_FILE, type BaseChoice, type PluginsChoice } from '../../engine/analyze';
import { mainThreadAnalyzer } from '../../worker/main-thread';
import { MAX_RULES_CHARS } from '../../worker/limits';
import { lintRules, type LintHint } from '../../engine/lint';
import type { Sample, SampleDefaults } from '../../engine/sample';
import { regexEngineState } from '../../engine/eval/regex';

export interface HintsInput {
  rulesText: string;
  base: BaseChoice;
  plugins: PluginsChoice;
  samples: Sample[];
  sampleDefaults: SampleDefaults | undefined;
}

const NO_HINTS: LintHint[] = [];

let last: { input: HintsInput; regex: number; hints: LintHint[] } | null = null;

/** Hints for `input`, computed once per distinct input. Never throws: a failure means no hints. */
export function hintsFor(input: HintsInput): LintHint[] {
  // (the compile the hints read depends on the regex engine too: src/engine/eval/regex.ts)
  const regex = regexEngineState().generation;
  if (last && last.regex === regex && sameInput(last.input, input)) return last.hints;
  // A file the analysis refuses (worker/limits.ts) is not linted either: it is not loaded at all.
  if (input.rulesText.length > MAX_RULES_CHARS) return NO_HINTS;
  let hints: LintHint[];
  try {
    const load = mainThreadAnalyzer.analysisLoad(input) ?? undefined;
    hints = lintRules({ rulesText: input.rulesText, file: USER_RULES_FILE, load, samples: input.samples, sampleDefaults: input.sampleDefaults });
  } catch {
    hints = NO_HINTS;
  }
  last = { input, regex, hints };
  return hints;
}

function sameInput(a: HintsInput, b: HintsInput): boolean {
  return a.rulesText === b.rulesText && a.base === b.base && a.plugins === b.plugins
    && a.samples === b.samples && a.sampleDefaults === b.sampleDefaults;
}

