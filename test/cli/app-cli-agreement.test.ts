/**
 * The app and the `test` CLI must agree on every expectation: the app's verdicts (analyze, what the
 * table shows) with their outcome (TP/FP/FN/TN, what the scoreboard counts) against the CLI's
 * PASS/FAIL, over one varied samples file: several rules, one of them disabled, file defaults and
 * per-sample context, and field overrides including evt.type. A disabled rule never alerts (Falco
 * does not run it): the app still shows what it would match, but counts it as not alerting.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { alertOf, outcomeOf, scoreboard } from '../../src/engine/explain/scoreboard';
import { parseSamplesYaml } from '../../src/engine/sample/yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin/falco-rule-playground.mjs');

export const RULES = `- list: fetchers
  items: [curl, wget]

- macro: from_shell
  condition: proc.pname in (bash, sh, zsh)

- rule: Fetch in container
  desc: a download tool ran in a container
  condition: spawned_process and container and proc.name in (fetchers)
  output: fetch (cmd=%proc.cmdline image=%container.image.repository)
  priority: NOTICE

- rule: Root shell child
  desc: a process started by a root shell
  condition: spawned_process and from_shell and user.name = root
  output: root shell child (cmd=%proc.cmdline user=%user.name)
  priority: WARNING

- rule: Disabled fetch rule
  desc: would match every fetch, but is disabled
  condition: spawned_process and proc.name in (fetchers)
  output: disabled (cmd=%proc.cmdline)
  priority: INFO
  enabled: false

- rule: Shadow opened
  desc: /etc/shadow opened for reading
  condition: evt.type in (open, openat) and fd.name = /etc/shadow
  output: shadow (cmd=%proc.cmdline file=%fd.name)
  priority: ERROR

- rule: Work in tmp
  desc: a process working in /tmp
  condition: spawned_process and proc.cwd startswith /tmp and not user.name = root
  output: tmp (cmd=%proc.cmdline cwd=%proc.cwd)
  priority: NOTICE
`;

export const SAMPLES = `defaults:
  container: docker.io/library/nginx:1.25
  parent: bash
  user: www-data
samples:
  - id: fetch
    command: curl -s http://example.com/x -o /tmp/x
    expect:
      Fetch in container: alert
      Disabled fetch rule: no_alert
      Root shell child: no_alert
  - id: fetch-host
    command: wget http://example.com/y
    container: host
    expect:
      Fetch in container: no_alert
      Disabled fetch rule: alert
  - id: root-shell
    command: id
    user: root
    expect:
      Root shell child: alert
      Fetch in container: no_alert
  - id: root-from-cron
    command: id
    user: root
    parent: cron
    expect:
      Root shell child: alert
  - id: shadow-openat
    command: cat /etc/shadow
    fields: {evt.type: openat, fd.name: /etc/shadow}
    expect:
      Shadow opened: alert
      Root shell child: no_alert
  - id: shadow-execve
    command: cat /etc/shadow
    fields: {fd.name: /etc/shadow}
    expect:
      Shadow opened: no_alert
  - id: pname-override
    command: ls
    user: root
    fields: {proc.pname: sshd}
    expect:
      Root shell child: no_alert
  - id: tmp-work
    command: ./build.sh
    cwd: /tmp/work
    script: off
    expect:
      Work in tmp: alert
      Fetch in container: no_alert
  - id: tmp-root
    command: make
    cwd: /tmp/work
    user: root
    expect:
      Work in tmp: no_alert
      Root shell child: alert
  - id: no-expectation
    command: curl http://example.com
`;

interface CliResult { sample: string; rule: string; expected: string; actual: string; pass: boolean }

function runCliJson(rules: string, samples: string): { status: number | null; results: CliResult[]; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'frp-agree-'));
  writeFileSync(path.join(dir, 'rules.yaml'), rules);
  writeFileSync(path.join(dir, 'samples.yaml'), samples);
  const r = spawnSync(process.execPath, [bin, 'test', path.join(dir, 'rules.yaml'), '--samples', path.join(dir, 'samples.yaml'), '--json', '-'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, results: r.stdout ? (JSON.parse(r.stdout) as { results: CliResult[] }).results : [], stderr: r.stderr };
}

/** For each (sample, rule) expectation: what the app shows and counts. */
export function appOutcomes(rules: string, samplesYaml: string) {
  const file = parseSamplesYaml(samplesYaml);
  expect(file.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const analysis = analyze({ rulesText: rules, base: 'stock', samples: file.samples, plugins: 'container', sampleDefaults: file.defaults });
  expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const enabled = new Map(analysis.rules.map((r) => [r.name, r.enabled]));
  const rows: { sample: string; rule: string; expected: string; verdict: string; actual: string | null; pass: boolean }[] = [];
  for (const s of file.samples) {
    const result = analysis.samples.find((r) => r.sampleId === s.id)!;
    for (const [rule, expected] of Object.entries(s.expect ?? {})) {
      const verdict = result.perRule[rule];
      const outcome = outcomeOf(expected, verdict, enabled.get(rule));
      rows.push({ sample: s.id, rule, expected, verdict, actual: alertOf(verdict, enabled.get(rule)), pass: outcome === 'TP' || outcome === 'TN' });
    }
  }
  return { rows, analysis, enabled };
}

describe('the app and the test CLI agree on every expectation', () => {
  it('over a varied samples file: several rules, a disabled one, context, field overrides incl. evt.type', () => {
    const app = appOutcomes(RULES, SAMPLES);
    const cli = runCliJson(RULES, SAMPLES);
    expect(cli.stderr).toBe('');
    const fromCli = cli.results.map((r) => ({ sample: r.sample, rule: r.rule, expected: r.expected, actual: r.actual, pass: r.pass }));
    const fromApp = app.rows.map(({ sample, rule, expected, actual, pass }) => ({ sample, rule, expected, actual, pass }));
    // Every expectation, in the same order, with the same outcome. (A sample whose fields say
    // evt.type openat used to alert in the app and not in the CLI, which filed rules by the event's
    // own type: both now decide it in src/engine/rules/ruleset.ts.)
    expect(fromApp).toEqual(fromCli);
    expect(fromApp.length).toBe(16);
    expect(fromCli.find((r) => r.sample === 'shadow-openat' && r.rule === 'Shadow opened')).toMatchObject({ actual: 'alert', pass: true });
    // The file exercises both outcomes, so agreement is not all-pass by construction.
    expect(fromCli.filter((r) => !r.pass).map((r) => `${r.sample}/${r.rule}`)).toEqual([
      'fetch-host/Disabled fetch rule', // disabled: never alerts, though its condition matches
      'root-from-cron/Root shell child', // parent cron: the rule misses
    ]);
    expect(cli.status).toBe(1);
  });

  it("a disabled rule's match is shown as a match but counted as no alert (TN, not FP), as the CLI says PASS", () => {
    const app = appOutcomes(RULES, SAMPLES);
    const fetch = app.rows.find((r) => r.sample === 'fetch' && r.rule === 'Disabled fetch rule')!;
    expect(fetch).toMatchObject({ verdict: 'match', actual: 'no_alert', pass: true });
    expect(app.enabled.get('Disabled fetch rule')).toBe(false);
    const rows = app.rows.filter((r) => r.rule === 'Disabled fetch rule').map((r) => ({ expect: r.expected as 'alert' | 'no_alert', verdict: r.verdict as 'match', enabled: false }));
    expect(scoreboard(rows)).toMatchObject({ tp: 0, fp: 0, fn: 1, tn: 1 });
    // Enabled, the same verdicts would be a TP and an FP.
    expect(scoreboard(rows.map((r) => ({ ...r, enabled: true })))).toMatchObject({ tp: 1, fp: 1, fn: 0, tn: 0 });
  });
});
