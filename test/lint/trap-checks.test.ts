import { describe, expect, it } from 'vitest';
import { STOCK_RULES_FILE } from '../../src/engine/base/stock';
import { eventsFromSamples, type LintEvent } from '../../src/engine/lint';
import { loadRules } from '../../src/engine/rules';
import type { Sample } from '../../src/engine/sample';
import { codesOf, fixed, hintOf, ruleText } from './helpers';

/**
 * Traps of spec §7 and the quick fixes of the condition hints: each hint fires on a bad example
 * and not on a good one; each fix gives a file that loads, without the hint, and changes the
 * verdicts the way the hint says.
 */
const FILE = 'r.yaml';

function rows(...samples: (string | Partial<Sample>)[]): LintEvent[] {
  return eventsFromSamples(samples.map((s, i) => (typeof s === 'string' ? { id: `r${i + 1}`, command: s } : { id: `r${i + 1}`, command: 'true', ...s })));
}

function verdicts(text: string, events: LintEvent[]): boolean[] {
  const l = loadRules([STOCK_RULES_FILE, { name: FILE, content: text }]);
  expect(l.errors.map((e) => e.message)).toEqual([]);
  const r = l.rules.find((x) => x.file === FILE)!;
  expect(r.filter, r.error?.message).toBeDefined();
  return events.map((e) => r.filter!.evaluate(e.event));
}

const cond = (condition: string) => ruleText({ condition });

describe('traps of spec §7', () => {
  it('#13: proc.env[X] / proc.args[N] exists is always true; != "" is the test', () => {
    const ev = rows({ command: 'ls', env: { FOO: '1' } }, 'ls', 'ls -l a b c d e', 'ls -l');
    for (const [c, want] of [['spawned_process and proc.env[FOO] exists', [true, false, false, false]], ['spawned_process and proc.args[5] exists', [false, false, true, false]]] as const) {
      const bad = cond(c);
      expect(verdicts(bad, ev)).toEqual([true, true, true, true]);
      const out = fixed(bad, 'FRP_LINT_EXISTS_ALWAYS_TRUE');
      expect(verdicts(out, ev), c).toEqual(want);
    }
    expect(codesOf(cond('spawned_process and proc.env[FOO] != ""'))).not.toContain('FRP_LINT_EXISTS_ALWAYS_TRUE');
    expect(codesOf(cond('spawned_process and proc.pname exists'))).not.toContain('FRP_LINT_EXISTS_ALWAYS_TRUE');
  });

  it('#22: evt.arg.flags = EXE_WRITABLE misses EXE_WRITABLE|EXE_UPPER_LAYER', () => {
    const ev = rows('/tmp/x', '/tmp/y', 'ls');
    ev[0].event.proc.exe_flags = 1;
    ev[1].event.proc.exe_flags = 3;
    const bad = cond('spawned_process and evt.arg.flags = EXE_WRITABLE');
    expect(verdicts(bad, ev)).toEqual([true, false, false]);
    expect(verdicts(fixed(bad, 'FRP_LINT_EXE_FLAGS_EQUALS'), ev)).toEqual([true, true, false]);
    const boolean = fixed(bad, 'FRP_LINT_EXE_FLAGS_EQUALS', 1);
    expect(boolean).toContain('condition: spawned_process and proc.is_exe_writable = true\n');
    expect(verdicts(boolean, ev)).toEqual([true, true, false]);
    const ne = cond('spawned_process and evt.arg.flags != EXE_WRITABLE');
    expect(verdicts(fixed(ne, 'FRP_LINT_EXE_FLAGS_EQUALS'), ev)).toEqual([false, false, true]);
    expect(codesOf(cond('spawned_process and evt.arg.flags contains EXE_WRITABLE'))).not.toContain('FRP_LINT_EXE_FLAGS_EQUALS');
  });

  it('#9: proc.name = Curl never matches curl', () => {
    const ev = rows('curl example.com', 'wget example.com');
    const bad = cond('spawned_process and proc.name in (Curl, wget)');
    expect(verdicts(bad, ev)).toEqual([false, true]);
    const out = fixed(bad, 'FRP_LINT_NAME_CASE');
    expect(out).toContain('proc.name in (curl, wget)');
    expect(verdicts(out, ev)).toEqual([true, true]);
    // A program that really has capitals is left alone.
    expect(codesOf(cond('spawned_process and proc.name = NetworkManager'))).not.toContain('FRP_LINT_NAME_CASE');
  });

  it('#23: LD_PRELOAD=... cmd is in proc.env, not in proc.cmdline', () => {
    const ev = rows('LD_PRELOAD=/tmp/x.so ls', 'ls', "sh -c 'LD_PRELOAD=/tmp/x.so ls'");
    const bad = cond('spawned_process and proc.cmdline contains LD_PRELOAD');
    expect(verdicts(bad, ev)).toEqual([false, false, true]);
    const out = fixed(bad, 'FRP_LINT_ENV_IN_CMDLINE');
    expect(out).toContain('(proc.cmdline contains LD_PRELOAD or proc.env[LD_PRELOAD] != "")');
    expect(verdicts(out, ev)).toEqual([true, false, true]);
    const assignment = cond('spawned_process and proc.cmdline contains "LD_PRELOAD=/tmp"');
    expect(verdicts(fixed(assignment, 'FRP_LINT_ENV_IN_CMDLINE'), ev)).toEqual([true, false, true]);
    expect(hintOf(cond('spawned_process and proc.pcmdline contains LD_PRELOAD'), 'FRP_LINT_ENV_IN_CMDLINE').fixes).toBeUndefined();
    expect(codesOf(cond('spawned_process and proc.env contains "LD_PRELOAD="'))).not.toContain('FRP_LINT_ENV_IN_CMDLINE');
  });
});

