import type { Sample } from '../engine/sample';

/**
 * A built-in lesson: a rules file that gets something wrong, sample rows with the verdict each
 * should get, and a reference solution. The learner edits the rules until every row is green.
 */
export interface Lesson {
  id: string;
  title: string;
  /** One line for the lessons menu. */
  summary: string;
  /** The rule whose verdicts are scored. */
  ruleName: string;
  /** Starting rules file (loaded after the base ruleset). */
  rulesText: string;
  /** Rows, each with `expect[ruleName]`. */
  samples: Sample[];
  /** What to achieve, shown in the banner. */
  goal: string;
  /** Progressive hints, gentlest first. */
  hints: string[];
  /** Why it happens, in a few sentences (shown once solved, or on request). */
  explanation: string;
  /** A reference rules file that turns every row green. */
  solution: string;
  /** Base ruleset loaded before the lesson's file. */
  base: 'stock' | 'none';
  /**
   * An extra requirement on the text beyond the verdicts (e.g. "keep the condition, use
   * exceptions"): returns what is still missing, or null when satisfied.
   */
  requirement?: (rulesText: string) => string | null;
}
