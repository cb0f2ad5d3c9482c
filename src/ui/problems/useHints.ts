/**
 * The linter's hints for the workspace on screen, shared by the editor (markers, quick fixes) and
 * the Hints tab. One computation per input for both: a single-entry cache keyed on the authored
 * inputs by identity (the store hands out the same objects until they change).
 *
 * Hints are advice, verdicts are the product: a keystroke re-renders the verdicts first and the
 * hints right after. Small work is linted on the page in a deferred render (useDeferredValue),
 * reading the loader's result from analyze()'s compile cache (analysisLoad) instead of loading the
 * rules again. Heavy work (a big base, many samples) is linted by the analysis worker, which sends
 * the hints after the verdicts. Either way the hints may describe the text of a keystroke ago, so
 * they come with the text their ranges index.
 */
import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { analysisLoad, USER_RULES_FILE, type BaseChoice, type PluginsChoice } from '../../engine/analyze';
import { lintRules, type LintHint } from '../../engine/lint';
import type { Sample, SampleDefaults } from '../../engine/sample';
import { useAppStore } from '../../state/store';
import { analysisBase } from '../../state/selectors';
import { analysisService, workWeight } from '../../worker';
import { DEFAULT_INLINE_WEIGHT_LIMIT } from '../../worker/analysis-service';

export interface HintsInput {
  rulesText: string;
  base: BaseChoice;
  plugins: PluginsChoice;
  samples: Sample[];
  sampleDefaults: SampleDefaults | undefined;
}

export interface HintsView {
  hints: LintHint[];
  /** The rules text the hints' ranges index (may be a keystroke behind the editor). */
  rulesText: string;
}

const NO_HINTS: LintHint[] = [];

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

/** Mirrors the analysis service's choice: work it sends to the worker is linted there. */
function isHeavy(input: HintsInput): boolean {
  return workWeight({ ...input, sampleDefaults: input.sampleDefaults }) > DEFAULT_INLINE_WEIGHT_LIMIT;
}

/** The hints of the current workspace (same base the analysis uses), with the text they index. */
export function useHintsView(): HintsView {
  const current = useAppStore(useShallow((s): HintsInput => ({
    rulesText: s.rulesText,
    base: analysisBase(s),
    plugins: s.plugins,
    samples: s.samples,
    sampleDefaults: s.sampleDefaults,
  })));
  const input = useDeferredValue(current);
  useSyncExternalStore(analysisService.subscribe, analysisService.getVersion);
  const heavy = isHeavy(input) && analysisService.usesWorker();
  const inline = useMemo(
    () => (heavy ? null : { hints: hintsFor(input), rulesText: input.rulesText }),
    [heavy, input],
  );
  if (inline) return inline;
  return analysisService.workerHints() ?? { hints: NO_HINTS, rulesText: current.rulesText };
}

/** The hints alone, for lists that do not place ranges in the editor. */
export function useHints(): LintHint[] {
  return useHintsView().hints;
}
