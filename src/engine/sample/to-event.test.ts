import { describe, expect, it } from 'vitest';
import { CONTAINER_SHELL_DEFAULTS } from './context';
import { sampleToEvent } from './to-event';
import type { Sample } from './types';

const ev = (command: string, extra: Partial<Sample> = {}) => {
  const r = sampleToEvent({ id: 't', command, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return r;
};
const proc = (command: string, extra: Partial<Sample> = {}) => {
  const { exe, comm, exepath, args } = ev(command, extra).event.proc;
  return { exe, comm, exepath, args };
};

describe('sampleToEvent: the program', () => {
  it.each([
    ['ls -la /tmp', { exe: 'ls', comm: 'ls', exepath: '/usr/bin/ls', args: ['-la', '/tmp'] }],
    ['/bin/ls -la', { exe: '/bin/ls', comm: 'ls', exepath: '/usr/bin/ls', args: ['-la'] }],
    ['sh -c "curl x | sh"', { exe: 'sh', comm: 'sh', exepath: '/usr/bin/dash', args: ['-c', 'curl x | sh'] }],
    ['iptables -F', { exe: 'iptables', comm: 'iptables', exepath: '/usr/sbin/xtables-nft-multi', args: ['-F'] }],
    ['python3 app.py', { exe: 'python3', comm: 'python3', exepath: '/usr/bin/python3.11', args: ['app.py'] }],
    ['nc -lvnp 4444', { exe: 'nc', comm: 'nc', exepath: '/usr/bin/nc.openbsd', args: ['-lvnp', '4444'] }],
    ['insmod rk.ko', { exe: 'insmod', comm: 'insmod', exepath: '/usr/bin/kmod', args: ['rk.ko'] }],
    ['kubectl get pods', { exe: 'kubectl', comm: 'kubectl', exepath: '/usr/local/bin/kubectl', args: ['get', 'pods'] }],
    ['kube-controller-manager --v=2', { exe: 'kube-controller-manager', comm: 'kube-controller', exepath: '/usr/local/bin/kube-controller-manager', args: ['--v=2'] }],
    ['./bin/x start', { exe: './bin/x', comm: 'x', exepath: '/root/bin/x', args: ['start'] }],
    ['../tmp/./x', { exe: '../tmp/./x', comm: 'x', exepath: '/tmp/x', args: [] }],
    ['/run/shm/x', { exe: '/run/shm/x', comm: 'x', exepath: '/dev/shm/x', args: [] }],
    ['exec -a fake sleep 1', { exe: 'fake', comm: 'sleep', exepath: '/usr/bin/sleep', args: ['1'] }],
  ])('%s', (command, expected) => {
    expect(proc(command)).toEqual(expected);
  });

  it('cuts comm to 15 bytes, counting UTF-8 bytes', () => {
    expect(proc('nvidia-persistenced').comm).toBe('nvidia-persiste');
    expect(proc('ééééééééé').comm).toBe('ééééééé'); // 7 x 2 bytes = 14; the 8th would make 16
    expect(proc('aaaaaaaaaaaaaaé').comm).toBe('aaaaaaaaaaaaaaé'.slice(0, 14));
    expect(ev('aaaaaaaaaaaaaaé').notes.join(' ')).toContain('inside a character');
  });

  it('runs Debian scripts through their interpreter (service is #!/bin/sh)', () => {
    expect(proc('service falco stop')).toEqual({ exe: '/bin/sh', comm: 'service', exepath: '/usr/bin/dash', args: ['/usr/sbin/service', 'falco', 'stop'] });
    expect(proc('service falco stop', { script: 'off' })).toEqual({ exe: 'service', comm: 'service', exepath: '/usr/sbin/service', args: ['falco', 'stop'] });
    expect(proc('./run.sh a', { interpreter: '/bin/bash' })).toEqual({ exe: '/bin/bash', comm: 'run.sh', exepath: '/usr/bin/bash', args: ['./run.sh', 'a'] });
    expect(proc('./run.py', { interpreter: '/usr/bin/env python3' })).toEqual({ exe: '/usr/bin/env', comm: 'run.py', exepath: '/usr/bin/env', args: ['python3', './run.py'] });
    expect(proc('/opt/run-java/run-java.sh')).toEqual({ exe: '/bin/sh', comm: 'run-java.sh', exepath: '/usr/bin/dash', args: ['/opt/run-java/run-java.sh'] });
  });

  it('puts VAR=val prefixes in env, not argv', () => {
    const r = ev('LD_PRELOAD=/tmp/x.so ls', { env: { A: '1' } });
    expect(r.event.proc.args).toEqual([]);
    expect(r.event.proc.env).toEqual(['HOME=/root', 'USER=root', 'SHELL=/bin/bash', 'TERM=xterm-256color', 'A=1', 'LD_PRELOAD=/tmp/x.so']);
  });

  it('evaluates the first command of a pipeline and says so', () => {
    const r = ev('curl -s http://x | sh');
    expect(r.event.proc.args).toEqual(['-s', 'http://x']);
    expect(r.notes.join(' ')).toContain('`sh` runs as its own execve');
  });

  it('reports an unterminated quote with its position', () => {
    expect(sampleToEvent({ id: 't', command: `echo "abc` })).toEqual({ ok: false, error: { message: 'Unterminated double quote', range: { start: 5, end: 9 } } });
  });

  it('rejects an empty command and assignment-only lines', () => {
    expect(sampleToEvent({ id: 't', command: '   ' }).ok).toBe(false);
    expect(sampleToEvent({ id: 't', command: 'A=1' }).ok).toBe(false);
  });
});

describe('sampleToEvent: the context', () => {
  it('defaults to the oracle ssh session inside the nginx container', () => {
    const { event } = ev('iptables -F');
    expect(event).toMatchObject({ type: 'execve', res: 'SUCCESS', num: 1 });
    expect(event.proc).toMatchObject({ cwd: '/root', uid: 0, loginuid: 0, tty: 34816 });
    expect(event.proc.parent).toMatchObject({ exe: '-bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], loginuid: 0, tty: 34816 });
    expect(event.proc.parent?.parent).toMatchObject({ exe: 'sshd: root@pts/0', comm: 'sshd', exepath: '/usr/sbin/sshd', args: [], loginuid: 0, cwd: '/' });
    expect(event.proc.parent?.parent?.parent).toMatchObject({ comm: 'sshd', loginuid: 4294967295, parent: null });
    expect(event.container).toEqual({
      id: '3ad7b26ded6d',
      name: 'nginx',
      type: 'containerd',
      image: 'docker.io/library/nginx:1.25',
      repository: 'docker.io/library/nginx',
      tag: '1.25',
      k8sNamespace: 'default',
      k8sPod: 'web-7d9c',
    });
  });

  it('parentMissing leaves no parent at all', () => {
    expect(ev('bash', { parentMissing: true }).event.proc.parent).toBeNull();
  });

  it('reads parents as ps shows them', () => {
    const p = (parent: string) => {
      const { exe, comm, exepath, args } = ev('id', { parent }).event.proc.parent!;
      return { exe, comm, exepath, args };
    };
    expect(p('nginx: worker process')).toEqual({ exe: 'nginx: worker process', comm: 'nginx', exepath: '/usr/sbin/nginx', args: [] });
    expect(p('php-fpm: pool www')).toEqual({ exe: 'php-fpm: pool www', comm: 'php-fpm8.2', exepath: '/usr/sbin/php-fpm8.2', args: [] });
    expect(p('sh -c "iptables -F"')).toEqual({ exe: 'sh', comm: 'sh', exepath: '/usr/bin/dash', args: ['-c', 'iptables -F'] });
    expect(p('python3 app.py')).toEqual({ exe: 'python3', comm: 'python3', exepath: '/usr/bin/python3.11', args: ['app.py'] });
  });

  it('uses explicit ancestors, nearest first', () => {
    const { event } = ev('id', { parent: 'sh', ancestors: ['cron -f', '/usr/sbin/cron -f'] });
    const names = [];
    for (let p = event.proc.parent; p; p = p.parent) names.push(p.comm);
    expect(names).toEqual(['sh', 'cron', 'cron']);
  });

  it.each([
    ['www-data', 33],
    ['nobody', 65534],
    ['1001', 1001],
  ])('user %s has uid %d', (user, uid) => {
    expect(ev('id', { user }).event.proc.uid).toBe(uid);
  });

  it('changes HOME and USER with the user, and keeps the session login uid', () => {
    const p = ev('id', { user: 'user' }).event.proc;
    expect(p.env).toContain('HOME=/home/user');
    expect(p.env).toContain('USER=user');
    expect(p.loginuid).toBe(0);
    expect(ev('id', { user: { uid: 1000, loginuid: -1 } }).event.proc.loginuid).toBe(4294967295);
    expect(ev('id', { user: { name: 'node', uid: 1000 } }).event.proc.user).toBe('node');
  });

  it('reports an unknown user name on the user key', () => {
    expect(sampleToEvent({ id: 't', command: 'id', user: 'mallory' })).toMatchObject({ ok: false, error: { key: 'user' } });
  });

  it('gives set-uid programs the effective uid 0', () => {
    const r = ev('sudo cat /etc/shadow', { user: 'user' });
    expect(r.event.proc.uid).toBe(0);
    expect(r.event.proc.parent?.uid).toBe(1000);
  });

  it.each([
    ['pts/0', 34816],
    ['pts/1', 34817],
    ['/dev/pts/3', 34819],
    ['tty1', 1025],
    ['none', 0],
    [5, 5],
  ])('tty %s encodes as %d', (tty, n) => {
    expect(ev('id', { tty }).event.proc.tty).toBe(n);
  });

  it.each([
    ['host', null],
    ['redis:7', { repository: 'docker.io/library/redis', tag: '7', image: 'docker.io/library/redis:7', name: 'redis' }],
    ['ghcr.io/org/app@sha256:abc', { repository: 'ghcr.io/org/app', digest: 'sha256:abc' }],
    [{ k8sNamespace: 'kube-system' }, { repository: 'docker.io/library/nginx', k8sNamespace: 'kube-system' }],
    [{ image: 'nginx', type: 'docker' }, { repository: 'nginx', image: 'nginx', type: 'docker' }],
  ] as const)('container %j', (container, expected) => {
    const c = ev('id', { container }).event.container;
    if (expected === null) expect(c).toBeNull();
    else expect(c).toMatchObject(expected);
  });

  it('passes field overrides through', () => {
    expect(ev('id', { fields: { 'proc.pname': 'sshd', 'fd.name': null } }).event.overrides).toEqual({ 'proc.pname': 'sshd', 'fd.name': null });
  });

  it('has a container-shell preset like the oracle container context', () => {
    const r = sampleToEvent({ id: 't', command: 'id' }, CONTAINER_SHELL_DEFAULTS);
    expect(r.ok && r.event.proc).toMatchObject({ cwd: '/', loginuid: 4294967295, tty: 0, parent: { comm: 'sh', parent: { comm: 'containerd-shim' } } });
  });
});

describe('sampleToEvent: field overrides shape the process', () => {
  it('proc.name feeds comm (and so proc.cmdline); the override is kept', () => {
    const r = ev('/bin/sh /opt/run-java/run-java.sh', { fields: { 'proc.name': 'run-java.sh', 'proc.pname': 'java', 'user.loginuid': '-1' } });
    expect(r.event.proc.comm).toBe('run-java.sh');
    expect(r.event.proc.parent?.comm).toBe('java');
    expect(r.event.proc.loginuid).toBe(4294967295);
    expect(r.event.overrides).toEqual({ 'proc.name': 'run-java.sh', 'proc.pname': 'java', 'user.loginuid': '-1' });
  });
});

describe('sampleToEvent: notes', () => {
  it.each([
    ['sudo cat /etc/shadow', '`sudo` then executes `cat /etc/shadow` as a child'],
    ['bash -c "id; whoami"', '`bash -c` runs `id; whoami` itself'],
    ['echo hi', 'shell builtin'],
    ['ls > /tmp/out', 'The redirection `> /tmp/out` is done by the shell'],
    ['echo $NOPE', '$NOPE is not in the sample'],
  ])('%s', (command, note) => {
    expect(ev(command).notes.join('\n')).toContain(note);
  });

  it('says nothing for a plain command', () => {
    expect(ev('ls -la /tmp').notes).toEqual([]);
  });
});

describe('sampleToEvent never throws', () => {
  it('on hostile or malformed samples', async () => {
    const fc = (await import('fast-check')).default;
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    const anything = fc.oneof(text, fc.integer(), fc.constant(null), fc.constant(undefined), fc.dictionary(text, text, { maxKeys: 2 }), fc.array(text, { maxLength: 2 }));
    fc.assert(
      fc.property(fc.record({ id: text, command: fc.oneof(text, anything), parent: anything, ancestors: anything, user: anything, container: anything, cwd: anything, tty: anything, env: anything, fields: anything, script: anything, interpreter: anything, exepath: anything }, { requiredKeys: ['command'] }), (sample) => {
        const r = sampleToEvent(sample as unknown as Sample);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('stays fast on a very long command line', () => {
    const command = 'echo ' + 'a<b>c $X "d" '.repeat(40_000);
    const t = performance.now();
    expect(sampleToEvent({ id: 't', command }).ok).toBe(true);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
