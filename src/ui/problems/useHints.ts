/**
 * The linter's hints for the workspace on screen, shared by the editor (markers, quick fixes) and
 * the Hints tab. One computation per input for both: a single-entry cache keyed on the authored
 * inputs by identity (the store hands out the same objects until they change).
 *
 * Hints are advice, verdicts are the product: the linter's code arrives after the first verdicts
 * (until then the view is `pending`), and a keystroke re-renders the verdicts first and the hints
 * right after. Small work is linted on the page in a deferred render (useDeferredValue),
 * reading the loader's result from analyze()'s compile cache (analysisLoad) instead of loading the
 * rules again. Heavy work (a big base, many samples) is linted by the analysis worker, which sends
 * the hints after the verdicts. Either way the hints may describe the text of a keystroke ago, so
 * they come with the text their ranges index.
 */
import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LintHint } from '../../engine/lint';
import { useAppStore } from '../../state/store';
import { analysisBase } from '../../state/selectors';
import { analysisService } from '../../worker';
import { lazyModule, useLazyModule } from '../lazy/lazy-module';
import { afterRegexEngine } from '../lazy/regex-engine';
import type { HintsInput } from './hints-for';

export type { HintsInput } from './hints-for';

/** The linter arrives after the first verdicts (with RE2: it reads compiled rules). */
const linter = lazyModule(() => afterRegexEngine(import('./hints-for')));

export interface HintsView {
  hints: LintHint[];
  /** The rules text the hints' ranges index (may be a keystroke behind the editor). */
  rulesText: string;
  /** The linter has not arrived yet: no hints is not "no hints". */
  pending?: boolean;
}

const NO_HINTS: LintHint[] = [];


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
  // The service's choice: work it sends to the worker is linted there (a file whose macros
  // expand past the main thread's budget too, however short), a refused file is linted nowhere.
  const placement = analysisService.placement(input);
  const heavy = placement === 'worker' && analysisService.usesWorker();
  const lint = useLazyModule(linter);
  const inline = useMemo(
    () => (heavy || !lint || placement === 'refused' ? null : { hints: lint.hintsFor(input), rulesText: input.rulesText }),
    [heavy, placement, input, lint],
  );
  if (placement === 'refused') return { hints: NO_HINTS, rulesText: current.rulesText };
  if (inline) return inline;
  if (!heavy) return { hints: NO_HINTS, rulesText: current.rulesText, pending: true };
  return analysisService.workerHints() ?? { hints: NO_HINTS, rulesText: current.rulesText };
}

/** The hints alone, for lists that do not place ranges in the editor. */
export function useHints(): LintHint[] {
  return useHintsView().hints;
}
