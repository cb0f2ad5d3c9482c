import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { astEquals, stripRanges } from './equality';
import { formatCondition, quote } from './format';
import { parseCondition } from './parse';
import { unescapeQuoted } from './escaping';

function ast(text: string): Expr {
  const r = parseCondition(text, { maxDepth: 1000 });
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.ast;
}

describe('formatCondition', () => {
  it('keeps a short condition on one line with only the parentheses it needs', () => {
    expect(formatCondition(ast('(a and b) or (c and (d or e))'))).toBe('a and b or c and (d or e)');
    expect(formatCondition(ast('not (not a) and not not b'))).toBe('not (not a) and not not b');
    expect(formatCondition(ast('(a and b) and c'))).toBe('(a and b) and c');
    expect(formatCondition(ast('proc.name  =  "x y"'))).toBe('proc.name = "x y"');
  });

  it('puts one clause per line, operator first, nested groups indented', () => {
    const long = 'evt.type in (execve, execveat) and proc.name in (bash, sh, zsh) and not ' +
      '(proc.pname = sshd or proc.pname = login or proc.pname = systemd or proc.aname[2] = containerd-shim or proc.pname = runc)';
    expect(formatCondition(ast(long))).toBe([
      'evt.type in (execve, execveat)',
      'and proc.name in (bash, sh, zsh)',
      'and not (',
      '  proc.pname = sshd',
      '  or proc.pname = login',
      '  or proc.pname = systemd',
      '  or proc.aname[2] = containerd-shim',
      '  or proc.pname = runc',
      ')',
    ].join('\n'));
  });

  it('wraps long lists inside their parentheses', () => {
    const items = Array.from({ length: 40 }, (_, i) => `item${i}`);
    const out = formatCondition(ast(`proc.name in (${items.join(', ')})`));
    expect(out.split('\n')[0]).toBe('proc.name in (');
    expect(out.split('\n').every((l) => l.length <= 100)).toBe(true);
    expect(astEquals(ast(out), ast(`proc.name in (${items.join(',')})`))).toBe(true);
  });

  it.each([
    'a and b and c',
    '(a and b) and c',
    'a or (b or c)',
    'not not not a',
    'not (not (not a))',
    'proc.env["A B"] = \'x\' and getopt(fd.types, "ab:")["b"] = val(proc.name)',
    'join(",", (proc.name, "a\\\\b", 1)) = x',
    'proc.name contains oneof (a, "b c") or proc.name = oneof',
  ])('keeps the meaning of %j', (text) => {
    const a = ast(text);
    expect(astEquals(ast(formatCondition(a)), a)).toBe(true);
  });
});

describe('quote', () => {
  it.each(['', 'a b', 'a"b', "a'b", 'a\\', '\\\\', 'a\nb\tc', 'x\\ y'])('reads back %j', (s) => {
    const res = unescapeQuoted(quote(s));
    expect(res).toEqual({ ok: true, value: s });
  });
});

describe('stripRanges / astEquals', () => {
  it('ignores positions but not content', () => {
    expect(astEquals(ast('a  and\tb'), ast('a and b'))).toBe(true);
    expect(astEquals(ast('a and b'), ast('a or b'))).toBe(false);
    expect(astEquals(ast('x.y = "a"'), ast("x.y = 'a'"))).toBe(false); // spelling (raw) differs
    expect(JSON.stringify(stripRanges(ast('x.y = a')))).not.toContain('range');
  });
});
