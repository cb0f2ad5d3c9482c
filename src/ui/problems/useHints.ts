/**
 * The linter's hints for the workspace on screen, shared by the editor (markers, quick fixes) and
 * the Hints tab. One computation per input for both: a single-entry cache keyed on the authored
 * inputs by identity (the store hands out the same objects until they change).
 *
 * The rules are not loaded a second time: the linter reads the loader's result from analyze()'s
 * compile cache (analysisLoad). When the work is heavy enough for the analysis worker (a big
 * upstream base), that load would block the main thread on each keystroke, so hints then follow
 * the text after a short pause instead of on every keystroke.
 */
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { analysisLoad, USER_RULES_FILE, type BaseChoice, type PluginsChoice } from '../../engine/analyze';
import { lintRules, type LintHint } from '../../engine/lint';
import type { Sample, SampleDefaults } from '../../engine/sample';
import { useAppStore } from '../../state/store';
import { analysisBase } from '../../state/selectors';
import { DEFAULT_INLINE_WEIGHT_LIMIT, workWeight } from '../../worker/analysis-service';

export interface HintsInput {
  rulesText: string;
  base: BaseChoice;
  plugins: PluginsChoice;
  samples: Sample[];
  sampleDefaults: SampleDefaults | undefined;
}

const NO_HINTS: LintHint[] = [];
/** Pause after the last change before heavy work is linted. */
export const HEAVY_LINT_DELAY_MS = 600;

let last: { input: HintsInput; hints: LintHint[] } | null = null;

/** Hints for `input`, computed once per distinct input. Never throws: a failure means no hints. */
export function hintsFor(input: HintsInput): LintHint[] {
  if (last && sameInput(last.input, input)) return last.hints;
  let hints: LintHint[];
  try {
    const load = analysisLoad(input) ?? undefined;
    hints = lintRules({ rulesText: input.rulesText, file: USER_RULES_FILE, load, samples: input.samples, sampleDefaults: input.sampleDefaults });
  } catch {
    hints = NO_HINTS;
  }
  last = { input, hints };
  return hints;
}

function sameInput(a: HintsInput, b: HintsInput): boolean {
  return a.rulesText === b.rulesText && a.base === b.base && a.plugins === b.plugins
    && a.samples === b.samples && a.sampleDefaults === b.sampleDefaults;
}

function isHeavy(input: HintsInput): boolean {
  return workWeight({ ...input, sampleDefaults: input.sampleDefaults }) > DEFAULT_INLINE_WEIGHT_LIMIT;
}

/** The hints of the current workspace (same base the analysis uses). */
export function useHints(): LintHint[] {
  const input = useAppStore(useShallow((s): HintsInput => ({
    rulesText: s.rulesText,
    base: analysisBase(s),
    plugins: s.plugins,
    samples: s.samples,
    sampleDefaults: s.sampleDefaults,
  })));
  const heavy = isHeavy(input);
  const immediate = useMemo(
    () => (heavy ? null : hintsFor(input)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fields compared by identity
    [heavy, input.rulesText, input.base, input.plugins, input.samples, input.sampleDefaults],
  );
  const [delayed, setDelayed] = useState<{ input: HintsInput; hints: LintHint[] } | null>(null);
  useEffect(() => {
    if (!heavy) return;
    const timer = setTimeout(() => setDelayed({ input, hints: hintsFor(input) }), HEAVY_LINT_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fields compared by identity
  }, [heavy, input.rulesText, input.base, input.plugins, input.samples, input.sampleDefaults]);
  if (immediate) return immediate;
  // Heavy work: the last hints computed stay shown until the text rests, but only while they
  // still describe this text (their ranges index it).
  return delayed && delayed.input.rulesText === input.rulesText ? delayed.hints : NO_HINTS;
}
