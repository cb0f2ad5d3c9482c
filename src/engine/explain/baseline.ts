/**
 * "What changed": verdicts pinned at one moment, compared with the current ones. With an
 * expectation, a flip has a meaning (a false positive fixed, a true positive lost ...); without
 * one it is only "now matches" / "no longer matches".
 */
import type { Verdict } from '../analyze';
import type { Expectation } from '../sample/types';

/** Pinned verdicts: sample id → rule name → verdict. */
export interface Baseline {
  pinnedAt: number;
  verdicts: Record<string, Record<string, Verdict>>;
}

export type ChangeKind = 'fp_fixed' | 'tp_lost' | 'fn_fixed' | 'new_fp' | 'now_matches' | 'no_longer_matches' | 'error';

export const CHANGE_TEXT: Record<ChangeKind, [one: string, many: string]> = {
  fp_fixed: ['FP fixed', 'FPs fixed'],
  tp_lost: ['TP lost', 'TPs lost'],
  fn_fixed: ['FN fixed', 'FNs fixed'],
  new_fp: ['new FP', 'new FPs'],
  now_matches: ['now matches', 'now match'],
  no_longer_matches: ['no longer matches', 'no longer match'],
  error: ['error change', 'error changes'],
};

export interface RowChange {
  sampleId: string;
  from: Verdict;
  to: Verdict;
  kind: ChangeKind;
}

export interface BaselineDiff {
  changes: RowChange[];
  summary: string;
}

export interface DiffRow {
  sampleId: string;
  expect?: Expectation;
  verdict: Verdict | undefined;
}

export function changeKind(from: Verdict, to: Verdict, expect: Expectation | undefined): ChangeKind {
  if (from === 'error' || to === 'error') return 'error';
  const nowMatches = to === 'match';
  if (expect === 'no_alert') return nowMatches ? 'new_fp' : 'fp_fixed';
  if (expect === 'alert') return nowMatches ? 'fn_fixed' : 'tp_lost';
  return nowMatches ? 'now_matches' : 'no_longer_matches';
}

/** Rows of `rule` whose verdict differs from the baseline (rows added since the pin are not counted). */
export function diffBaseline(baseline: Baseline, rule: string, rows: DiffRow[]): BaselineDiff {
  const changes: RowChange[] = [];
  for (const r of rows) {
    const from = baseline.verdicts[r.sampleId]?.[rule];
    if (!from || !r.verdict || from === r.verdict) continue;
    changes.push({ sampleId: r.sampleId, from, to: r.verdict, kind: changeKind(from, r.verdict, r.expect) });
  }
  return { changes, summary: summarize(changes) };
}

/** "2 rows changed: 1 FP fixed, 1 TP lost" (kinds in a fixed order, good news first). */
export function summarize(changes: RowChange[]): string {
  if (changes.length === 0) return 'No row changed since the baseline';
  const order: ChangeKind[] = ['fp_fixed', 'fn_fixed', 'tp_lost', 'new_fp', 'now_matches', 'no_longer_matches', 'error'];
  const parts = order
    .map((k) => [k, changes.filter((c) => c.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${CHANGE_TEXT[k][n === 1 ? 0 : 1]}`);
  return `${changes.length} ${changes.length === 1 ? 'row' : 'rows'} changed: ${parts.join(', ')}`;
}
