import { describe, expect, it } from 'vitest';
import { lookupField } from '../fields/catalog';
import { fromOracleEvent, type OracleProcess } from './oracle-event';
import { eventView } from './thread';
import { makeExtractor } from './extract';
import type { FalcoEvent } from './types';

/**
 * Field values that no oracle case pins down but that follow from libsinsp's source
 * (libs 48dfd53: sinsp_filtercheck_thread.cpp, threadinfo.cpp, event.cpp, utils.cpp). Each test
 * names the function whose behaviour it reproduces.
 */
const base = (over: Partial<OracleProcess> = {}): FalcoEvent => fromOracleEvent({
  exe: 'ls', comm: 'ls', exepath: '/usr/bin/ls', args: ['-l'], cwd: '/root', uid: 0, loginuid: 0, tty: 0, env: [],
  exe_flags: 0,
  ...over,
  parent: {
    exe: '-bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/root', uid: 0, loginuid: 0, tty: 0, env: [],
    parent: { exe: 'sshd', comm: 'sshd', exepath: '/usr/sbin/sshd', args: ['-D'], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] },
  },
});

function get(text: string, e: FalcoEvent) {
  const m = /^([^[]+)(?:\[(.*)\])?$/.exec(text)!;
  const r = lookupField(m[1], m[2]);
  if (!r.ok) throw new Error(r.message);
  return makeExtractor(r.field)(eventView(e));
}

describe('argument lists (sinsp_threadinfo::set_args, sinsp_split)', () => {
  it('a lone empty argument disappears; two empty arguments stay', () => {
    // Regression: [""] used to count as one argument, giving cmdline "ls " and cmdnargs 1.
    const one = base({ args: [''] });
    expect(get('proc.cmdnargs', one)).toBe(0);
    expect(get('proc.cmdline', one)).toBe('ls');
    expect(get('proc.args', one)).toBe('');
    expect(get('proc.exeline', one)).toBe('ls ');
    // The execve parameter is still the one-NUL buffer.
    expect(get('evt.arg.args', one)).toBe('.');
    const two = base({ args: ['', ''] });
    expect(get('proc.cmdnargs', two)).toBe(2);
    expect(get('proc.args', two)).toBe(' ');
  });
  it('proc.cmdlenargs counts bytes', () => {
    expect(get('proc.cmdlenargs', base({ args: ['é', 'ab'] }))).toBe(4);
  });
});

describe('environment (sinsp_threadinfo::get_env)', () => {
  it('skips NAME= entries and strips only spaces', () => {
    const e = base({ env: ['A=', 'A=x', 'B=\t y ', 'C=   '] });
    expect(get('proc.env[A]', e)).toBe('x');
    expect(get('proc.env[B]', e)).toBe('\t y');
    expect(get('proc.env[C]', e)).toBe('');
  });
});

describe('thread fields (sinsp_filter_check_thread::extract_single)', () => {
  it('proc.aargs without index skips the separator while the text is empty, and is null when empty', () => {
    // bash (no args) adds nothing, sshd adds "-D", init (no args) adds the separator only.
    expect(get('proc.aargs', base())).toBe('-D ');
    const none = base();
    none.proc.parent!.parent!.args = [];
    expect(get('proc.aargs', none)).toBeNull();
  });
  it('proc.loginshellid: eldest comm ending in "sh"', () => {
    expect(get('proc.loginshellid', base())).toBe(101);
    const e = base();
    e.proc.parent!.parent!.comm = 'ssh';
    expect(get('proc.loginshellid', e)).toBe(100);
    const bb = base({ comm: 'busybox' });
    bb.proc.parent!.comm = 'init';
    expect(get('proc.loginshellid', bb)).toBeNull();
  });
  it('values that exist for every thread', () => {
    const e = base();
    expect(get('thread.nametid', e)).toBe('ls1000');
    expect(get('thread.exectime', e)).toBe(0);
    expect(get('thread.totexectime', e)).toBe(0);
    expect(get('proc.fdopencount', e)).toBe(0);
    expect(get('proc.fdusage', e)).toBe(0);
    expect(get('thread.vmsize.b', e)).toBe(0);
    expect(get('thread.cgroups', e)).toBeNull();
  });
});

describe('event fields (sinsp_filter_check_event::extract_single)', () => {
  it('deprecated latency fields are constants; error counters follow the result', () => {
    const e = base();
    expect(get('evt.latency.quantized', e)).toBe(0);
    expect(get('evt.wait_latency', e)).toBe(0);
    expect(get('evt.latency.human', e)).toBe('0ns');
    // TYPE_DELTA on its first extraction, TYPE_RELTS on the inspector's first event.
    expect(get('evt.deltatime', e)).toBe(0);
    expect(get('evt.reltime', e)).toBe(0);
    expect(get('evt.count.exit', e)).toBe(1);
    expect(get('evt.count.error', e)).toBe(0);
    expect(get('evt.count.error', { ...e, res: 'ENOENT' })).toBe(1);
    expect(get('evt.count.error.file', e)).toBeNull();
  });
});

describe('syscall.type, util.cnt, durations', () => {
  it('execve is a syscall event, so syscall.type names it (TYPE_SYSCALL_TYPE)', () => {
    // Regression: syscall.type had no value.
    expect(get('syscall.type', base())).toBe('execve');
    expect(get('util.cnt', base())).toBe(1);
  });
  it('without an event time the exec is at the process start: the parent started 10 ms earlier', () => {
    const e = { ...base(), tsMs: undefined };
    expect(get('proc.duration', e)).toBe(0);
    expect(get('proc.ppid.duration', e)).toBe(10000000n);
  });
  it('oracle events happen one clock tick after the last process of the run', () => {
    const e = base();
    expect(get('proc.duration', e)).toBe(10000000n);
    expect(get('evt.rawtime', e)).toBe(1566230400040000000n);
    expect(get('evt.time', e)).toBe('16:00:00.040000000');
    expect(get('evt.datetime.s', e)).toBe('2019-08-19 16:00:00');
    expect(get('evt.time.iso8601', e)).toBe('2019-08-19T16:00:00.040000000+0000');
    expect(get('evt.rawtime.ns', e)).toBe(40000000);
    expect(get('evt.time', { ...e, tsMs: undefined })).toBeNull();
  });
});

describe('evt.type.is (extract_type matches only the first enter/exit pair of a name)', () => {
  it('execve has eight versions: a current execve exit is not evt.type.is.execve', () => {
    expect(get('evt.type.is.execve', base())).toBe(0);
    expect(get('evt.type.is.execveat', { ...base(), type: 'execveat' })).toBe(1);
  });
});

describe('evt.rawarg (extract_argraw)', () => {
  it('raw typed parameter values of the execve exit event', () => {
    const e = base({ args: ['-l', 'x'], uid: 33, exe_flags: 5 });
    expect(get('evt.rawarg.uid', e)).toBe(33);
    expect(get('evt.rawarg.res', e)).toBe(0);
    expect(get('evt.rawarg.flags', e)).toBe(5);
    expect(get('evt.rawarg.exe', e)).toBe('ls');
    expect(get('evt.rawarg.args', e)).toBe('-l\0x\0');
    expect(get('evt.rawarg.ptid', e)).toBe(101);
  });
});

describe('execve parameters (sinsp_evt::get_param_as_str)', () => {
  it('byte buffers print non-printable bytes as dots and an empty buffer as NULL', () => {
    expect(get('evt.arg.args', base({ args: [] }))).toBe('NULL');
    expect(get('evt.arg.args', base({ args: ['é', 'a\tb'] }))).toBe('...a.b.');
    expect(get('evt.arg.env', base({ env: [] }))).toBe('NULL');
  });
  it('evt.args prints text(resolved) pairs', () => {
    const s = String(get('evt.args', base({ exe_flags: 1, loginuid: 4294967295 })));
    expect(s).toContain(' tid=1000(ls) ');
    expect(s).toContain(' ptid=101(bash) ');
    expect(s).toContain(' loginuid=-1(<NONE>) ');
    expect(s).toContain(' flags=1(EXE_WRITABLE) ');
    expect(s).toContain(' uid=0(root) ');
    expect(s.startsWith('res=0 exe=ls args=-l. ')).toBe(true);
  });
  it('zero inode times print as the epoch date, cut before the time zone', () => {
    expect(get('evt.arg.exe_ino_ctime', base())).toBe('1970-01-01 00:00:00.000000000');
  });
});
