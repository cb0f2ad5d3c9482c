import { describe, expect, it } from 'vitest';
import { parseCondition } from '../condition';
import { fromOracleEvent } from '../event/oracle-event';
import { compileCondition } from './compile';

const ev = fromOracleEvent({
  exe: 'iptables', comm: 'iptables', exepath: '/usr/sbin/xtables-nft-multi', args: ['-F'], cwd: '/root',
  uid: 0, loginuid: 0, tty: 34816, env: ['HOME=/root'], exe_flags: 0,
  parent: { exe: '-bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/root', uid: 0, loginuid: 0, tty: 0, env: [] },
});

function evalOn(cond: string): boolean | string {
  const p = parseCondition(cond);
  if (!p.ok) return `parse: ${p.error.message}`;
  const c = compileCondition(p.ast, {});
  if (!c.ok) return c.error.message;
  return c.filter.evaluate(ev);
}

/**
 * evt.rawarg (sinsp_filter_check_event.cpp): compiled with the first same-named parameter's type,
 * compared by compare_nocache through the single-value compare_rhs without a length.
 */
describe('evt.rawarg comparisons', () => {
  it.each([
    ['evt.rawarg.uid = 0', true],
    ['evt.rawarg.uid = root', 'root is not a valid number'],
    ['evt.rawarg.uid in (0, 1)', false], // the set lookup gets a zero length
    ['evt.rawarg.uid = anyof (5, 0)', false], // modifiers ignored: only the first item
    ['evt.rawarg.exe in (iptables)', true], // strings get their length back (strlen)
    ['evt.rawarg.args bcontains 2D46', false], // a byte buffer compares as empty
    ['evt.rawarg.args = ""', true],
    ['evt.rawarg.args != x', true],
    ['evt.rawarg.args exists', true],
    ['evt.rawarg.cgroups exists', false], // zero-length raw value
  ])('%s -> %s', (cond, want) => expect(evalOn(cond)).toBe(want));
});
