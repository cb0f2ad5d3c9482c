import { afterEach, describe, expect, it } from 'vitest';
import { re2Engine } from './re2';
import { compileRegex, onRegexEngineChange, REGEX_ENGINE_LOADING, regexEngineFailed, regexEngineState, setRegexEngine } from './regex';

describe('regex (RE2, POSIX syntax, full match)', () => {
  const ok = (p: string) => {
    const r = compileRegex(p);
    if (!r.ok) throw new Error(r.message);
    return r.test;
  };
  it('is anchored at both ends', () => {
    expect(ok('ptabl')('iptables')).toBe(false);
    expect(ok('.*ptabl.*')('iptables')).toBe(true);
    expect(ok('')('')).toBe(true);
    expect(ok('')('x')).toBe(false);
  });
  it('accepts POSIX classes and double repetition', () => {
    expect(ok('[[:alpha:]]+')('abc')).toBe(true);
    expect(ok('a**')('aaa')).toBe(true);
  });
  it('negated classes match a newline (RE2::Options::ParseFlags sets ClassNL), "." does not', () => {
    expect(ok('a[^x]b')('a\nb')).toBe(true);
    expect(ok('a[[:space:]]b')('a\nb')).toBe(true);
    expect(ok('a.b')('a\nb')).toBe(false);
    // No OneLine flag in POSIX mode: ^ and $ also match around embedded newlines.
    expect(ok('a$\n^b')('a\nb')).toBe(true);
  });
  it.each([
    ['(', 'invalid regex pattern: missing ): ('],
    ['(?i)IPT.*', 'invalid regex pattern: no argument for repetition operator: ?'],
    ['\\d+', 'invalid regex pattern: invalid escape sequence: \\d'],
    ['a{2,1}', 'invalid regex pattern: invalid repetition size: {2,1}'],
    ['[a-', 'invalid regex pattern: invalid UTF-8'],
    ['[a', 'invalid regex pattern: missing ]: [a'],
  ])('%s is rejected with libsinsp\'s text', (p, msg) => {
    const r = compileRegex(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(msg);
  });
});

describe('the regex engine seam (the page installs RE2 after its first verdicts)', () => {
  afterEach(() => setRegexEngine(re2Engine));

  it('without an engine a pattern does not compile, and the miss is recorded', () => {
    setRegexEngine(null);
    expect(regexEngineState()).toMatchObject({ ready: false, missed: false });
    expect(compileRegex('a.*')).toEqual({ ok: false, message: REGEX_ENGINE_LOADING });
    expect(regexEngineState().missed).toBe(true);
  });

  it('installing moves the generation only when a compile was missed (cached rules without regex stay valid)', () => {
    setRegexEngine(null);
    const g = regexEngineState().generation;
    setRegexEngine(re2Engine);
    expect(regexEngineState()).toMatchObject({ ready: true, generation: g, missed: false });
    setRegexEngine(null);
    compileRegex('a');
    const missedAt = regexEngineState().generation;
    setRegexEngine(re2Engine);
    expect(regexEngineState().generation).toBe(missedAt + 1);
    expect(compileRegex('a').ok).toBe(true);
  });

  it('tells its listeners, and a failed load gives a definite error instead of waiting', () => {
    setRegexEngine(null);
    let calls = 0;
    const stop = onRegexEngineChange(() => calls++);
    regexEngineFailed('offline');
    stop();
    expect(calls).toBe(1);
    expect(regexEngineState().ready).toBe(true);
    const r = compileRegex('a');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('could not be loaded (offline)');
  });
});
