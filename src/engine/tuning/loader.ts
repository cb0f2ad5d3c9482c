import { loadRules } from '../rules';
import type { FalcoEvent } from '../event/types';

/** A rules file given to the loader. */
export interface TuningFile {
  name: string;
  content: string;
}

/**
 * What tuning needs from a load: each rule's compiled filter, or its error, and the event types it
 * is filed under (rules/ruleset.ts; absent = every type).
 */
export interface TuningLoad {
  rules: { name: string; file?: string; filter?: { evaluate(ev: FalcoEvent): boolean }; error?: { message: string }; evttypes?: readonly string[] | null }[];
  errors: { message: string; code?: string }[];
}

/** Loads the user's text (after the base files) and returns the compiled rules. */
export type TuningLoader = (rulesText: string) => TuningLoad;

/**
 * The real loader, in lenient mode (as the UI uses it) so one broken rule elsewhere in the file
 * does not hide the verdicts of the rule being tuned. Each proposal is a load: on the page they
 * run on the main thread, within its expansion budget (src/worker/main-thread.ts).
 */
export function rulesLoader(
  baseFiles: TuningFile[],
  file: string,
  plugins: 'container' | 'none' = 'container',
  /** Macro nodes a load may inline (the page's main thread passes its own, smaller budget). */
  maxInlinedNodes?: number,
): TuningLoader {
  return (rulesText) => {
    const r = loadRules([...baseFiles, { name: file, content: rulesText }], { plugins, lenient: true, maxInlinedNodes });
    return { rules: r.rules, errors: r.errors.filter((e) => e.file === file) };
  };
}
