/**
 * RE2 on the page. The engine's `regex` operator asks src/engine/eval/regex.ts for a compiled
 * pattern synchronously; here the page fetches the RE2 code right away (src/main.tsx) without
 * waiting for it, since the first verdicts of most rules do not need it. Until it arrives, a
 * `regex` condition gets no verdict: the analysis service shows its rows as pending and analyses
 * again when it is installed.
 *
 * Page features that compile rules themselves (linter, explanations, exception proposals, lessons)
 * load through `afterRegexEngine`, so they never see the engine missing.
 */
import { regexEngineFailed, setRegexEngine } from '../../engine/eval/regex';
import { lazyModule } from './lazy-module';

const re2 = lazyModule(() => import('../../engine/eval/re2'));
let started: Promise<void> | null = null;

/** Fetches and installs RE2 (once); resolves when `regex` compiles for real, or definitely fails. */
export function startRegexEngine(): Promise<void> {
  started ??= re2.load().then(
    (m) => setRegexEngine(m.re2Engine),
    (e: unknown) => regexEngineFailed(e instanceof Error ? e.message : String(e)),
  );
  return started;
}

/** `p`'s module, once RE2 is installed too. */
export function afterRegexEngine<M>(p: Promise<M>): Promise<M> {
  return Promise.all([p, startRegexEngine()]).then(([m]) => m);
}
