/**
 * Which rules run on a sample, and in which order (ruleset.ts): the app's analyze() and the
 * `test` CLI's evaluateRules must give the same answer for every sample, including samples that
 * stand for another event through their own `evt.type` value.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyze';
import { STOCK_RULES_FILE } from '../base/stock';
import { importFalcoAlerts } from '../import/falco-alerts';
import { sampleToEvent } from '../sample/to-event';
import type { Sample } from '../sample/types';
import { evaluateRules, loadRules } from './index';

const SHADOW_RULE = `- rule: Shadow read in container
  desc: a process in a container reads /etc/shadow
  condition: evt.type in (open, openat) and fd.name = /etc/shadow and container.id != host
  output: shadow read (%proc.cmdline %fd.name %evt.type)
  priority: WARNING
`;

const SHADOW_SAMPLE: Sample = {
  id: 's1', command: 'cat /etc/shadow', container: 'nginx:1.25', fields: { 'fd.name': '/etc/shadow', 'evt.type': 'openat' },
};

/** The verdicts the app shows, per sample: the names of the matching rules, in the app's rule order. */
function appMatches(rulesText: string, samples: Sample[]): string[][] {
  const a = createAnalyzer().analyze({ rulesText, base: 'stock', samples, plugins: 'container' });
  expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return a.samples.map((s) => Object.entries(s.perRule).filter(([, v]) => v === 'match').map(([name]) => name));
}

/** What `falco-rule-playground test` evaluates: the same load, Falco's rule selection. */
function cliMatches(rulesText: string, samples: Sample[]): { matched: string[]; firstMatch: string | null }[] {
  const load = loadRules([STOCK_RULES_FILE, { name: 'rules.yaml', content: rulesText }]);
  expect(load.errors).toEqual([]);
  return samples.map((s) => {
    const conv = sampleToEvent(s);
    if (!conv.ok) throw new Error(conv.error.message);
    const r = evaluateRules(load, conv.event);
    return { matched: r.matched, firstMatch: r.firstMatch };
  });
}

