import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_RULES_YAML } from '../../src/engine/sample/seed';
import { decodeState } from '../../src/share/codec';

// The real CLI launcher, run as a user would (helpers kept local to this file).
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin/falco-rule-playground.mjs');

/** Runs the real CLI launcher as a user would. */
function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh directory with the given files; returns their paths by name. */
function workspace(files: Record<string, string>): Record<string, string> & { dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'frp-cli-'));
  const out: Record<string, string> = { dir };
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    out[name] = p;
  }
  return out as Record<string, string> & { dir: string };
}

const SAMPLES = '# my samples\nsamples:\n  - iptables -F\n';

describe('falco-rule-playground link', () => {
  it('prints a link that decodes to the files, verbatim', () => {
    const w = workspace({ 'rules.yaml': SEED_RULES_YAML, 'samples.yaml': SAMPLES });
    const r = runCli(['link', w['rules.yaml'], '--samples', w['samples.yaml'], '--base-url', 'https://play.example/app/', '--rule', 'Impair Security Tools in Container']);
    expect(r.status).toBe(0);
    const link = r.stdout.trim();
    expect(link.startsWith('https://play.example/app/#v1.')).toBe(true);
    expect(decodeState(link.slice(link.indexOf('#')))).toEqual({
      ok: true,
      warnings: [],
      state: { v: 1, rules: SEED_RULES_YAML, base: 'stock', samplesYaml: SAMPLES, selectedRule: 'Impair Security Tools in Container' },
    });
  });

  it('exits 2 on bad input', () => {
    expect(runCli(['link']).status).toBe(2);
    const missing = runCli(['link', '/nonexistent/rules.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/rules.yaml');
    const w = workspace({ 'rules.yaml': SEED_RULES_YAML, 'samples.yaml': 'samples: 42\n' });
    const bad = runCli(['link', w['rules.yaml'], '--samples', w['samples.yaml']]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('`samples` must be a list');
  });
});
