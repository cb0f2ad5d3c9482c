import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basename, resolveProgram, truncateComm } from '../../src/engine/sample/binaries';
import { quoteWord } from '../../src/engine/sample/shell-words';
import { CONTAINER_SHELL_DEFAULTS, SSH_SESSION_DEFAULTS } from '../../src/engine/sample/context';
import { sampleToEvent } from '../../src/engine/sample/to-event';
import type { ProcessInfo } from '../../src/engine/event/types';
import type { Sample } from '../../src/engine/sample/types';
import { oracleDir, readJsonl, type OracleCase, type OracleProcess } from './oracle-events';

/**
 * The oracle's events were derived from typed command lines on Debian 12. Rebuilding the typed
 * text from [exe, ...args] and converting it back must give the same comm/exe/exepath/args.
 */
function typedSample(e: OracleProcess): Sample {
  const comm = truncateComm(basename(e.exe)).comm;
  const scriptPath = e.args[0];
  const scriptShaped = comm !== e.comm && scriptPath !== undefined && truncateComm(basename(scriptPath)).comm === e.comm;
  if (scriptShaped) {
    const viaPath = resolveProgram(basename(scriptPath), e.cwd).filename === scriptPath;
    const typed = [viaPath ? basename(scriptPath) : scriptPath, ...e.args.slice(1)];
    return { id: 's', command: typed.map(quoteWord).join(' '), cwd: e.cwd, script: 'on', interpreter: e.exe };
  }
  const argv0 = e.exe.includes('=') ? `'${e.exe}'` : quoteWord(e.exe);
  return { id: 's', command: [argv0, ...e.args.map(quoteWord)].join(' '), cwd: e.cwd, script: 'off' };
}

const FILES = [
  ['fields.jsonl', 200, 190],
  ['seed.jsonl', 134, 134],
] as const;

describe('sampleToEvent agrees with the oracle events', () => {
  for (const [file, total, atLeast] of FILES) {
    it(`${file}: reproduces comm/exe/exepath/args for nearly every event`, () => {
      const cases = readJsonl<OracleCase>(path.join(oracleDir, file));
      const mismatches: string[] = [];
      for (const c of cases) {
        const sample = typedSample(c.event);
        const r = sampleToEvent(sample);
        if (!r.ok) {
          mismatches.push(`${c.id}: ${sample.command} -> error ${r.error.message}`);
          continue;
        }
        const got = { exe: r.event.proc.exe, comm: r.event.proc.comm, exepath: r.event.proc.exepath, args: r.event.proc.args };
        const want = { exe: c.event.exe, comm: c.event.comm, exepath: c.event.exepath, args: c.event.args };
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${c.id}: ${sample.command}\n   got  ${JSON.stringify(got)}\n   want ${JSON.stringify(want)}`);
      }
      const agree = cases.length - mismatches.length;
      console.log(`${file}: ${agree}/${cases.length} events reproduced\n${mismatches.join('\n')}`);
      expect(cases.length).toBe(total);
      expect(agree).toBeGreaterThanOrEqual(atLeast);
    });
  }
});

/** The process tree without the keys the two sides spell differently (user, absent parent). */
function tree(p: OracleProcess | ProcessInfo | null | undefined): unknown {
  if (!p) return null;
  return { exe: p.exe, comm: p.comm, exepath: p.exepath, args: p.args, cwd: p.cwd, uid: p.uid, loginuid: p.loginuid, tty: p.tty, env: p.env, parent: tree(p.parent) };
}

describe('sampleToEvent reproduces the oracle contexts', () => {
  const cases = readJsonl<OracleCase>(path.join(oracleDir, 'fields.jsonl'));
  const contexts = [
    ['ssh login', SSH_SESSION_DEFAULTS],
    ['container shell', CONTAINER_SHELL_DEFAULTS],
  ] as const;
  for (const [label, defaults] of contexts) {
    it(`${label}: whole process tree, parents included`, () => {
      const probe = sampleToEvent({ id: 'p', command: 'true' }, defaults);
      if (!probe.ok) throw new Error(probe.error.message);
      const context = JSON.stringify(tree(probe.event.proc.parent));
      const env = JSON.stringify(probe.event.proc.env);
      const inContext = cases.filter((c) => JSON.stringify(tree(c.event.parent)) === context && JSON.stringify(c.event.env) === env && c.event.cwd === probe.event.proc.cwd);
      let agree = 0;
      let compared = 0;
      for (const c of inContext) {
        const r = sampleToEvent(typedSample(c.event), defaults);
        if (!r.ok) continue;
        // Program mismatches (exotic exepaths) are counted by the test above; here: the context.
        const { exe, comm, exepath, args } = r.event.proc;
        if (JSON.stringify([exe, comm, exepath, args]) !== JSON.stringify([c.event.exe, c.event.comm, c.event.exepath, c.event.args])) continue;
        compared++;
        if (JSON.stringify(tree(r.event.proc)) === JSON.stringify(tree(c.event))) agree++;
      }
      console.log(`${label}: ${agree}/${compared} process trees identical (${inContext.length} events in this context)`);
      expect(compared).toBeGreaterThan(20);
      expect(agree).toBe(compared);
    });
  }
});