describe('the rules Falco runs on a sample', () => {
  it("files a sample under its own evt.type value: the open rule runs on a sample that says it is an openat", () => {
    expect(cliMatches(SHADOW_RULE, [SHADOW_SAMPLE])).toEqual([{ matched: ['Shadow read in container'], firstMatch: 'Shadow read in container' }]);
    expect(appMatches(SHADOW_RULE, [SHADOW_SAMPLE])).toEqual([['Shadow read in container']]);
  });

  it('without the evt.type value the sample is an execve, and the open rule does not run', () => {
    const sample: Sample = { ...SHADOW_SAMPLE, fields: { 'fd.name': '/etc/shadow' } };
    expect(cliMatches(SHADOW_RULE, [sample])).toEqual([{ matched: [], firstMatch: null }]);
    expect(appMatches(SHADOW_RULE, [sample])).toEqual([[]]);
  });

  it('a rule its event types keep off the event is not run, even where its condition would hold', () => {
    // `evt.num = 0` can never hold on a real event, so Falco files the rule under no type at all;
    // a sample forcing evt.num to 0 does not make it run (in the app nor in the CLI).
    const rules = `- rule: Never
  desc: d
  condition: evt.num = 0 and proc.name = cat
  output: o
  priority: INFO
  warn_evttypes: false
`;
    const sample: Sample = { id: 'n', command: 'cat x', fields: { 'evt.num': '0' } };
    expect(cliMatches(rules, [sample])).toEqual([{ matched: [], firstMatch: null }]);
    expect(appMatches(rules, [sample])).toEqual([[]]);
  });

  it('an evt.type Falco does not know runs nothing, and the sample says so', () => {
    const rules = `- rule: Any cat
  desc: d
  condition: proc.name = cat
  output: o
  priority: INFO
  warn_evttypes: false
`;
    const sample: Sample = { id: 'u', command: 'cat x', fields: { 'evt.type': 'opneat' } };
    expect(cliMatches(rules, [sample])).toEqual([{ matched: [], firstMatch: null }]);
    expect(appMatches(rules, [sample])).toEqual([[]]);
    const conv = sampleToEvent(sample);
    expect(conv.ok && conv.notes).toContain('`evt.type: opneat` is not an event type Falco knows: no rule runs on this sample.');
    // "no value" for evt.type does not describe another event: the sample stays an execve.
    const none: Sample = { id: 'v', command: 'cat x', fields: { 'evt.type': null } };
    expect(cliMatches(rules, [none])).toEqual([{ matched: ['Any cat'], firstMatch: 'Any cat' }]);
    expect(appMatches(rules, [none])).toEqual([['Any cat']]);
  });

  it('the app and the CLI agree on every sample, in Falco order (by event type, then definition order)', () => {
    const rules = [
      ['Any shell', 'proc.name in (bash, sh) and not evt.type in (connect)'],
      ['Exec of cat', 'spawned_process and proc.name = cat'],
      ['Open of shadow', 'evt.type in (open, openat) and fd.name = /etc/shadow'],
      ['Connect', 'evt.type = connect and fd.sip exists'],
      ['Cat anywhere', 'proc.name = cat'],
      ['Not an open', 'not evt.type in (open, openat) and proc.name = cat'],
    ].map(([name, condition]) => `- rule: ${name}\n  desc: d\n  condition: ${condition}\n  output: o %evt.type\n  priority: INFO\n  warn_evttypes: false\n`).join('');
    const samples: Sample[] = [
      { id: 'a', command: 'cat /etc/shadow' },
      { id: 'b', command: 'cat /etc/shadow', fields: { 'evt.type': 'openat', 'fd.name': '/etc/shadow' } },
      { id: 'c', command: 'bash', fields: { 'evt.type': 'connect', 'fd.sip': '10.0.0.1' } },
      { id: 'd', command: 'sh -c id', fields: { 'evt.type': 'open' } },
      { id: 'e', command: 'cat', fields: { 'evt.type': 'execveat' } },
      { id: 'f', command: 'cat', fields: { 'evt.type': null } },
    ];
    const cli = cliMatches(rules, samples);
    const app = appMatches(rules, samples);
    expect(app).toEqual(cli.map((c) => c.matched));
    expect(cli.map((c) => c.matched)).toEqual([
      ['Exec of cat', 'Cat anywhere', 'Not an open'],
      ['Open of shadow', 'Cat anywhere'],
      ['Connect'],
      ['Any shell'],
      ['Exec of cat', 'Cat anywhere', 'Not an open'],
      // evt.type has no value: the event is filed as the execve it is, but `spawned_process` is
      // false and `not evt.type in (...)` true (a check on a missing value is false).
      ['Cat anywhere', 'Not an open'],
    ]);
    expect(cli.map((c) => c.firstMatch)).toEqual(['Exec of cat', 'Open of shadow', 'Connect', 'Any shell', 'Exec of cat', 'Cat anywhere']);
  });

  it('an imported Falco alert carrying evt.type runs the same rules in the app and the CLI', () => {
    const alert = {
      output: 'shadow read', priority: 'Warning', rule: 'Shadow read in container', time: '2026-12-03T10:00:00Z',
      output_fields: {
        'container.id': '9f3c2b7a1d4e', 'container.image.repository': 'docker.io/library/nginx', 'evt.type': 'openat',
        'fd.name': '/etc/shadow', 'proc.cmdline': 'cat /etc/shadow', 'proc.exepath': '/usr/bin/cat', 'proc.name': 'cat', 'user.uid': 0,
      },
    };
    const imported = importFalcoAlerts(JSON.stringify(alert));
    expect(imported.diagnostics).toEqual([]);
    expect(imported.samples[0].fields).toMatchObject({ 'evt.type': 'openat', 'fd.name': '/etc/shadow' });
    expect(cliMatches(SHADOW_RULE, imported.samples)).toEqual([{ matched: ['Shadow read in container'], firstMatch: 'Shadow read in container' }]);
    expect(appMatches(SHADOW_RULE, imported.samples)).toEqual([['Shadow read in container']]);
  });
});
