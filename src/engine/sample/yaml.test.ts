import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_DEFAULTS } from './context';
import type { Sample, SampleDefaults } from './types';
import { parseSamplesYaml, serializeSamplesYaml } from './yaml';
import { defaultSampleId, isAppSampleId } from './yaml-write';

describe('parseSamplesYaml', () => {
  it('reads short and long sample forms with defaults', () => {
    const text = [
      'defaults:',
      '  user: www-data',
      '  container: host',
      'samples:',
      '  - iptables -F',
      '  - command: systemctl stop falco',
      '    id: stop',
      '    parent_missing: true',
      '    fields: {proc.pname: sshd, fd.name: null}',
      '    expect: {Impair Security Tools in Container: alert, Other: no_alert}',
      '',
    ].join('\n');
    const r = parseSamplesYaml(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.defaults.user).toEqual({ name: 'www-data', uid: 33, loginuid: 0 });
    expect(r.defaults.container).toBe('host');
    expect(r.samples).toEqual([
      { id: 's1', command: 'iptables -F' },
      { id: 'stop', command: 'systemctl stop falco', parentMissing: true, fields: { 'proc.pname': 'sshd', 'fd.name': null }, expect: { 'Impair Security Tools in Container': 'alert', Other: 'no_alert' } },
    ]);
  });

  it('accepts a bare list', () => {
    expect(parseSamplesYaml('- ls\n- id\n').samples.map((s) => s.command)).toEqual(['ls', 'id']);
  });

  it('reports bad samples one by one and keeps the good ones', () => {
    const text = 'samples:\n  - ls\n  - command: id\n    expect: {R: maybe}\n  - {parent: bash}\n  - command: ps\n    colour: red\n';
    const r = parseSamplesYaml(text);
    expect(r.samples.map((s) => s.command)).toEqual(['ls', 'ps']);
    expect(r.diagnostics.map((d) => [d.code, d.severity, text.slice(d.range.start, d.range.end)])).toEqual([
      ['FRP_SAMPLE_INVALID', 'error', 'maybe'],
      ['FRP_SAMPLE_INVALID', 'error', '{parent: bash}'],
      ['FRP_SAMPLE_UNKNOWN_KEY', 'warning', 'colour'],
    ]);
  });

  it('reports YAML syntax errors with a position', () => {
    const r = parseSamplesYaml('samples:\n  - "unterminated\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'FRP_SAMPLES_YAML_PARSE', severity: 'error' });
    expect(r.diagnostics[0].range.start).toBeGreaterThan(0);
  });

  it('rejects a scalar document', () => {
    expect(parseSamplesYaml('42').diagnostics[0].code).toBe('FRP_SAMPLES_NOT_A_LIST');
    expect(parseSamplesYaml('').samples).toEqual([]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const r = parseSamplesYaml(text);
        expect(Array.isArray(r.samples)).toBe(true);
      }),
    );
  });
});

const text = fc.string({ unit: 'binary', maxLength: 30 });
const nonBlank = text.filter((s) => s.trim() !== '');
const sampleArb: fc.Arbitrary<Sample> = fc.record(
  {
    id: fc.oneof(text, fc.constant('s1')),
    command: nonBlank,
    parent: text,
    parentMissing: fc.constant(true as const),
    ancestors: fc.array(text, { maxLength: 3 }),
    user: fc.oneof(fc.constantFrom('root', 'www-data', '1000'), fc.record({ name: text, uid: fc.nat(70000), loginuid: fc.integer({ min: -1, max: 70000 }) }, { requiredKeys: [] })),
    container: fc.oneof(fc.constant('host'), nonBlank, fc.record({ image: text, id: text, name: text, type: text, k8sNamespace: text, k8sPod: text }, { requiredKeys: [] })),
    cwd: text,
    tty: fc.oneof(text, fc.nat(100000)),
    env: fc.dictionary(text, text, { maxKeys: 3 }),
    fields: fc.dictionary(text, fc.option(text, { nil: null }), { maxKeys: 3 }),
    script: fc.constantFrom('auto' as const, 'on' as const, 'off' as const),
    interpreter: text,
    exepath: text,
    expect: fc.dictionary(text, fc.constantFrom('alert' as const, 'no_alert' as const), { maxKeys: 3 }),
    note: text,
  },
  { requiredKeys: ['id', 'command'] },
);
const defaultsArb: fc.Arbitrary<SampleDefaults> = fc.record({
  parent: text,
  ancestors: fc.array(text, { maxLength: 3 }),
  user: fc.record({ name: nonBlank, uid: fc.nat(70000), loginuid: fc.integer({ min: -1, max: 70000 }) }),
  container: fc.oneof(fc.constant('host'), nonBlank, fc.record({ image: text, id: text }, { requiredKeys: [] })),
  cwd: text,
  tty: fc.oneof(text, fc.nat(100000)),
  env: fc.dictionary(text, text, { maxKeys: 3 }),
});

