import { describe, expect, it } from 'vitest';
import { clauseCoverage, diffBaseline, nextExpectation, outcomeOf, scoreboard, withExpectation, type Baseline } from '../../src/engine/explain';
import { explainAll, rulesWith } from './helpers';

describe('scoreboard', () => {
  it('classifies rows and computes precision and recall', () => {
    expect(outcomeOf('alert', 'match')).toBe('TP');
    expect(outcomeOf('no_alert', 'match')).toBe('FP');
    expect(outcomeOf('alert', 'miss')).toBe('FN');
    expect(outcomeOf('no_alert', 'miss')).toBe('TN');
    expect(outcomeOf(undefined, 'match')).toBeNull();
    expect(outcomeOf('alert', 'error')).toBeNull();
    const s = scoreboard([
      { expect: 'alert', verdict: 'match' }, { expect: 'alert', verdict: 'match' },
      { expect: 'no_alert', verdict: 'match' }, { verdict: 'miss' }, { expect: 'alert', verdict: 'error' },
    ]);
    expect(s).toEqual({ tp: 2, fp: 1, fn: 0, tn: 0, unlabeled: 1, errors: 1, precision: 2 / 3, recall: 1 });
    expect(scoreboard([]).precision).toBeNull();
  });
  it('a disabled rule never alerts: its match counts as no alert (as in Falco and the test CLI)', () => {
    expect(outcomeOf('no_alert', 'match', false)).toBe('TN');
    expect(outcomeOf('alert', 'match', false)).toBe('FN');
    expect(outcomeOf('alert', 'error', false)).toBeNull();
    expect(scoreboard([{ expect: 'alert', verdict: 'match', enabled: false }, { expect: 'no_alert', verdict: 'match', enabled: false }]))
      .toMatchObject({ tp: 0, fp: 0, fn: 1, tn: 1, precision: null, recall: 0 });
  });
  it('cycles expectations and edits the expect map', () => {
    expect([nextExpectation(undefined), nextExpectation('alert'), nextExpectation('no_alert')]).toEqual(['alert', 'no_alert', undefined]);
    expect(withExpectation(undefined, 'R', 'alert')).toEqual({ R: 'alert' });
    expect(withExpectation({ R: 'alert', Q: 'no_alert' }, 'R', undefined)).toEqual({ Q: 'no_alert' });
    expect(withExpectation({ R: 'alert' }, 'R', undefined)).toBeUndefined();
  });
});

describe('baseline diff', () => {
  const base: Baseline = { pinnedAt: 0, verdicts: { a: { R: 'match' }, b: { R: 'match' }, c: { R: 'miss' }, d: { R: 'miss' } } };
  it('names each flip by its expectation', () => {
    const d = diffBaseline(base, 'R', [
      { sampleId: 'a', expect: 'no_alert', verdict: 'miss' },
      { sampleId: 'b', expect: 'alert', verdict: 'miss' },
      { sampleId: 'c', verdict: 'miss' },
      { sampleId: 'd', verdict: 'match' },
      { sampleId: 'new', verdict: 'match' },
    ]);
    expect(d.changes.map((c) => [c.sampleId, c.kind])).toEqual([['a', 'fp_fixed'], ['b', 'tp_lost'], ['d', 'now_matches']]);
    expect(d.summary).toBe('3 rows changed: 1 FP fixed, 1 TP lost, 1 now matches');
  });
  it('the seed fix: one FP fixed', () => {
    const d = diffBaseline(base, 'R', [{ sampleId: 'a', expect: 'no_alert', verdict: 'miss' }, { sampleId: 'b', expect: 'alert', verdict: 'match' }]);
    expect(d.summary).toBe('1 row changed: 1 FP fixed');
    expect(diffBaseline(base, 'R', []).summary).toBe('No row changed since the baseline');
  });
});

describe('clause coverage', () => {
  it('counts true rows per leaf and flags never/always true clauses', () => {
    const ex = explainAll(rulesWith('proc.name in (ls, cat) and (proc.args contains x or proc.name = zzz)'), ['ls x', 'cat x', 'cat y']);
    const cov = clauseCoverage(ex);
    expect(cov.map((c) => [c.text, c.counts.true, c.rows, c.flag])).toEqual([
      ['proc.name in (ls, cat)', 3, 3, 'always_true'],
      ['proc.args contains x', 2, 3, null],
      ['proc.name = zzz', 0, 3, 'never_true'],
    ]);
    expect(cov[2].counts.not_evaluated).toBe(2);
    expect(clauseCoverage([])).toEqual([]);
  });
  it('leaves Falco\'s placeholder macros (never_true, always_true) unflagged: constant on purpose', () => {
    const extra = '- macro: never_true\n  condition: (evt.num=0)\n- macro: user_known_x\n  condition: (never_true)\n';
    const ex = explainAll(rulesWith('proc.name in (ls, cat) and not user_known_x', extra), ['ls x', 'cat y']);
    const cov = clauseCoverage(ex);
    const placeholder = cov.find((c) => c.text === 'evt.num=0')!;
    expect(placeholder.macro).toBe('never_true');
    expect(placeholder.counts.true).toBe(0);
    expect(placeholder.flag).toBeNull();
  });
});
