import type { FalcoEvent, ProcessInfo } from '../../src/engine/event/types';
import type { LintEvent } from '../../src/engine/lint';

/** A minimal execve event for `argv`, parent bash unless `parent` is null. */
export function execEvent(argv: string[], parent: ProcessInfo | null = bashParent()): FalcoEvent {
  const exe = argv[0];
  const comm = new TextDecoder().decode(new TextEncoder().encode(exe.slice(exe.lastIndexOf('/') + 1)).slice(0, 15));
  return {
    type: 'execve',
    res: 'SUCCESS',
    num: 1,
    proc: { exe, comm, exepath: `/usr/bin/${comm}`, args: argv.slice(1), cwd: '/root', uid: 0, loginuid: 0, tty: 34816, env: [], parent },
    container: { id: '3ad7b26ded6d', image: 'docker.io/library/nginx:1.25', repository: 'docker.io/library/nginx', tag: '1.25' },
  };
}

export function bashParent(): ProcessInfo {
  return { exe: '-bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/root', uid: 0, loginuid: 0, tty: 34816, env: [], parent: null };
}

export function lintEvents(...lines: string[]): LintEvent[] {
  return lines.map((l, i) => ({ sampleId: `s${i + 1}`, label: l, event: execEvent(l.split(' ')) }));
}

export function slice(text: string, r: { start: number; end: number }): string {
  return text.slice(r.start, r.end);
}