describe('maps with any key', () => {
  // Found by the round-trip property below: `__proto__` was assigned as the map's prototype.
  it('keeps an environment variable called __proto__', () => {
    const r = parseSamplesYaml('samples:\n  - command: env\n    env: {__proto__: x, A: b}\n    fields: {__proto__: ~}\n');
    expect(Object.keys(r.samples[0].env ?? {})).toEqual(['__proto__', 'A']);
    expect(Object.getOwnPropertyDescriptor(r.samples[0].env, '__proto__')?.value).toBe('x');
    expect(Object.keys(r.samples[0].fields ?? {})).toEqual(['__proto__']);
  });
});

describe('serializeSamplesYaml', () => {
  it('round-trips samples and defaults', () => {
    fc.assert(
      fc.property(fc.array(sampleArb, { maxLength: 4 }), fc.option(defaultsArb, { nil: undefined }), (samples, defaults) => {
        const r = parseSamplesYaml(serializeSamplesYaml(samples, defaults));
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        // Ids of the s<n> form are the app's (or positional): not written, numbered again by position.
        expect(r.samples).toEqual(samples.map((s, i) => (isAppSampleId(s.id) ? { ...s, id: defaultSampleId(i) } : s)));
        expect(r.defaults).toEqual(defaults ?? DEFAULT_SAMPLE_DEFAULTS);
      }),
      { numRuns: 300 },
    );
  });

  it('writes only ids a person gave, not the app’s s<n> ids', () => {
    const text = serializeSamplesYaml([
      { id: 's17', command: 'iptables -F' },
      { id: 'stop-falco', command: 'systemctl stop falco' },
      { id: 's1', command: 'ls' },
    ]);
    expect(text).toBe('samples:\n  - iptables -F\n  - id: stop-falco\n    command: systemctl stop falco\n  - ls\n');
    expect(parseSamplesYaml(text).samples.map((s) => s.id)).toEqual(['s1', 'stop-falco', 's3']);
  });

  it('writes a command-only sample as one line', () => {
    expect(serializeSamplesYaml([{ id: 's1', command: 'iptables -F' }])).toBe('samples:\n  - iptables -F\n');
  });
});

describe('parseSamplesYaml: the real-world corpus spellings', () => {
  it('reads container true/false and match/no_match', () => {
    const r = parseSamplesYaml('- command: id\n  container: true\n  expect: {R: match, S: no_match}\n- command: id\n  container: false\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.samples).toEqual([
      { id: 's1', command: 'id', container: {}, expect: { R: 'alert', S: 'no_alert' } },
      { id: 's2', command: 'id', container: 'host' },
    ]);
  });
});

describe('keys named like Object.prototype members', () => {
  it('__proto__ in fields, env and expect stays an ordinary key (found by the round-trip property)', () => {
    const text = 'samples:\n  - command: ls\n    fields: {__proto__: null, constructor: x}\n    env: {__proto__: "1"}\n    expect: {__proto__: alert}\n';
    const r = parseSamplesYaml(text);
    const s = r.samples[0];
    expect(Object.keys(s.fields ?? {})).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(s.fields, '__proto__')?.value).toBeNull();
    expect(Object.getPrototypeOf(s.fields)).toBe(Object.prototype);
    expect(Object.keys(s.expect ?? {})).toEqual(['__proto__']);
    const again = parseSamplesYaml(serializeSamplesYaml(r.samples));
    expect(again.samples).toEqual(r.samples);
  });
});
