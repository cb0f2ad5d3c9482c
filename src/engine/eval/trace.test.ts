import { describe, expect, it } from 'vitest';
import { parseCondition } from '../condition';
import { fromOracleEvent } from '../event/oracle-event';
import { compileCondition } from './compile';
import type { TraceNode } from './trace';

const ev = fromOracleEvent({
  exe: 'systemctl', comm: 'systemctl', exepath: '/usr/bin/systemctl', args: ['stop', 'falco'], cwd: '/root',
  uid: 0, loginuid: 0, tty: 0, env: [],
  parent: { exe: '-bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] },
});

function trace(cond: string): TraceNode {
  const p = parseCondition(cond);
  if (!p.ok) throw new Error(p.error.message);
  const c = compileCondition(p.ast);
  if (!c.ok) throw new Error(c.error.message);
  const t = c.filter.trace(ev);
  expect(t.result).toBe(c.filter.evaluate(ev));
  return t;
}

describe('trace', () => {
  it('marks short-circuited children as unevaluated', () => {
    const t = trace('proc.name = ls and proc.args contains stop');
    expect(t.result).toBe(false);
    expect(t.children?.map((c) => c.result)).toEqual([false, 'unevaluated']);
    const o = trace('proc.name = systemctl or fd.name = x');
    expect(o.children?.map((c) => c.result)).toEqual([true, 'unevaluated']);
  });
  it('reports values and the matched span', () => {
    const t = trace('proc.args contains falco');
    expect(t.values).toEqual([{ field: 'proc.args', value: 'stop falco' }]);
    expect(t.matches).toEqual([{ field: 'proc.args', value: 'stop falco', start: 5, end: 10 }]);
    expect(trace('proc.name icontains CTL').matches?.[0]).toMatchObject({ start: 6, end: 9 });
    expect(trace('proc.name endswith ctl').matches?.[0]).toMatchObject({ start: 6, end: 9 });
    expect(trace('proc.name glob "sys*"').matches?.[0]).toMatchObject({ start: 0, end: 9 });
  });
  it('flags missing values', () => {
    const t = trace('not fd.name = x');
    expect(t.result).toBe(true);
    expect(t.children?.[0]).toMatchObject({ result: false, noValue: true, values: [{ field: 'fd.name', value: null }] });
  });
});
