import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basename, resolveProgram, truncateComm } from '../../src/engine/sample/binaries';
import { quoteWord } from '../../src/engine/sample/shell-words';
import { sampleToEvent } from '../../src/engine/sample/to-event';
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

describe('sampleToEvent agrees with the oracle events of fields.jsonl', () => {
  const cases = readJsonl<OracleCase>(path.join(oracleDir, 'fields.jsonl'));
  it('reproduces comm/exe/exepath/args for nearly every event', () => {
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
    console.log(`fields.jsonl: ${agree}/${cases.length} events reproduced\n${mismatches.join('\n')}`);
    expect(cases.length).toBe(200);
    expect(agree).toBeGreaterThanOrEqual(190);
  });
});
