/**
 * `test` reports that cannot be written, and a samples file that checks nothing (the real CLI
 * launcher, run as a user would).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_FIXED_RULES_YAML, SEED_SAMPLES } from '../../src/engine/sample/seed';
import { serializeSamplesYaml } from '../../src/engine/sample/yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin/falco-rule-playground.mjs');

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'frp-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return (name: string) => path.join(dir, name);
}

const SAMPLES = serializeSamplesYaml(SEED_SAMPLES);

describe('test: reports that cannot be written', () => {
  it.each([
    ['--json', 'JSON'],
    ['--junit', 'JUnit'],
  ])('%s to a path that cannot be written: one line, exit 2 (not 1, which means an expectation failed)', (flag, kind) => {
    const at = workspace({ 'rules.yaml': SEED_FIXED_RULES_YAML, 'samples.yaml': SAMPLES });
    const r = runCli(['test', at('rules.yaml'), '--samples', at('samples.yaml'), flag, '/nonexistent/dir/report.out']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`test: cannot write the ${kind} report to /nonexistent/dir/report.out: ENOENT (no such directory)\n`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toContain('3 passed, 0 failed'); // the table is still printed
  });

  it('a report path that is a directory, or not writable', () => {
    const at = workspace({ 'rules.yaml': SEED_FIXED_RULES_YAML, 'samples.yaml': SAMPLES });
    mkdirSync(at('out'));
    const r = runCli(['test', at('rules.yaml'), '--samples', at('samples.yaml'), '--junit', at('out')]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: `test: cannot write the JUnit report to ${at('out')}: EISDIR (it is a directory)\n` });
    if (process.getuid?.() !== 0) { // root writes anywhere
      mkdirSync(at('locked'));
      chmodSync(at('locked'), 0o500);
      const locked = runCli(['test', at('rules.yaml'), '--samples', at('samples.yaml'), '--json', at('locked/r.json')]);
      expect(locked.status).toBe(2);
      expect(locked.stderr).toContain('EACCES (permission denied)');
    }
  });
});

describe('test: a samples file without expectations', () => {
  it('exits 0 but says on stderr that nothing was checked', () => {
    const at = workspace({ 'rules.yaml': SEED_FIXED_RULES_YAML, 'samples.yaml': 'samples:\n  - command: ls\n  - command: iptables -F\n' });
    const r = runCli(['test', at('rules.yaml'), '--samples', at('samples.yaml')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`test: warning: no sample in ${at('samples.yaml')} states an expectation (expect: {RULE: alert|no_alert}); nothing was checked\n`);
    expect(r.stdout).toContain('0 passed, 0 failed (0 expectations, 2 samples)');
  });

  it('says nothing when some sample has an expectation', () => {
    const at = workspace({ 'rules.yaml': SEED_FIXED_RULES_YAML, 'samples.yaml': `${SAMPLES}  - command: ls\n` });
    const r = runCli(['test', at('rules.yaml'), '--samples', at('samples.yaml')]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
