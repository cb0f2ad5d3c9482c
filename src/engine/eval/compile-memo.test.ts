import { describe, expect, it } from 'vitest';
import { parseCondition, type Expr } from '../condition';
import { printCondition } from '../condition/printer';
import { markShared } from '../condition/shared';
import { fromOracleEvent } from '../event/oracle-event';
import { compileCondition } from './compile';

/**
 * Macro inlining shares a macro's AST among rules (rules/macros.ts), and compilation and printing
 * reuse their work on shared subtrees. A condition built around a shared subtree must compile and
 * print exactly as the same condition with nothing shared: same verdicts, warnings in the same
 * order, the same first error.
 */
function parse(text: string): Expr {
  const p = parseCondition(text);
  if (!p.ok) throw new Error(p.error.message);
  return p.ast;
}
const unshared = (e: Expr): Expr => JSON.parse(JSON.stringify(e)) as Expr;
const ev = fromOracleEvent({ exe: 'bash', comm: 'bash', exepath: '/usr/bin/bash', args: ['-c', 'x'], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] });

describe('shared subtrees', () => {
  const macro = parse('(proc.name = proc.pname or proc.args regex "abc") and not proc.name in (sh, "bash")');
  markShared(macro);
  const rules: Expr[] = [
    { kind: 'and', children: [parse('evt.type = execve'), macro], range: { start: 0, end: 1 } },
    { kind: 'or', children: [macro, parse('proc.name regex "x"')], range: { start: 0, end: 1 } },
    { kind: 'not', child: macro, range: { start: 0, end: 1 } },
  ];

  it('compile to the same verdicts and warnings, in order, as unshared copies', () => {
    for (const r of rules) {
      const a = compileCondition(r);
      const b = compileCondition(unshared(r));
      if (!a.ok || !b.ok) throw new Error('compile');
      expect(a.warnings).toEqual(b.warnings);
      expect(a.filter.evaluate(ev)).toBe(b.filter.evaluate(ev));
      expect(a.filter.trace(ev)).toEqual(b.filter.trace(ev));
      expect(printCondition(r)).toBe(printCondition(unshared(r)));
    }
  });

  it('fail with the same first error and warnings before it', () => {
    const broken = parse('proc.name = proc.pname and proc.nmae = x');
    markShared(broken);
    for (const r of [broken, { kind: 'and', children: [parse('proc.args regex "q"'), broken], range: { start: 0, end: 1 } } as Expr]) {
      for (let i = 0; i < 2; i++) {
        const a = compileCondition(r);
        const b = compileCondition(unshared(r));
        expect(a).toEqual(b);
        expect(a.ok).toBe(false);
      }
    }
  });
});
