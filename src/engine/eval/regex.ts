/**
 * `regex`: Falco matches it with RE2 (POSIX syntax, full match; the engine is ./re2.ts). This
 * module is the seam between the compiler, which asks for a pattern synchronously (check.ts), and
 * the RE2 code, which the page loads a moment after its first verdicts (it is as large as the rest
 * of the engine, and most rules never use `regex`). Node, the CLI, the tests and the analysis
 * worker install it before anything compiles (./re2-install.ts), so for them nothing changes.
 *
 * Until an engine is installed a pattern does not compile: the result is an error whose message
 * says RE2 is loading, and `regexEngineState().missed` records that a compile depended on it. Such
 * a result must not be shown as a verdict: the page's analysis service shows those rows as pending
 * and analyses again when the engine arrives (src/worker/analysis-service.ts). Anything that caches
 * compiled conditions must key on `regexEngineState().generation`, which changes whenever what
 * compileRegex answers may change (analyze.ts's compile cache does).
 */

export type RegexResult = { ok: true; test: (s: string) => boolean } | { ok: false; message: string };

export interface RegexEngine {
  compile(pattern: string): RegexResult;
}

export const REGEX_ENGINE_LOADING = 'the regex engine (RE2) is still loading';

let engine: RegexEngine | null = null;
let failure: string | null = null;
let generation = 0;
let missed = false;
const listeners = new Set<() => void>();

/**
 * A compile made without an engine either used `regex` (then `missed` is set and its result was
 * provisional) or did not depend on the engine at all; so the generation moves only when something
 * was missed, and cached compiles of rules without `regex` stay valid when RE2 arrives.
 */
function changed(always: boolean): void {
  if (always || missed) generation++;
  missed = false;
  for (const l of [...listeners]) l();
}

/** Installs the engine (null takes it away again: tests of the loading state do). */
export function setRegexEngine(e: RegexEngine | null): void {
  const had = engine !== null || failure !== null;
  engine = e;
  failure = null;
  changed(had);
}

/** The engine could not be loaded: from now on a pattern is a compile error saying so. */
export function regexEngineFailed(message: string): void {
  if (engine) return;
  failure = message;
  changed(false);
}

export interface RegexEngineState {
  /** An engine is installed (or failed to load: patterns then get a definite error). */
  ready: boolean;
  /** Changes whenever compileRegex's answers may change. */
  generation: number;
  /** Since the last change, a pattern was compiled without an engine (that result is provisional). */
  missed: boolean;
}

export function regexEngineState(): RegexEngineState {
  return { ready: engine !== null || failure !== null, generation, missed };
}

/** Called after every install, removal or failure. */
export function onRegexEngineChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function compileRegex(pattern: string): RegexResult {
  if (engine) return engine.compile(pattern);
  if (failure !== null) return { ok: false, message: `the regex engine (RE2) could not be loaded (${failure}): reload the page` };
  missed = true;
  return { ok: false, message: REGEX_ENGINE_LOADING };
}
