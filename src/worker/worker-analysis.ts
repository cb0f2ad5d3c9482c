/**
 * What the analysis worker computes for the page, without the worker plumbing (so it is unit
 * tested in Node): the analysis without its events, and the linter's hints from the same load.
 */
import { analysisLoad, analyze, USER_RULES_FILE, type Analysis, type AnalysisInput } from '../engine/analyze';
import { lintRules, type LintHint } from '../engine/lint';

/** analyze(input) minus each row's event: the page rebuilds those from its own samples. */
export function analyzeForPage(input: AnalysisInput): Analysis {
  const a = analyze(input);
  return { ...a, samples: a.samples.map(({ event: _event, ...rest }) => rest) };
}

/** The hints for the rules text of `input`; never throws (a linter failure means no hints). */
export function lintForPage(input: AnalysisInput): LintHint[] {
  try {
    const load = analysisLoad(input) ?? undefined;
    return lintRules({ rulesText: input.rulesText, file: USER_RULES_FILE, load, samples: input.samples, sampleDefaults: input.sampleDefaults });
  } catch {
    return [];
  }
}