describe('quick fixes of the condition hints', () => {
  it('REGEX_FULL_MATCH: contains, or =', () => {
    const ev = rows('curl example.com', 'curl');
    const bad = cond('spawned_process and proc.cmdline regex curl');
    expect(verdicts(bad, ev)).toEqual([false, true]);
    expect(verdicts(fixed(bad, 'FRP_LINT_REGEX_FULL_MATCH'), ev)).toEqual([true, true]);
    expect(verdicts(fixed(bad, 'FRP_LINT_REGEX_FULL_MATCH', 1), ev)).toEqual([false, true]);
    expect(codesOf(cond("spawned_process and proc.cmdline regex '.*curl.*'"))).not.toContain('FRP_LINT_REGEX_FULL_MATCH');
  });

  it('REGEX_PERL_CLASS: POSIX classes with the same meaning', () => {
    const ev = rows('sleep 10', 'sleep x', 'sleep 1 2');
    // (In a quoted condition string a regex backslash is written \\, spec §1.2.)
    const bad = cond("spawned_process and proc.args regex '\\\\d+( [\\\\d]+)?'");
    const out = fixed(bad, 'FRP_LINT_REGEX_PERL_CLASS');
    expect(out).toContain("proc.args regex \"[0-9]+( [0-9]+)?\"");
    expect(verdicts(out, ev)).toEqual([true, false, true]);
    // \b has no POSIX equivalent: no fix.
    expect(hintOf(cond('spawned_process and proc.args regex .*\\bx\\b.*'), 'FRP_LINT_REGEX_PERL_CLASS').fixes).toBeUndefined();
  });

  it('GLOB_CROSSES_SLASH: each wildcard stays in one path component', () => {
    const ev = rows('/tmp/x', '/tmp/a/b/x', '/usr/bin/ls');
    const bad = cond('spawned_process and proc.exepath glob "/tmp/*"');
    expect(verdicts(bad, ev)).toEqual([true, true, false]);
    const out = fixed(bad, 'FRP_LINT_GLOB_CROSSES_SLASH');
    expect(out).toContain('(proc.exepath glob "/tmp/*" and not proc.exepath glob "/tmp/*/*")');
    expect(verdicts(out, ev)).toEqual([true, false, false]);
    const deep = rows('/home/u/.ssh/x', '/home/u/v/.ssh/x', '/home/u/.ssh/a/b');
    const two = fixed(cond('spawned_process and proc.exepath glob "/home/*/.ssh/*"'), 'FRP_LINT_GLOB_CROSSES_SLASH');
    expect(verdicts(two, deep)).toEqual([true, false, false]);
  });

  it('FIELD_AS_VALUE: val() compares with the other field', () => {
    const ev = rows({ command: 'bash', parent: 'bash' }, { command: 'bash', parent: 'sshd' });
    const bad = cond('spawned_process and proc.name = proc.pname');
    expect(verdicts(bad, ev)).toEqual([false, false]);
    const out = fixed(bad, 'FRP_LINT_FIELD_AS_VALUE');
    expect(verdicts(out, ev)).toEqual([true, false]);
  });

  it('QUOTES_IN_ARGS: the shell removed the quotes', () => {
    const ev = rows('iptables -A INPUT -m comment --comment "-F test" -j ACCEPT', 'iptables -F');
    const bad = cond('spawned_process and proc.args contains \'"-F test"\'');
    expect(verdicts(bad, ev)).toEqual([false, false]);
    expect(verdicts(fixed(bad, 'FRP_LINT_QUOTES_IN_ARGS'), ev)).toEqual([true, false]);
  });

  it('CMDLINE_STARTS_WITH_PATH: proc.cmdline starts with the name', () => {
    const ev = rows('/usr/bin/python3 -c print(1)', 'python3 -c print(1)', 'ls');
    const bad = cond('spawned_process and proc.cmdline startswith "/usr/bin/python3 -c"');
    expect(verdicts(bad, ev)).toEqual([false, false, false]);
    expect(verdicts(fixed(bad, 'FRP_LINT_CMDLINE_STARTS_WITH_PATH'), ev)).toEqual([true, true, false]);
  });

  it('NAME_WITH_PATH: proc.name has no directories', () => {
    const ev = rows('/usr/bin/curl x', 'curl x', 'ls');
    const bad = cond('spawned_process and proc.name = /usr/bin/curl');
    expect(verdicts(bad, ev)).toEqual([false, false, false]);
    expect(verdicts(fixed(bad, 'FRP_LINT_NAME_WITH_PATH'), ev)).toEqual([true, true, false]);
  });

  it('EXE_IS_ARGV0: proc.exepath is the resolved path', () => {
    const ev = rows('/usr/bin/curl x', 'curl x', '/tmp/curl x');
    const bad = cond('spawned_process and proc.exe startswith /usr/bin/');
    expect(verdicts(bad, ev)).toEqual([true, false, false]);
    expect(verdicts(fixed(bad, 'FRP_LINT_EXE_IS_ARGV0'), ev)).toEqual([true, true, false]);
  });

  it('EXEPATH_SYMLINK: the file /bin/sh resolves to', () => {
    const ev = rows('sh -c id', '/bin/sh -c id', 'bash -c id');
    const bad = cond('spawned_process and proc.exepath = /bin/sh');
    expect(verdicts(bad, ev)).toEqual([false, false, false]);
    const out = fixed(bad, 'FRP_LINT_EXEPATH_SYMLINK');
    expect(out).toContain('proc.exepath = /usr/bin/dash');
    expect(verdicts(out, ev)).toEqual([true, true, false]);
  });

  it('USE_SPAWNED_PROCESS: the macro instead of the spelled-out event types', () => {
    const ev = rows('bash', 'ls');
    const bad = cond('evt.type in (execve, execveat) and proc.name = bash');
    const out = fixed(bad, 'FRP_LINT_USE_SPAWNED_PROCESS');
    expect(out).toContain('condition: spawned_process and proc.name = bash\n');
    expect(verdicts(out, ev)).toEqual(verdicts(bad, ev));
  });

  it('EVT_DIR: an always-true check goes, a never-true one goes with its title saying so', () => {
    const ev = rows('bash', 'ls');
    const always = cond('spawned_process and evt.dir = < and proc.name = bash');
    expect(verdicts(fixed(always, 'FRP_LINT_EVT_DIR'), ev)).toEqual(verdicts(always, ev));
    const never = cond('spawned_process and evt.dir = > and proc.name = bash');
    expect(hintOf(never, 'FRP_LINT_EVT_DIR').fixes![0].title).toContain('never true');
    expect(verdicts(never, ev)).toEqual([false, false]);
    expect(verdicts(fixed(never, 'FRP_LINT_EVT_DIR'), ev)).toEqual([true, false]);
    expect(hintOf(cond('spawned_process and (evt.dir = < or proc.name = bash)'), 'FRP_LINT_EVT_DIR').fixes).toBeUndefined();
  });

  it('HOST_EMPTY_IMAGE: the check only in containers', () => {
    const ev = rows({ command: 'bash', container: 'host' }, { command: 'bash', container: 'docker.io/library/nginx:1.25' }, { command: 'bash', container: 'docker.io/library/redis:7' });
    const bad = cond('spawned_process and container.image.repository != docker.io/library/nginx');
    expect(verdicts(bad, ev)).toEqual([true, false, true]);
    const out = fixed(bad, 'FRP_LINT_HOST_EMPTY_IMAGE');
    expect(out).toContain('(container and container.image.repository != docker.io/library/nginx)');
    expect(verdicts(out, ev)).toEqual([false, false, true]);
    expect(codesOf(cond('spawned_process and container and container.image.repository != docker.io/library/nginx'))).not.toContain('FRP_LINT_HOST_EMPTY_IMAGE');
  });
});
