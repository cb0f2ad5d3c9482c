import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCondition } from '../condition';
import { fromOracleEvent } from '../event/oracle-event';
import type { FalcoEvent } from '../event/types';
import { compileCondition } from './compile';

const FIELDS = ['proc.name', 'proc.args', 'proc.aname', 'proc.aname[1]', 'proc.apid', 'user.uid', 'user.loginuid',
  'proc.is_exe_writable', 'fd.name', 'evt.type', 'proc.env[HOME]', 'tolower(proc.exe)', 'len(proc.cmdline)', 'container.id'];
const OPS = ['=', '!=', '<', '>=', 'contains', 'icontains', 'startswith', 'endswith', 'glob', 'iglob', 'regex', 'in', 'pmatch', 'bcontains', 'exists'];
const VALUES = ['bash', '0', '-1', 'true', '"a b"', '/usr', '*sh', '.*sh', '(', '4142', 'execve', '""', 'proc.pname'];

const check = fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...OPS), fc.constantFrom(...VALUES), fc.constantFrom('', 'anyof ', 'oneof '))
  .map(([f, op, v, mod]) => {
    if (op === 'exists') return `${f} exists`;
    if (op === 'in' || op === 'pmatch') return `${f} ${op} (${v}, x)`;
    if (mod && !['<', '>=', 'in', 'pmatch'].includes(op)) return `${f} ${op} ${mod}(${v})`;
    return `${f} ${op} ${v}`;
  });
const condition: fc.Arbitrary<string> = fc.letrec((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    check,
    fc.tuple(tie('expr'), fc.constantFrom('and', 'or'), tie('expr')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('expr').map((e) => `not (${e})`),
  ),
})).expr as fc.Arbitrary<string>;

const event: FalcoEvent = fromOracleEvent({
  exe: '/bin/bash', comm: 'bash', exepath: '/usr/bin/bash', args: ['-c', 'id'], cwd: '/root', uid: 0,
  loginuid: 4294967295, tty: 0, env: ['HOME=/root'], exe_flags: 1,
  parent: { exe: 'sshd', comm: 'sshd', exepath: '/usr/sbin/sshd', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] },
});

describe('compiler properties', () => {
  it('never throws; compiled filters give the same verdict in evaluate and trace', () => {
    fc.assert(
      fc.property(condition, fc.constantFrom<'container' | 'none'>('container', 'none'), (text, plugins) => {
        const p = parseCondition(text);
        if (!p.ok) return;
        const c = compileCondition(p.ast, { plugins });
        if (!c.ok) {
          expect(c.error.message).not.toMatch(/^internal error/);
          return;
        }
        expect(c.filter.trace(event).result).toBe(c.filter.evaluate(event));
      }),
      { numRuns: 400 },
    );
  });
  it('`not` of a check with a missing value is true, the check itself false', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPS.filter((o) => !['bcontains', '<', '>='].includes(o))), fc.constantFrom('bash', '/x'), (op, v) => {
        const text = op === 'exists' ? 'fd.name exists' : op === 'in' || op === 'pmatch' ? `fd.name ${op} (${v})` : `fd.name ${op} ${v}`;
        const p = parseCondition(`not ${text}`);
        if (!p.ok) throw new Error(p.error.message);
        const c = compileCondition(p.ast);
        if (!c.ok) throw new Error(c.error.message);
        expect(c.filter.evaluate(event)).toBe(true);
      }),
    );
  });
});
