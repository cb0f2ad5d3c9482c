/**
 * Size limits applied before any analysis, with messages that say what was cut and where. The
 * engine itself has the finer limits (parser nesting depth 100/1000 as libsinsp and Falco's loader,
 * macro expansion size in src/engine/rules/macros.ts, bounded link inflation in src/share).
 */
import type { Analysis, AnalysisInput } from '../engine/analyze';
import type { Diagnostic } from '../engine/diagnostics';

/** Larger rules files are refused: loading takes seconds per megabyte (the upstream set is 0.22 MB). */
export const MAX_RULES_CHARS = 2_000_000;
/** Only this many samples are evaluated; the rest are listed without verdicts. */
export const MAX_SAMPLES = 20_000;

export interface LimitedInput {
  input: AnalysisInput;
  /** Set when the rules file is refused: the analysis to show instead of running one. */
  refused?: Analysis;
  problems: Diagnostic[];
}

export function applyLimits(input: AnalysisInput): LimitedInput {
  const problems: Diagnostic[] = [];
  if (input.rulesText.length > MAX_RULES_CHARS) {
    const d: Diagnostic = {
      code: 'FRP_RULES_TOO_LARGE',
      severity: 'error',
      // Nothing at all is loaded, linted or evaluated (not even the part before the limit, which
      // may end mid-item); the range marks what is over.
      message: `The rules file is too large to analyse here (${input.rulesText.length.toLocaleString('en-US')} characters; at most ${MAX_RULES_CHARS.toLocaleString('en-US')}), so none of it is loaded: no rule is compiled or evaluated, and no hints are given, until it is shortened. The characters past the limit start here.`,
      range: { start: MAX_RULES_CHARS, end: input.rulesText.length },
    };
    return { input, refused: { diagnostics: [d], baseDiagnostics: [], rules: [], samples: [] }, problems: [d] };
  }
  let samples = input.samples;
  if (samples.length > MAX_SAMPLES) {
    problems.push({
      code: 'FRP_TOO_MANY_SAMPLES',
      severity: 'warning',
      message: `Only the first ${MAX_SAMPLES.toLocaleString('en-US')} of ${samples.length.toLocaleString('en-US')} samples are evaluated.`,
      range: { start: 0, end: 0 },
    });
    samples = samples.slice(0, MAX_SAMPLES);
  }
  return { input: samples === input.samples ? input : { ...input, samples }, problems };
}

/** The analysis with the limit problems first. */
export function withLimitProblems(a: Analysis, problems: Diagnostic[]): Analysis {
  if (!problems.length) return a;
  return { ...a, diagnostics: [...problems, ...a.diagnostics] };
}
