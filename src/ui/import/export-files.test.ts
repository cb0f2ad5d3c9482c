import { describe, expect, it } from 'vitest';
import { parseSamplesYaml } from '../../engine/sample/yaml';
import { cliTestCommand, samplesFileText, shellWord } from './export-files';

describe('export', () => {
  it('writes samples the CLI reads back, expectations and context included', () => {
    const samples = [
      { id: 'a', command: 'iptables -F', expect: { 'My rule': 'alert' as const } },
      { id: 'b', command: "echo 'x y'", cwd: '/tmp', expect: { 'My rule': 'no_alert' as const } },
    ];
    const back = parseSamplesYaml(samplesFileText(samples, undefined));
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.samples.map(({ command, expect: e, cwd }) => ({ command, expect: e, cwd }))).toEqual([
      { command: 'iptables -F', expect: { 'My rule': 'alert' }, cwd: undefined },
      { command: "echo 'x y'", expect: { 'My rule': 'no_alert' }, cwd: '/tmp' },
    ]);
  });

  it('builds the test command for each base and plugins choice', () => {
    const base = { rulesFile: 'rules.yaml', samplesFile: 'samples.yaml', upstream: null, plugins: 'container' as const };
    expect(cliTestCommand({ ...base, base: 'stock' })).toBe('node bin/falco-rule-playground.mjs test rules.yaml --samples samples.yaml');
    expect(cliTestCommand({ ...base, base: 'none', plugins: 'none' }))
      .toBe('node bin/falco-rule-playground.mjs test rules.yaml --samples samples.yaml --base none --plugins none');
    expect(cliTestCommand({ ...base, base: 'stock', upstream: ['falco_rules.yaml', 'falco-incubating_rules.yaml'] }))
      .toBe('node bin/falco-rule-playground.mjs test falco_rules.yaml falco-incubating_rules.yaml rules.yaml --samples samples.yaml --base none');
  });

  it('quotes file names only when the shell needs it', () => {
    expect(shellWord('my rules.yaml')).toBe("'my rules.yaml'");
    expect(shellWord("it's.yaml")).toBe("'it'\\''s.yaml'");
    expect(shellWord('a/b-c_1.yaml')).toBe('a/b-c_1.yaml');
  });
});
