import { describe, expect, it } from 'vitest';
import { fromOracleEvent } from '../event/oracle-event';
import { fieldValueString } from './render-operand';

const ev = fromOracleEvent({
  exe: 'ls', comm: 'ls', exepath: '/usr/bin/ls', args: ['-la'], cwd: '/tmp', uid: 1234, loginuid: 4294967295,
  tty: 0, env: ['HOME=/root'], exe_flags: 5,
  parent: { exe: 'sh', comm: 'sh', exepath: '/usr/bin/dash', args: ['-c', 'ls -la'], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] },
});

describe('fieldValueString (libsinsp tostring)', () => {
  it.each([
    ['proc.cwd', '/tmp/'],
    ['user.loginuid', '-1'],
    ['user.name', '<NA>'],
    ['proc.aname', 'sh systemd'],
    ['proc.apid', '1000'],
    ['proc.aname[3]', null],
    ['proc.pcmdline', 'sh -c ls -la'],
    ['evt.arg.flags', 'EXE_WRITABLE|EXE_FROM_MEMFD'],
    ['proc.is_exe_writable', 'true'],
    ['proc.exeline', 'ls -la'],
    ['toupper(proc.name)', 'LS'],
    ['len(proc.args)', '3'],
    ['fd.name', null],
    ['thread.cap_inheritable', ''],
    ['proc.nope', null],
    // PT_BYTEBUF renders through binary_buffer_to_string: NUL separators become '.'.
    ['evt.rawarg.args', '-la.'],
    ['evt.rawarg.uid', '1234'],
    ['evt.rawarg.cap_effective', '1FFFFFFFFFF'],
  ])('%s -> %s', (f, want) => expect(fieldValueString(f, ev)).toBe(want));
});
