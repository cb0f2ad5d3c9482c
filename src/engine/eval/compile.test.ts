import { describe, expect, it } from 'vitest';
import { parseCondition } from '../condition';
import type { FalcoEvent, ProcessInfo } from '../event/types';
import { fromOracleEvent } from '../event/oracle-event';
import { compileCondition, type CompileOptions } from './compile';

const parent: ProcessInfo = {
  exe: '-bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/root', uid: 0, loginuid: 0,
  tty: 34816, env: ['HOME=/root'], parent: null,
};
const ev: FalcoEvent = fromOracleEvent({
  exe: 'iptables', comm: 'iptables', exepath: '/usr/sbin/xtables-nft-multi', args: ['-F', 'INPUT'],
  cwd: '/root', uid: 0, loginuid: 4294967295, tty: 34816, env: ['HOME=/root', 'TERM=xterm'], exe_flags: 2,
  parent: { ...parent, parent: null },
});

function compile(cond: string, opts: CompileOptions = {}) {
  const p = parseCondition(cond);
  if (!p.ok) throw new Error(`parse: ${p.error.message}`);
  return compileCondition(p.ast, opts);
}
function evalOn(cond: string, e: FalcoEvent = ev, opts: CompileOptions = {}): boolean {
  const c = compile(cond, opts);
  if (!c.ok) throw new Error(`compile: ${c.error.message}`);
  return c.filter.evaluate(e);
}
function errorOf(cond: string, opts: CompileOptions = {}): string {
  const c = compile(cond, opts);
  if (c.ok) throw new Error('compiled');
  return c.error.message;
}

describe('string operators', () => {
  it.each([
    ['proc.name = iptables', true],
    ['proc.name == iptables', true],
    ['proc.name != iptables', false],
    ['proc.args contains "-F IN"', true],
    ['proc.args contains ""', true],
    ['proc.name icontains IPT', true],
    ['proc.name startswith ipt', true],
    ['proc.name endswith bles', true],
    ['proc.name glob "ipt*"', true],
    ['proc.name iglob "IPT*"', true],
    ['proc.name regex "ipt.*"', true],
    ['proc.name regex "ipt"', false],
    ['proc.name in (ls, iptables)', true],
    ['proc.name intersects (ls, iptables)', true],
    ['proc.name in ()', false],
    ['proc.exepath pmatch (/usr/sbin)', true],
    ['proc.exepath pmatch (/usr/sb)', false],
    ['proc.name > 5', true], // strcmp order: 'i' > '5'
    ['proc.name < 5', false],
  ])('%s -> %s', (cond, want) => expect(evalOn(cond)).toBe(want));
});

describe('numeric and boolean operators', () => {
  it.each([
    ['user.uid = 0', true],
    ['user.uid in (1, 0)', true],
    ['proc.pid > 999', true],
    ['proc.pid <= 999', false],
    ['user.loginuid = -1', true],
    ['user.uid = -1', false],
    ['proc.tty = 34816', true],
    ['proc.is_exe_upper_layer = true', true],
    ['proc.is_exe_writable = false', true],
    ['proc.is_exe_writable != true', true],
  ])('%s -> %s', (cond, want) => expect(evalOn(cond)).toBe(want));
});

describe('missing values make every check false', () => {
  it.each(['fd.name = x', 'fd.name != x', 'fd.name exists', 'proc.aname[9] != x', 'proc.apid[9] != 1'])('%s', (cond) => {
    expect(evalOn(cond)).toBe(false);
    expect(evalOn(`not ${cond}`)).toBe(true);
  });
  it('an override gives fd fields a value (and null removes one)', () => {
    const withFd: FalcoEvent = { ...ev, overrides: { 'fd.name': '/etc/shadow', 'proc.name': null } };
    expect(evalOn('fd.name = /etc/shadow', withFd)).toBe(true);
    expect(evalOn('proc.name exists', withFd)).toBe(false);
  });
});

describe('modifiers', () => {
  it.each([
    ['proc.name = oneof (iptables, ls)', true],
    ['proc.name = oneof (iptables, iptables)', false],
    ['proc.name = anyof (ls, iptables)', true],
    ['proc.name != allof (ls, sh)', true],
    ['proc.name startswith allof (ip, ipt)', true],
    ['proc.name contains oneof (ip, ta)', false],
  ])('%s -> %s', (cond, want) => expect(evalOn(cond)).toBe(want));
});

describe('ancestor fields', () => {
  it('without index: any ancestor, the process excluded', () => {
    expect(evalOn('proc.aname = bash')).toBe(true);
    expect(evalOn('proc.aname = systemd')).toBe(true);
    expect(evalOn('proc.aname = iptables')).toBe(false);
    expect(evalOn('proc.aname != bash')).toBe(true);
    expect(evalOn('proc.apid = 1')).toBe(true);
  });
  it('with index: one level, [0] is the process itself', () => {
    expect(evalOn('proc.aname[0] = iptables')).toBe(true);
    expect(evalOn('proc.aname[1] = bash')).toBe(true);
    expect(evalOn('proc.aname[2] = systemd')).toBe(true);
  });
});

describe('transformers and val()', () => {
  it.each([
    ['toupper(proc.name) = IPTABLES', true],
    ['tolower(toupper(proc.name)) = iptables', true],
    ['len(proc.name) = 8', true],
    ['basename(proc.exepath) = xtables-nft-multi', true],
    ['b64(proc.name) exists', true],
    ['b64(proc.args) exists', false],
    ['concat(proc.name, "-", proc.pname) = iptables-bash', true],
    ['join(",", (proc.name, proc.pname)) = "iptables,bash"', true],
    ['proc.name = val(proc.exe)', true],
    ['proc.pname = val(proc.name)', false],
    ['proc.name = val(fd.name)', false],
  ])('%s -> %s', (cond, want) => expect(evalOn(cond)).toBe(want));
});

