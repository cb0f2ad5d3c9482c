import { describe, expect, it } from 'vitest';
import { compileRegex } from './regex';

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
