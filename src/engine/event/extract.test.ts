import { describe, expect, it } from 'vitest';
import { lookupField } from '../fields/catalog';
import { fromOracleEvent } from './oracle-event';
import { eventView } from './thread';
import { makeAncestorValues, makeExtractor, renderExecveFlags } from './extract';
import type { FalcoEvent } from './types';

const ev = fromOracleEvent({
  exe: './run', comm: 'run', exepath: '/tmp/run (deleted)', args: ['a', 'b c'], cwd: '/tmp', uid: 33,
  loginuid: 4294967295, tty: 0, env: ['HOME= /var/www ', 'A=1'], exe_flags: 3,
  parent: {
    exe: 'sh', comm: 'sh', exepath: '/usr/bin/dash', args: ['-c', 'x'], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: ['P=1'],
    parent: { exe: 'cron', comm: 'cron', exepath: '/usr/sbin/cron', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] },
  },
});

function get(text: string, e: FalcoEvent = ev) {
  const m = /^([^[]+)(?:\[(.*)\])?$/.exec(text)!;
  const r = lookupField(m[1], m[2]);
  if (!r.ok) throw new Error(r.message);
  return makeExtractor(r.field)(eventView(e));
}

describe('extraction quirks', () => {
  it('pids as the oracle assigns them', () => {
    expect(get('proc.pid')).toBe(1000);
    expect(get('proc.ppid')).toBe(101);
    expect(get('proc.apid[2]')).toBe(100);
    expect(get('proc.apid[3]')).toBe(1);
    expect(get('proc.vpgid')).toBe(101);
    expect(get('proc.sname')).toBe('systemd');
    expect(get('proc.vpgid.name')).toBe('sh');
  });
  it('derived strings', () => {
    expect(get('proc.exepath')).toBe('/tmp/run');
    expect(get('proc.cmdline')).toBe('run a b c');
    expect(get('proc.exeline')).toBe('./run a b c');
    expect(get('proc.args[1]')).toBe('b c');
    expect(get('proc.args[5]')).toBe('');
    expect(get('proc.cwd')).toBe('/tmp/');
    expect(get('proc.env[HOME]')).toBe('/var/www');
    expect(get('proc.env[NOPE]')).toBe('');
    expect(get('proc.aenv[P]')).toBe('1');
    expect(get('proc.aname')).toBe('sh cron systemd');
    expect(get('proc.cmdnargs')).toBe(2);
    expect(get('proc.cmdlenargs')).toBe(4);
  });
  it('users, flags and capabilities', () => {
    expect(get('user.name')).toBe('www-data');
    expect(get('user.loginuid')).toBe(-1);
    expect(get('user.loginname')).toBe('<NA>');
    expect(get('group.name')).toBe('root');
    expect(get('proc.is_exe_writable')).toBe(true);
    expect(get('proc.is_exe_from_memfd')).toBe(false);
    expect(get('evt.arg.flags')).toBe('EXE_WRITABLE|EXE_UPPER_LAYER');
    expect(renderExecveFlags(0)).toBe('0');
    expect(get('evt.arg.uid')).toBe('www-data');
    expect(get('evt.arg.loginuid')).toBe('<NONE>');
    expect(get('evt.arg[1]')).toBe('./run');
    expect(get('evt.arg[99]')).toBeNull();
    expect(String(get('thread.cap_effective')).split(' ')).toHaveLength(41);
    expect(get('thread.cap_inheritable')).toBe('');
  });
  it('fd fields have no value unless overridden; overrides win', () => {
    expect(get('fd.name')).toBeNull();
    const o: FalcoEvent = { ...ev, overrides: { 'fd.name': '/etc/shadow', 'proc.name': 'other', 'fd.num': '3' } };
    expect(get('fd.name', o)).toBe('/etc/shadow');
    expect(get('proc.name', o)).toBe('other');
    expect(get('fd.num', o)).toBe(3);
  });
  it('ancestor values for "any" comparisons exclude the process', () => {
    const r = lookupField('proc.aname');
    if (!r.ok) throw new Error(r.message);
    expect(makeAncestorValues(r.field)!(eventView(ev))).toEqual(['sh', 'cron', 'systemd']);
  });
  it('a process without parent has no parent fields', () => {
    const lone: FalcoEvent = { type: 'execve', res: 'SUCCESS', num: 1, container: null, proc: { ...ev.proc, parent: null } };
    expect(get('proc.pname', lone)).toBeNull();
    expect(get('proc.aname', lone)).toBeNull();
  });
});

describe('failed exec', () => {
  it('evt.res / evt.rawres / evt.failed / evt.arg.res follow the errno name', () => {
    const failed: FalcoEvent = { ...ev, res: 'ENOENT' };
    expect(get('evt.res', failed)).toBe('ENOENT');
    expect(get('evt.rawres', failed)).toBe(-2);
    expect(get('evt.failed', failed)).toBe(true);
    expect(get('evt.arg.res', failed)).toBe('ENOENT');
    expect(get('evt.arg.res')).toBe('0');
    expect(get('evt.rawres')).toBe(0);
  });
});

describe('timestamps', () => {
  it('start times from the oracle clock, exact beyond 2^53', () => {
    const e = fromOracleEvent({ exe: 'ls', comm: 'ls', exepath: '/usr/bin/ls', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [],
      parent: { exe: 'sh', comm: 'sh', exepath: '/usr/bin/dash', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] } }, { processesBefore: 7 });
    expect(get('proc.exe_ino.ctime_duration_proc_start', e)).toBe(1566230400090000000n);
    expect(get('proc.pid.ts', e)).toBe(1566230400090000000n);
    expect(get('proc.ppid.ts', e)).toBe(1566230400080000000n);
    // The event takes the tick after the run's last process (sinsp_with_test_input increasing_ts).
    expect(get('proc.duration', e)).toBe(10000000n);
    expect(get('proc.duration', { ...e, tsMs: undefined })).toBe(0);
    expect(get('proc.duration', { ...e, tsMs: 1566230400090 + 1500 })).toBe(1500000000n);
  });
  it('numeric overrides keep 64-bit precision', () => {
    const o: FalcoEvent = { ...ev, overrides: { 'proc.exe_ino.ctime_duration_proc_start': '1566230400930000000' } };
    expect(get('proc.exe_ino.ctime_duration_proc_start', o)).toBe(1566230400930000000n);
  });
});