describe('compile errors carry libsinsp texts', () => {
  it.each([
    ['proc.nmae = x', 'filter_check called with nonexistent field proc.nmae'],
    ['user.uid contains 1', "filter error: 'contains' operator not supported for numeric filters"],
    ['proc.name bcontains 6970', "filter error: 'bcontains' operator not supported for string filters"],
    ['proc.is_exe_writable > 0', "filter error: '>' operator not supported for numeric filters"],
    ['user.uid = abc', 'abc is not a valid number'],
    ['evt.type = exceve', 'unknown event type exceve'],
    ['evt.arg.nosuch = x', 'unknown event argument nosuch'],
    ['tolower(user.uid) = 0', "can't add field transformer: type 'UINT32' is not supported by 'tolower' transformer applied on field 'user.uid'"],
    ['tolower(proc.aname) = x', "field 'proc.aname' does not support transformers"],
    ['proc.name = val(proc.aname)', "field 'proc.aname' can't be used as a right-hand side field"],
    ['proc.name = val(user.uid)', "field 'proc.name' has type 'CHARBUF' while the right-hand side field 'user.uid' has incompatible type 'UINT32'"],
    ['proc.name regex val(proc.exe)', "operator 'REGEX' doesn't support right-hand side fields"],
    ['concat(proc.name) = x', "unknown field transfomer 'concat'"],
    ['getopt(proc.args, "F") exists', 'getopt() first argument must be a list'],
    ['macro_name', "filter error: unexpected identifier 'macro_name'"],
  ])('%s', (cond, msg) => expect(errorOf(cond)).toBe(msg));

  it('the first error in visiting order wins, with the range of the offending node', () => {
    const c = compile('proc.name = x and proc.nope = y');
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.error.range).toEqual({ start: 18, end: 27 });
  });
});

describe('plugins', () => {
  const inContainer: FalcoEvent = { ...ev, container: { id: '3ad7b26ded6d', name: 'web', image: 'nginx:1.25', repository: 'docker.io/library/nginx', type: 'docker', labels: { app: 'web' } } };
  it('container fields are unknown without the plugin', () => {
    expect(errorOf('container.id = host', { plugins: 'none' })).toBe('filter_check called with nonexistent field container.id');
  });
  it('host values by default, container values from the event', () => {
    expect(evalOn('container.id = host')).toBe(true);
    expect(evalOn('container.image.repository = ""')).toBe(true);
    expect(evalOn('k8s.ns.name exists')).toBe(false);
    expect(evalOn('container.id = 3ad7b26ded6d', inContainer)).toBe(true);
    expect(evalOn('container.label[app] = web', inContainer)).toBe(true);
  });
});

describe('warnings', () => {
  it('field-like values, transformer-like values and simplifiable regexes', () => {
    const c = compile('proc.name = proc.pname and proc.name = "toupper( proc.pname)" and proc.name regex "^ipt.*"');
    expect(c.warnings.map((w) => w.message)).toEqual([
      "'proc.pname' may be a valid field misused as a const string value",
      "'toupper( proc.pname)' may be a valid field transformer misused as a const string value",
      "regex check with '^ipt.*' may be optimized with simpler operators such as '=', 'contains', 'startswith', 'endswith'",
    ]);
  });
});

describe('getopt', () => {
  it.each([
    ['getopt(("-F", "-t", "nat", "x"), "Ft:")[t] = nat', true],
    ['getopt(("-F", "-t", "nat"), "Ft:")[F] = F', true],
    ['getopt(("-F"), "Ft:")[t] exists', false],
    ['getopt(("-tnat", "-F"), "Ft:")[t] = nat', true],
    ['getopt(("-x", "-F"), "F") intersects ("?")', true],
    ['getopt(("-F", "--", "-t", "x"), "Ft:")[t] exists', false],
    ['getopt(("-F", "-t"), "Ft:")[t] = ""', true],
    ['len(getopt(("-F", "-t", "nat"), "Ft:")) = 3', true],
  ])('%s -> %s', (cond, want) => expect(evalOn(cond)).toBe(want));
  it('needs a list and a one-character selector', () => {
    expect(errorOf('getopt(("-F", "-t"), "F")[tt] exists')).toBe('getopt() field argument must be a single option character');
  });
});

describe('network fields', () => {
  const net: FalcoEvent = { ...ev, overrides: { 'fd.net': '10.1.2.3', 'fd.snet': '192.168.0.7' } };
  it.each([
    ['fd.net = "10.0.0.0/8"', true],
    ['fd.net != "127.0.0.0/8"', true],
    ['fd.net in ("127.0.0.0/8", "10.0.0.0/8")', true],
    ['fd.snet in ("10.0.0.0/8", "172.16.0.0/12")', false],
    ['fd.snet = "192.168.0.0/16"', true],
  ])('%s -> %s', (cond, want) => expect(evalOn(cond, net)).toBe(want));
  it('rejects a non-network constant and evt.around with other operators', () => {
    expect(errorOf('fd.net = 10.0.0.1')).toBe('unrecognized IP network 10.0.0.1');
    expect(errorOf('evt.around[1000] > 1')).toBe("evt.around supports only '=' comparison operator");
  });
});
