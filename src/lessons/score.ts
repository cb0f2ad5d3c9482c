import { baseFiles } from '../engine/base/stock';
import { loadRules, ruleMatches, type LoadedRule } from '../engine/rules';
import { sampleToEvent } from '../engine/sample';
import type { Lesson } from './types';

export type RowOutcome = 'tp' | 'fp' | 'fn' | 'tn' | 'error';

export interface LessonRowScore {
  sampleId: string;
  command: string;
  expected: 'alert' | 'no_alert';
  matched: boolean | null;
  outcome: RowOutcome;
}

export interface LessonScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Every expectation met and the rule compiled. */
  done: boolean;
  rows: LessonRowScore[];
  /** Why no verdicts could be computed (load error, rule missing). */
  error?: string;
  /** The lesson's extra requirement that is not met yet. */
  unmet?: string;
}

/**
 * Scores a lesson attempt: loads the base ruleset and the learner's text with the real loader,
 * evaluates the lesson's rule on every sample, and compares with the expectations. Pure (no
 * storage, no DOM); a broken file scores as an error, never throws. The page scores on its main
 * thread at every keystroke and passes that thread's expansion budget (src/worker/main-thread.ts).
 */
export function lessonScore(lesson: Lesson, rulesText: string, options: { maxInlinedNodes?: number } = {}): LessonScore {
  const score: LessonScore = { tp: 0, fp: 0, fn: 0, tn: 0, done: false, rows: [] };
  let rule: LoadedRule | undefined;
  try {
    const load = loadRules([...baseFiles(lesson.base), { name: 'rules.yaml', content: rulesText }], { lenient: true, maxInlinedNodes: options.maxInlinedNodes });
    const found = load.rules.find((r) => r.name === lesson.ruleName);
    if (!found) score.error = `The file has no rule named "${lesson.ruleName}".`;
    else if (!found.filter) score.error = found.error?.message ?? `Rule "${lesson.ruleName}" did not compile.`;
    else rule = found;
    if (!score.error && !load.ok && load.errors.length && !rule) score.error = load.errors[0].message;
  } catch (e) {
    score.error = e instanceof Error ? e.message : String(e);
  }
  for (const s of lesson.samples) {
    const expected = s.expect?.[lesson.ruleName];
    if (!expected) continue;
    let matched: boolean | null = null;
    if (rule) {
      const ev = sampleToEvent(s);
      if (ev.ok) {
        try {
          // As the playground and Falco decide it (rules/ruleset.ts): the sample's own evt.type counts.
          matched = ruleMatches(rule, ev.event);
        } catch {
          matched = null;
        }
      }
    }
    const outcome: RowOutcome =
      matched === null ? 'error' : matched ? (expected === 'alert' ? 'tp' : 'fp') : expected === 'alert' ? 'fn' : 'tn';
    if (outcome !== 'error') score[outcome]++;
    score.rows.push({ sampleId: s.id, command: s.command, expected, matched, outcome });
  }
  if (lesson.requirement) {
    try {
      score.unmet = lesson.requirement(rulesText) ?? undefined;
    } catch {
      score.unmet = 'The requirement could not be checked.';
    }
  }
  score.done = !score.error && !score.unmet && score.rows.length > 0 && score.rows.every((r) => r.outcome === 'tp' || r.outcome === 'tn');
  return score;
}
