import { describe, expect, it } from 'vitest';
import { SEED_RULES_YAML } from '../../src/engine/sample/seed';
import { decodeState } from '../../src/share/codec';
import { runCli, workspace } from './cli-helpers';

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
