import { describe, expect, it } from 'vitest';
import { STOCK_RULES_FILE } from '../../src/engine/base/stock';
import { applyFix, eventsFromSamples, lintRules, type LintHint } from '../../src/engine/lint';
import { loadRules } from '../../src/engine/rules';
import type { Sample } from '../../src/engine/sample';
import { SEED_RULES_YAML, SEED_RULE_NAME, SEED_SAMPLES } from '../../src/engine/sample/seed';
import { slice } from './helpers';

/**
 * The seed rule is the one proposed in falcosecurity/rules PR 367. Its review asked for: anchored
 * tokens instead of bare `contains` (iptables flags, `stop`, the service names), exe_flags in the
 * output of a spawned-process rule, no %proc.args next to %proc.cmdline, no container fields
 * (append_output adds them), and no `network` tag on a rule that does not look at the network.
 * The linter must raise every one of those points on the rule as written.
 */
const FILE = 'rules.yaml';

function lintSeed(text = SEED_RULES_YAML, samples: Sample[] = SEED_SAMPLES): LintHint[] {
  const load = loadRules([STOCK_RULES_FILE, { name: FILE, content: text }], { lenient: true });
  return lintRules({ rulesText: text, file: FILE, load, events: eventsFromSamples(samples) });
}

function verdicts(text: string, samples: Sample[] = SEED_SAMPLES): boolean[] {
  const load = loadRules([STOCK_RULES_FILE, { name: FILE, content: text }], { lenient: true });
  const rule = load.rules.find((r) => r.name === SEED_RULE_NAME)!;
  expect(rule.filter, rule.error?.message).toBeDefined();
  const events = eventsFromSamples(samples);
  expect(events).toHaveLength(samples.length);
  return events.map((e) => rule.filter!.evaluate(e.event));
}

/**
 * Applies the first quick fix of the first hint that has one, lints again, and so on until no
 * hint offers a fix. Every fix must make its own hint go away, so this ends; a pair of hints
 * whose fixes undo each other would loop and fail here.
 */
function applyEveryFix(text: string, samples: Sample[]): { text: string; applied: string[] } {
  const applied: string[] = [];
  for (let step = 0; step < 100; step++) {
    const h = lintSeed(text, samples).find((x) => x.fixes?.length);
    if (!h) return { text, applied };
    const next = applyFix(text, h.fixes![0]);
    expect(next, `${h.code}: ${h.fixes![0].title} changes nothing`).not.toBe(text);
    const load = loadRules([STOCK_RULES_FILE, { name: FILE, content: next }]);
    expect(load.errors.map((e) => e.message), `${h.code}: ${h.fixes![0].title}`).toEqual([]);
    applied.push(`${h.code}: ${h.fixes![0].title}`);
    text = next;
  }
  throw new Error(`fixes do not converge: ${applied.slice(-6).join('; ')}`);
}

describe('the seed rule reproduces every point of the review', () => {
  const hints = lintSeed();
  const codes = hints.map((h) => h.code);

  it('flags every unanchored contains of a short token', () => {
    const flagged = hints.filter((h) => h.code === 'FRP_LINT_UNANCHORED_CONTAINS').map((h) => slice(SEED_RULES_YAML, h.range));
    expect(flagged).toEqual([
      'proc.args contains "-F"',
      'proc.args contains "--flush"',
      'proc.args contains "-X"',
      'proc.args contains "--delete-chain"',
      'proc.args contains "stop"',
      'proc.args contains "falco"',
      'proc.args contains "auditd"',
      'proc.args contains "sysdig"',
      'proc.args contains "osquery"',
      'proc.args contains "stop"',
      'proc.args contains "falco"',
      'proc.args contains "auditd"',
    ]);
  });

  it('names the stopwatch row and proposes the reviewer\'s anchored form', () => {
    const stop = hints.find((h) => h.code === 'FRP_LINT_UNANCHORED_CONTAINS' && slice(SEED_RULES_YAML, h.range) === 'proc.args contains "stop"')!;
    const stopwatch = SEED_SAMPLES.find((s) => s.command.includes('stopwatch'))!;
    expect(stop.rows).toEqual([stopwatch.id]);
    expect(stop.message).toContain(`row 3: ${stopwatch.command}`);
    expect(stop.fixes![0].edits[0].text).toBe('(proc.args startswith "stop " or proc.args contains " stop ")');
    // Applying the fix flips only the stopwatch row.
    expect(verdicts(SEED_RULES_YAML)).toEqual([true, true, true]);
    expect(verdicts(applyFix(SEED_RULES_YAML, stop.fixes![0]))).toEqual([true, true, false]);
  });

  it('anchors the iptables flags at the start of an argument', () => {
    const f = hints.find((h) => slice(SEED_RULES_YAML, h.range) === 'proc.args contains "-F"')!;
    expect(f.fixes![0].edits[0].text).toBe('(proc.args startswith "-F" or proc.args contains " -F")');
  });

  it('asks for exe_flags=%evt.arg.flags in a spawned-process rule', () => {
    const h = hints.find((x) => x.code === 'FRP_LINT_OUTPUT_EXE_FLAGS')!;
    expect(applyFix(SEED_RULES_YAML, h.fixes![0])).toContain('terminal=%proc.tty exe_flags=%evt.arg.flags');
  });

  it('calls %proc.args redundant next to %proc.cmdline', () => {
    const h = hints.find((x) => x.code === 'FRP_LINT_OUTPUT_REDUNDANT_ARGS')!;
    expect(slice(SEED_RULES_YAML, h.range)).toBe('args=%proc.args');
    expect(applyFix(SEED_RULES_YAML, h.fixes![0])).toContain('in container | evt_type=%evt.type');
  });

  it('leaves %container.id and %container.image.* to append_output', () => {
    const h = hints.find((x) => x.code === 'FRP_LINT_OUTPUT_CONTAINER_FIELDS')!;
    expect(h.message).toContain('append_output');
    const fixed = applyFix(SEED_RULES_YAML, h.fixes![0]);
    expect(fixed).toContain('terminal=%proc.tty\n');
    expect(fixed).not.toContain('%container.');
  });

  it('keeps the network tag only on rules that inspect network activity', () => {
    const h = hints.find((x) => x.code === 'FRP_LINT_TAGS_NETWORK')!;
    expect(applyFix(SEED_RULES_YAML, h.fixes![0])).toContain('tags: [maturity_incubating, container, process, mitre_defense_evasion, T1562.001]');
  });

  it('accepts the maturity tag already in first place', () => {
    expect(codes).not.toContain('FRP_LINT_TAGS_MATURITY_FIRST');
  });

  it('every quick fix leaves a file that still loads and compiles the rule', () => {
    for (const h of hints) {
      for (const fix of h.fixes ?? []) {
        const text = applyFix(SEED_RULES_YAML, fix);
        const load = loadRules([STOCK_RULES_FILE, { name: FILE, content: text }]);
        expect(load.errors.map((e) => e.message), `${h.code}: ${fix.title}`).toEqual([]);
      }
    }
  });
});

