import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FIXED_RULES_YAML, SEED_RULES_YAML, SEED_SAMPLES } from '../../src/engine/sample/seed';
import { importFalcoAlerts } from '../../src/engine/import/falco-alerts';
import { serializeSamplesYaml } from '../../src/engine/sample/yaml';

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

const SAMPLES = serializeSamplesYaml([...SEED_SAMPLES, { id: 's4', command: 'ls -la' }]);

describe('falco-rule-playground test', () => {
  it('passes (exit 0) when every expectation holds, and writes JSON and JUnit reports', () => {
    const w = workspace({ 'fixed.yaml': SEED_FIXED_RULES_YAML, 'samples.yaml': SAMPLES });
    const junit = path.join(w.dir, 'junit.xml');
    const json = path.join(w.dir, 'report.json');
    const r = runCli(['test', w['fixed.yaml'], '--samples', w['samples.yaml'], '--json', json, '--junit', junit]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('PASS    s3      systemctl reload falco-helper-stopwatch.service');
    expect(r.stdout).toContain('3 passed, 0 failed (3 expectations, 4 samples)');
    expect(JSON.parse(readFileSync(json, 'utf8')).summary).toEqual({ expectations: 3, passed: 3, failed: 0, errors: 0, samples: 4 });
    expect(readFileSync(junit, 'utf8')).toContain('<testsuite name="falco-rule-playground" tests="3" failures="0" errors="0">');
  });

  it('fails (exit 1) on the original rule, naming the false positive', () => {
    const w = workspace({ 'rules.yaml': SEED_RULES_YAML, 'samples.yaml': SAMPLES });
    const r = runCli(['test', w['rules.yaml'], '--samples', w['samples.yaml'], '--json', '-']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ passed: 2, failed: 1 });
    expect(report.results.filter((x: { pass: boolean }) => !x.pass)).toEqual([
      expect.objectContaining({ sample: 's3', expected: 'no_alert', actual: 'alert', output: expect.stringContaining('args=reload falco-helper-stopwatch.service') }),
    ]);
  });

  it('loads several rules files in order (a later file can append)', () => {
    const append = '- macro: user_known_security_tool_disable_activities\n  condition: or proc.args endswith ".service"\n  override:\n    condition: append\n';
    const w = workspace({ 'rules.yaml': SEED_RULES_YAML, 'local.yaml': append, 'samples.yaml': SAMPLES });
    const r = runCli(['test', w['rules.yaml'], w['local.yaml'], '--samples', w['samples.yaml']]);
    expect(r.status).toBe(0);
  });

  it.each([
    [['test'], 'give at least one rules file'],
    [['test', 'x.yaml'], '--samples SAMPLES.yaml is required'],
    [['test', '/nonexistent/r.yaml', '--samples', '/nonexistent/s.yaml'], 'cannot read /nonexistent/r.yaml'],
    [['test', 'r.yaml', '--samples', 's.yaml', '--base', 'everything'], '--base must be stock or none'],
    [['test', 'r.yaml', '--colour'], 'unknown option --colour'],
  ])('exits 2 with a clear message on bad arguments %j', (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('exits 2 on rules that do not load, with file:line:col', () => {
    const w = workspace({ 'rules.yaml': '- rule: broken\n  desc: d\n  condition: proc.name =\n  output: o\n  priority: WARNING\n', 'samples.yaml': SAMPLES });
    const r = runCli(['test', w['rules.yaml'], '--samples', w['samples.yaml']]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/the rules do not load:\n.*rules\.yaml:3:\d+: error: .*\[LOAD_ERR_COMPILE_CONDITION\]/);
  });

  it('exits 2 on a malformed samples file, with file:line:col', () => {
    const w = workspace({ 'rules.yaml': SEED_RULES_YAML, 'samples.yaml': 'samples:\n  - command: ls\n    expect: {R: perhaps}\n' });
    const r = runCli(['test', w['rules.yaml'], '--samples', w['samples.yaml']]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("samples.yaml:3:17: Sample 1: expectation for 'R' must be alert or no_alert. [FRP_SAMPLE_INVALID]");
  });

  it('exits 2 when an expectation names no loaded rule or a sample cannot run', () => {
    const w = workspace({ 'rules.yaml': SEED_RULES_YAML, 'samples.yaml': 'samples:\n  - command: ls\n    expect: {No Such Rule: alert}\n  - command: echo "oops\n    expect: {Impair Security Tools in Container: no_alert}\n' });
    const r = runCli(['test', w['rules.yaml'], '--samples', w['samples.yaml']]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: 'test: some expectations could not be checked (see the table)\n' });
    expect(r.stdout).toContain("no rule named 'No Such Rule' is loaded");
    expect(r.stdout).toContain('sample cannot run: Unterminated double quote');
  });

  // The CLI picks the rules to run the way the app does (src/engine/rules/ruleset.ts): a sample
  // that says it is an openat is filed under openat, so a rule for open/openat runs on it.
  const SHADOW_RULE = '- rule: Shadow read in container\n  desc: d\n  condition: evt.type in (open, openat) and fd.name = /etc/shadow and container.id != host\n  output: shadow read (%proc.cmdline %fd.name)\n  priority: WARNING\n';

  it("honours a sample's own evt.type when choosing the rules to run", () => {
    const samples = 'samples:\n  - id: s1\n    command: cat /etc/shadow\n    container: nginx:1.25\n    fields: {fd.name: /etc/shadow, evt.type: openat}\n    expect: {Shadow read in container: alert}\n'
      + '  - id: s2\n    command: cat /etc/shadow\n    container: nginx:1.25\n    fields: {fd.name: /etc/shadow}\n    expect: {Shadow read in container: no_alert}\n';
    const w = workspace({ 'rules.yaml': SHADOW_RULE, 'samples.yaml': samples });
    const r = runCli(['test', w['rules.yaml'], '--samples', w['samples.yaml'], '--json', '-']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results).toEqual([
      expect.objectContaining({ sample: 's1', expected: 'alert', actual: 'alert', pass: true, output: 'shadow read (cat /etc/shadow /etc/shadow)' }),
      expect.objectContaining({ sample: 's2', expected: 'no_alert', actual: 'no_alert', pass: true }),
    ]);
  });

  it('an imported Falco alert carrying evt.type alerts again under the CLI', () => {
    const alert = {
      output: 'shadow read', priority: 'Warning', rule: 'Shadow read in container', time: '2026-12-03T10:00:00Z',
      output_fields: { 'container.id': '9f3c2b7a1d4e', 'evt.type': 'openat', 'fd.name': '/etc/shadow', 'proc.cmdline': 'cat /etc/shadow', 'proc.name': 'cat' },
    };
    const imported = importFalcoAlerts(JSON.stringify(alert));
    expect(imported.diagnostics).toEqual([]);
    const w = workspace({ 'rules.yaml': SHADOW_RULE, 'samples.yaml': serializeSamplesYaml(imported.samples) });
    const r = runCli(['test', w['rules.yaml'], '--samples', w['samples.yaml'], '--json', '-']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results).toEqual([expect.objectContaining({ rule: 'Shadow read in container', expected: 'alert', actual: 'alert' })]);
  });
});
