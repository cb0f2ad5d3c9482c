import { describe, expect, it } from 'vitest';
import { parseCondition } from '../condition';
import { MAX_SLOTS, slotFor } from '../event/field-slots';
import { fromOracleEvent } from '../event/oracle-event';
import { compileCondition } from './compile';

// Its own file: it fills the process-wide slot registry.
describe('compiling after the field slot registry is full', () => {
  it('still evaluates fields and ancestor fields (each operand caches its last event)', () => {
    for (let i = 0; i < MAX_SLOTS; i++) slotFor(`full\u0000${i}`, () => () => null);
    const ev = fromOracleEvent({
      exe: 'iptables', comm: 'iptables', exepath: '/usr/sbin/iptables', args: ['-F'], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [],
      parent: { exe: 'bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] },
    });
    const p = parseCondition('proc.name = iptables and proc.args contains "-F" and proc.aname = bash and not proc.pname = sh');
    if (!p.ok) throw new Error(p.error.message);
    const c = compileCondition(p.ast);
    if (!c.ok) throw new Error(c.error.message);
    expect(c.filter.evaluate(ev)).toBe(true);
    expect(c.filter.trace(ev).result).toBe(true);
  });
});
