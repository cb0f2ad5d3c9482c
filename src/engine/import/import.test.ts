import { describe, expect, it } from 'vitest';
import { sampleToEvent } from '../sample/to-event';
import { importCommandLines } from './command-lines';
import { importFalcoAlerts } from './falco-alerts';

describe('importCommandLines', () => {
  it('takes one command per line, skipping blanks, comments and prompts', () => {
    const r = importCommandLines('ls -la\n\n# a comment\n$ iptables -F\r\n  systemctl stop falco  \n');
    expect(r.samples).toEqual([
      { id: 's1', command: 'ls -la' },
      { id: 's2', command: 'iptables -F' },
      { id: 's3', command: 'systemctl stop falco' },
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('reports a bad line with its number and position, and keeps the rest', () => {
    const text = 'id\necho "oops\nwhoami\n';
    const r = importCommandLines(text);
    expect(r.samples.map((s) => s.command)).toEqual(['id', 'whoami']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0].message).toBe('Line 2: Unterminated double quote.');
    expect(text.slice(r.diagnostics[0].range.start, r.diagnostics[0].range.end)).toBe('"oops');
  });
});

const FALCO_ALERT = JSON.stringify({
  hostname: 'node-1',
  output: '10:00:00.000000000: Warning Security tool disabled ...',
  priority: 'Warning',
  rule: 'Impair Security Tools in Container',
  source: 'syscall',
  tags: ['container', 'T1562.001'],
  time: '2026-12-03T10:00:00.000000000Z',
  output_fields: {
    'container.id': '9f3c2b7a1d4e',
    'container.image.repository': 'docker.io/library/busybox',
    'container.image.tag': '1.36',
    'evt.time': 1764756000000000000,
    'evt.type': 'execve',
    'proc.args': 'reload falco-helper-stopwatch.service',
    'proc.cmdline': 'systemctl reload falco-helper-stopwatch.service',
    'proc.exepath': '/usr/bin/systemctl',
    'proc.name': 'systemctl',
    'proc.pname': 'bash',
    'proc.tty': 34816,
    'user.loginuid': -1,
    'user.name': 'root',
    'user.uid': 0,
  },
});

describe('importFalcoAlerts', () => {
  it('rebuilds the sample from output_fields and expects no alert for a false positive', () => {
    const r = importFalcoAlerts(FALCO_ALERT, { asFalsePositives: true });
    expect(r.diagnostics).toEqual([]);
    expect(r.samples).toEqual([
      {
        id: 'a1',
        command: 'systemctl reload falco-helper-stopwatch.service',
        script: 'off',
        exepath: '/usr/bin/systemctl',
        parent: 'bash',
        user: { uid: 0, loginuid: -1 },
        container: { id: '9f3c2b7a1d4e', image: 'docker.io/library/busybox:1.36' },
        tty: 34816,
        fields: { 'evt.type': 'execve' },
        expect: { 'Impair Security Tools in Container': 'no_alert' },
        note: 'Imported alert: 2026-12-03T10:00:00.000000000Z Warning Impair Security Tools in Container node-1',
      },
    ]);
    const ev = sampleToEvent(r.samples[0]);
    expect(ev.ok && [ev.event.proc.comm, ev.event.proc.args.join(' '), ev.event.proc.loginuid, ev.event.container?.repository]).toEqual([
      'systemctl',
      'reload falco-helper-stopwatch.service',
      4294967295,
      'docker.io/library/busybox',
    ]);
  });

  it('keeps proc.args exactly, quotes and all, and records what the rebuild cannot show', () => {
    const alert = { rule: 'R', output_fields: { 'proc.exe': '/bin/sh', 'proc.args': '/usr/sbin/service falco  stop "x"', 'proc.name': 'service', 'proc.pname': null, 'fd.name': '/etc/shadow', 'user.name': 'node', 'user.uid': 1000, 'container.id': 'host' } };
    const r = importFalcoAlerts(JSON.stringify(alert));
    expect(r.diagnostics).toEqual([]);
    const s = r.samples[0];
    expect(s).toMatchObject({ parentMissing: true, container: 'host', fields: { 'fd.name': '/etc/shadow', 'proc.name': 'service', 'user.name': 'node' }, expect: { R: 'alert' } });
    const ev = sampleToEvent(s);
    expect(ev.ok && [ev.event.proc.exe, ev.event.proc.comm, ev.event.proc.args.join(' '), ev.event.proc.parent]).toEqual(['/bin/sh', 'service', '/usr/sbin/service falco  stop "x"', null]);
  });

  it('reads falcosidekick payloads, JSON arrays and pretty-printed objects', () => {
    const one = JSON.parse(FALCO_ALERT);
    const sidekick = { uuid: '1b2c', ...one };
    expect(importFalcoAlerts(JSON.stringify([sidekick, one])).samples).toHaveLength(2);
    expect(importFalcoAlerts(JSON.stringify(sidekick, null, 2)).samples).toHaveLength(1);
  });

  it('reports bad lines by number and still imports the good ones', () => {
    const text = [FALCO_ALERT, 'not json', '{"rule":"R"}', JSON.stringify({ rule: 'R', output_fields: { 'evt.type': 'open' } }), FALCO_ALERT].join('\n');
    const r = importFalcoAlerts(text);
    expect(r.samples.map((s) => s.id)).toEqual(['a1', 'a2']);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'Line 2: not a JSON alert.',
      'Line 3: no output_fields (enable json_output and json_include_output_property).',
      'Line 4: no proc.cmdline or proc.exe in output_fields: the command is unknown.',
    ]);
    expect(text.slice(r.diagnostics[0].range.start, r.diagnostics[0].range.end)).toBe('not json');
  });
});
