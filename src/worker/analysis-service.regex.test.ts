/**
 * The page loads RE2 after its first verdicts (src/ui/lazy/regex-engine.ts). Until it is
 * installed, a rule using `regex` must get no verdict at all: never a match or a miss computed
 * without the engine, nor an error that is only about the engine loading.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisService, EMPTY_ANALYSIS } from './analysis-service';
import type { AnalysisInput } from '../engine/analyze';
import { re2Engine } from '../engine/eval/re2';
import { REGEX_ENGINE_LOADING, regexEngineFailed, regexEngineState, setRegexEngine } from '../engine/eval/regex';

const rule = (condition: string) => `- rule: R\n  desc: d\n  condition: ${condition}\n  output: o\n  priority: WARNING\n`;
const samples = [{ id: 'a', command: 'iptables -F' }, { id: 'b', command: 'ls' }];
const input = (condition: string): AnalysisInput => ({ rulesText: rule(condition), base: 'none', plugins: 'container', samples });
const noWorker = () => new AnalysisService({ createWorker: () => null });
const verdicts = (s: AnalysisService, i: AnalysisInput) => s.view(i).analysis.samples.map((r) => r.perRule.R);

beforeEach(() => setRegexEngine(null)); // the page before RE2 has arrived
afterEach(() => setRegexEngine(re2Engine)); // what every other test runs with (vitest setupFiles)

describe('a regex condition before RE2 has loaded', () => {
  it('is pending (no verdict, no problem shown), then analysed when the engine arrives', () => {
    const s = noWorker();
    let notified = 0;
    s.subscribe(() => notified++);
    const i = input('proc.name regex "ipt.*"');
    const before = s.view(i);
    expect(before.stale).toBe(true);
    expect(before.analysis).toBe(EMPTY_ANALYSIS);
    expect(regexEngineState().missed).toBe(true);

    setRegexEngine(re2Engine);
    expect(notified).toBe(1);
    const after = s.view(i);
    expect(after.stale).toBe(false);
    expect(after.analysis.samples.map((r) => r.perRule.R)).toEqual(['match', 'miss']);
    expect(after.analysis.diagnostics.map((d) => d.message)).not.toContain(REGEX_ENGINE_LOADING);
  });

  it('keeps the previous verdicts on screen, marked stale, while a regex edit waits', () => {
    const s = noWorker();
    expect(verdicts(s, input('proc.name = ls'))).toEqual(['miss', 'match']);
    const waiting = s.view(input('proc.name regex "ls"'));
    expect(waiting.stale).toBe(true);
    expect(waiting.analysis.samples.map((r) => r.perRule.R)).toEqual(['miss', 'match']);
    setRegexEngine(re2Engine);
    expect(verdicts(s, input('proc.name regex "ls"'))).toEqual(['miss', 'match']);
  });

  it('a regex inside a macro waits too, and rules without regex get their verdicts at once', () => {
    const s = noWorker();
    const macro = `- macro: m\n  condition: proc.name regex "ipt.*"\n${rule('m')}`;
    expect(s.view({ ...input('x'), rulesText: macro }).stale).toBe(true);

    setRegexEngine(null);
    const fresh = noWorker();
    const v = fresh.view(input('proc.name startswith ipt'));
    expect(v.stale).toBe(false);
    expect(v.analysis.samples.map((r) => r.perRule.R)).toEqual(['match', 'miss']);
  });

  it('an invalid pattern gets its real error once the engine is there', () => {
    const s = noWorker();
    const i = input('proc.name regex "("');
    expect(s.view(i).stale).toBe(true);
    setRegexEngine(re2Engine);
    const v = s.view(i);
    expect(v.stale).toBe(false);
    expect(v.analysis.samples.map((r) => r.perRule.R)).toEqual(['error', 'error']);
    expect(v.analysis.rules[0].error?.message).toContain('invalid regex pattern: missing )');
  });

  it('if RE2 cannot be loaded, the rule says so instead of waiting forever', () => {
    const s = noWorker();
    const i = input('proc.name regex "ipt.*"');
    expect(s.view(i).stale).toBe(true);
    regexEngineFailed('offline');
    const v = s.view(i);
    expect(v.stale).toBe(false);
    expect(v.analysis.samples.map((r) => r.perRule.R)).toEqual(['error', 'error']);
    expect(v.analysis.rules[0].error?.message).toContain('could not be loaded (offline)');
  });
});
