import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { parseCondition } from './parse';
import { printCondition } from './printer';
import { substituteIdentifiers } from './transform';

const parse = (t: string): Expr => {
  const r = parseCondition(t);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
};

describe('substituteIdentifiers', () => {
  const macros: Record<string, Expr> = {
    spawned_process: parse('evt.type in (execve, execveat)'),
    shell: parse('proc.name = bash or proc.name = sh'),
    neg: parse('not proc.name = x'),
  };
  const resolve = (id: { name: string }) => macros[id.name];

  it('inlines macro bodies as AST nodes, so they act parenthesised (as_string shows it)', () => {
    const out = substituteIdentifiers(parse('spawned_process and shell and not neg and unknown'), resolve);
    expect(printCondition(out)).toBe(
      '(evt.type in (execve, execveat) and (proc.name = bash or proc.name = sh) and not not proc.name = x and unknown)',
    );
  });

  it('leaves the input untouched and shares unchanged subtrees', () => {
    const ast = parse('a.b = c or (m and x.y exists)');
    const out = substituteIdentifiers(ast, () => parse('z.z = 1'));
    expect(printCondition(ast)).toBe('(a.b = c or (m and x.y exists))');
    expect(printCondition(out)).toBe('(a.b = c or (z.z = 1 and x.y exists))');
    expect(out.kind === 'or' && ast.kind === 'or' && out.children[0] === ast.children[0]).toBe(true);
    expect(substituteIdentifiers(ast, () => undefined)).toBe(ast);
  });

  it('handles very long not runs', () => {
    const ast = parse('not '.repeat(20_001) + 'm');
    expect(printCondition(substituteIdentifiers(ast, () => parse('a.b exists')))).toBe('not a.b exists');
  });
});