describe('applying every quick fix to the seed rule', () => {
  // `service falco stop` as Debian runs it (through /bin/sh, script: auto) and as a plain binary.
  const serviceAuto: Sample = { id: 'svc', command: 'service falco stop' };
  const serviceBinary: Sample = { id: 'svc-bin', command: 'service falco stop', script: 'off' };
  const rows = [...SEED_SAMPLES, serviceAuto, serviceBinary];

  it('the service rows match the rule as written (args "/usr/sbin/service falco stop" and "falco stop")', () => {
    expect(verdicts(SEED_RULES_YAML, rows)).toEqual([true, true, true, true, true]);
  });

  it('keeps every true positive and drops only the stopwatch row, with the seed samples as evidence', () => {
    const { text, applied } = applyEveryFix(SEED_RULES_YAML, SEED_SAMPLES);
    expect(applied.length).toBeGreaterThan(10);
    // iptables -F, systemctl stop falco, stopwatch, service falco stop (script), (binary)
    expect(verdicts(text, rows)).toEqual([true, true, false, true, true]);
  });

  it('keeps every true positive when a service row is part of the evidence', () => {
    // (The guarantee covers the rows the linter is shown: a fix informed by the script form of
    // the service row alone may anchor "falco" after a space only, which the binary form lacks.)
    for (const svc of [serviceAuto, serviceBinary]) {
      const { text } = applyEveryFix(SEED_RULES_YAML, [...SEED_SAMPLES, svc]);
      expect(verdicts(text, [...SEED_SAMPLES, svc]), svc.id).toEqual([true, true, false, true]);
    }
    const { text } = applyEveryFix(SEED_RULES_YAML, rows);
    expect(verdicts(text, rows)).toEqual([true, true, false, true, true]);
  });

  it('no row informs the service block\'s "stop" with the seed samples: every whole-word position is kept', () => {
    const stops = lintSeed().filter((h) => h.code === 'FRP_LINT_UNANCHORED_CONTAINS' && slice(SEED_RULES_YAML, h.range) === 'proc.args contains "stop"');
    expect(stops).toHaveLength(2);
    // systemctl block: the rows that reach it have "stop" first (the reviewer's form).
    expect(stops[0].fixes![0].edits[0].text).toBe('(proc.args startswith "stop " or proc.args contains " stop ")');
    // service block: no sample reaches it (proc.name = service is false on all three).
    expect(stops[1].fixes![0].edits[0].text).toBe('(proc.args = "stop" or proc.args startswith "stop " or proc.args contains " stop " or proc.args endswith " stop")');
  });

  it('a service row as evidence gives the reviewer\'s form for the service block', () => {
    for (const svc of [serviceAuto, serviceBinary]) {
      const stops = lintSeed(SEED_RULES_YAML, [...SEED_SAMPLES, svc]).filter((h) => h.code === 'FRP_LINT_UNANCHORED_CONTAINS' && slice(SEED_RULES_YAML, h.range) === 'proc.args contains "stop"');
      expect(stops[0].fixes![0].edits[0].text, svc.id).toBe('(proc.args startswith "stop " or proc.args contains " stop ")');
      expect(stops[1].fixes![0].edits[0].text, svc.id).toBe('(proc.args contains " stop " or proc.args endswith " stop")');
    }
  });
});
