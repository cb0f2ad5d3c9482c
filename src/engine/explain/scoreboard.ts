/**
 * Expectations against verdicts: each labelled row is a true/false positive/negative, and the
 * scoreboard sums them for one rule. A row whose verdict is an error, or that has no expectation,
 * is not counted in the four cells.
 *
 * An expectation is about alerts, and Falco never alerts for a disabled rule (`enabled: false`):
 * its condition may match (the table still shows what it would match, verdict 'match'), but the
 * outcome counts it as not alerting, as the `test` CLI does (src/cli/test.ts).
 */
import type { Verdict } from '../analyze';
import type { Expectation } from '../sample/types';

export type Outcome = 'TP' | 'FP' | 'FN' | 'TN';

export const OUTCOME_TEXT: Record<Outcome, string> = {
  TP: 'true positive',
  FP: 'false positive',
  FN: 'false negative',
  TN: 'true negative',
};

/** Whether Falco alerts: the rule matched and is enabled. null when the verdict is an error. */
export function alertOf(verdict: Verdict | undefined, enabled = true): Expectation | null {
  if (verdict !== 'match' && verdict !== 'miss') return null;
  return verdict === 'match' && enabled ? 'alert' : 'no_alert';
}

export function outcomeOf(expect: Expectation | undefined, verdict: Verdict | undefined, enabled = true): Outcome | null {
  const actual = alertOf(verdict, enabled);
  if (!expect || !actual) return null;
  if (expect === 'alert') return actual === 'alert' ? 'TP' : 'FN';
  return actual === 'alert' ? 'FP' : 'TN';
}

export interface ScoreRow {
  expect?: Expectation;
  verdict?: Verdict;
  /** The rule's `enabled` (default true): a disabled rule's match is not an alert. */
  enabled?: boolean;
}

export interface Scoreboard {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Rows with no expectation for the rule. */
  unlabeled: number;
  /** Labelled rows whose verdict is an error. */
  errors: number;
  /** tp / (tp + fp); null when the rule alerted on no labelled row. */
  precision: number | null;
  /** tp / (tp + fn); null when no row expects an alert. */
  recall: number | null;
}

export function scoreboard(rows: ScoreRow[]): Scoreboard {
  const s: Scoreboard = { tp: 0, fp: 0, fn: 0, tn: 0, unlabeled: 0, errors: 0, precision: null, recall: null };
  for (const r of rows) {
    if (!r.expect) { s.unlabeled++; continue; }
    const o = outcomeOf(r.expect, r.verdict, r.enabled ?? true);
    if (!o) { s.errors++; continue; }
    s[o.toLowerCase() as 'tp' | 'fp' | 'fn' | 'tn']++;
  }
  s.precision = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : null;
  s.recall = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : null;
  return s;
}

/** The next expectation when cycling: unspecified → alert → no alert → unspecified. */
export function nextExpectation(e: Expectation | undefined): Expectation | undefined {
  return e === undefined ? 'alert' : e === 'alert' ? 'no_alert' : undefined;
}

/** A sample's `expect` map with the rule's expectation set (or removed); undefined when empty. */
export function withExpectation(
  expect: Record<string, Expectation> | undefined, rule: string, value: Expectation | undefined,
): Record<string, Expectation> | undefined {
  const next = { ...(expect ?? {}) };
  if (value) next[rule] = value;
  else delete next[rule];
  return Object.keys(next).length ? next : undefined;
}
