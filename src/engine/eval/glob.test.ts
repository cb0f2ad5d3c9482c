import { describe, expect, it } from 'vitest';
import { asciiLower, compileGlob } from './glob';

describe('glob (fnmatch flags 0)', () => {
  it.each([
    ['/var/*', '/var/run/file.txt', true], // '*' crosses '/' without FNM_PATHNAME
    ['*', '.hidden', true], // leading dot is not special without FNM_PERIOD
    ['ipt*', 'iptables', true],
    ['ipt?bles', 'iptables', true],
    ['ipt?bles', 'ipt/bles', true],
    ['[a-c]at', 'bat', true],
    ['[!a-c]at', 'bat', false],
    ['[^a-c]at', 'rat', true],
    ['[[:digit:]]*', '7zip', true],
    ['[[:digit:]]*', 'zip', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['[abc', '[abc', true], // unterminated bracket: literal '['
    ['*.sh', 'run.sh', true],
    ['*.sh', 'run.shx', false],
    ['', '', true],
    ['a*b*c', 'aXbYbZc', true],
  ])('%s vs %s -> %s', (p, s, want) => {
    expect(compileGlob(p)(s)).toBe(want);
  });

  // glibc fnmatch corner cases (posix/fnmatch_loop.c) in the C locale, where nothing calls setlocale.
  it.each([
    ['a\\', 'a\\', false], // a trailing lone backslash never matches
    ['*x\\', 'ax\\', false],
    ['*[[:foo:]]*', 'a[[:foo:]]b', false], // unknown class name: no match at all
    ['[[:Alpha:]]', ':]', true], // not a lower-case name: '[' and ':' are set members
    ['[[.-.]]x', '-x', true], // one-byte collating symbol
    ['[[.ab.]]', 'a', false], // multi-byte collating symbol: no match
    ['[[=c=]]', 'c', true],
    ['*[c-a]*', 'abc', false], // reversed range matches nothing
    ['[a-]', '-', true],
    ['[ab', 'a', false], // the byte matched an item of an unterminated bracket: no match
    ['[a\\]', '[a]', true], // '\]' is escaped: unterminated, so '[' is literal
    ['?n*', 'ünï', false], // '?' is one byte of the two-byte 'ü'
    ['??n*', 'ünï', true],
  ])('glibc: %s vs %s -> %s', (p, s, want) => {
    expect(compileGlob(p)(s)).toBe(want);
  });

  it('iglob folds ASCII only', () => {
    expect(compileGlob('IPT*', true)('iptables')).toBe(true);
    expect(compileGlob('[A-C]AT', true)('bat')).toBe(true);
    expect(compileGlob('É*', true)('é')).toBe(false);
  });

  it('asciiLower leaves non-ASCII letters alone', () => {
    expect(asciiLower('ABC-Éé')).toBe('abc-Éé');
  });
});
