import { describe, expect, it } from 'vitest';
import { analyze, type AnalysisInput } from './analyze';
import { SEED_FIXED_RULES_YAML, SEED_RULE_NAME, SEED_RULES_YAML, SEED_SAMPLES } from './sample/seed';

const input = (patch: Partial<AnalysisInput> = {}): AnalysisInput => ({
  rulesText: SEED_RULES_YAML, base: 'stock', samples: SEED_SAMPLES, plugins: 'container', ...patch,
});

const verdicts = (a: ReturnType<typeof analyze>, rule = SEED_RULE_NAME) => a.samples.map((s) => s.perRule[rule]);

describe('analyze on the seed (falcosecurity/rules PR 367)', () => {
  it('matches all three samples with the rule as written, without problems', () => {
    const a = analyze(input());
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(a.rules.map((r) => [r.name, r.enabled, r.error])).toEqual([[SEED_RULE_NAME, true, undefined]]);
    expect(verdicts(a)).toEqual(['match', 'match', 'match']);
    expect(a.samples.map((s) => s.sampleId)).toEqual(SEED_SAMPLES.map((s) => s.id));
    expect(a.samples[0].outputs[SEED_RULE_NAME]).toContain('iptables');
  });

  it("flips only the stopwatch sample to miss after the reviewer's fix", () => {
    expect(verdicts(analyze(input({ rulesText: SEED_FIXED_RULES_YAML })))).toEqual(['match', 'match', 'miss']);
  });

  it("does not report the base ruleset's unused macros and lists", () => {
    expect(analyze(input()).baseDiagnostics).toEqual([]);
  });

  it('places the rule range on the rule item in the user text', () => {
    const a = analyze(input());
    const r = a.rules[0];
    expect(SEED_RULES_YAML.slice(r.range.start, r.range.end)).toContain(`rule: ${SEED_RULE_NAME}`);
  });
});

describe('analyze: errors are values', () => {
  it('reports an unknown field at its position and marks the rule and every row as error', () => {
    const text = SEED_RULES_YAML.replace('proc.name in (iptables', 'proc.nmae in (iptables');
    const a = analyze(input({ rulesText: text }));
    const errors = a.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((d) => text.slice(d.range.start, d.range.end).includes('proc.nmae'))).toBe(true);
    expect(a.rules[0].error).toBeDefined();
    expect(verdicts(a)).toEqual(['error', 'error', 'error']);
  });

  it('keeps good rules evaluating while a bad one has an error (lenient load)', () => {
    const text = `${SEED_RULES_YAML}\n- rule: broken\n  desc: d\n  condition: proc.nmae = x\n  output: o\n  priority: INFO\n`;
    const a = analyze(input({ rulesText: text }));
    expect(a.rules.map((r) => r.name)).toEqual([SEED_RULE_NAME, 'broken']);
    expect(verdicts(a)).toEqual(['match', 'match', 'match']);
    expect(verdicts(a, 'broken')).toEqual(['error', 'error', 'error']);
  });

  it('lists a rule the loader rejects (invalid priority, no output) with its error, in file order', () => {
    const rule = (name: string, body: string) => `- rule: ${name}\n  desc: d\n  condition: proc.name = x\n${body}`;
    const good = '  output: o\n  priority: INFO\n';
    for (const bad of ['  output: o\n  priority: INFOO\n', '  priority: INFO\n']) {
      const text = [rule('first', good), rule('second', bad), rule('third', good)].join('\n');
      const a = analyze(input({ rulesText: text }));
      expect(a.rules.map((r) => r.name)).toEqual(['first', 'second', 'third']);
      expect(a.rules[1].error?.code).toBe('LOAD_ERR_YAML_VALIDATE');
      expect(a.rules[0].error).toBeUndefined();
      expect(a.rules[2].error).toBeUndefined();
      // No verdicts for it: the loader has no rule to evaluate.
      expect(a.samples.every((s) => !('second' in s.perRule))).toBe(true);
    }
  });

  it('gives a sample its own error without affecting the others', () => {
    const samples = [...SEED_SAMPLES, { id: 'bad', command: 'echo "unterminated' }];
    const a = analyze(input({ samples }));
    expect(a.samples[3].error?.message).toBeTruthy();
    expect(a.samples[3].perRule[SEED_RULE_NAME]).toBe('error');
    expect(verdicts(a).slice(0, 3)).toEqual(['match', 'match', 'match']);
  });

  it('survives YAML that is not a rules file', () => {
    const a = analyze(input({ rulesText: ': : :\n  - [' }));
    expect(a.diagnostics.length).toBeGreaterThan(0);
    expect(a.rules).toEqual([]);
    expect(a.samples.every((s) => Object.keys(s.perRule).length === 0)).toBe(true);
  });

  it('without the stock base, spawned_process is an undefined macro', () => {
    const a = analyze(input({ base: 'none' }));
    expect(a.diagnostics.some((d) => d.severity === 'error' && d.message.includes('spawned_process'))).toBe(true);
    expect(verdicts(a)).toEqual(['error', 'error', 'error']);
  });
});

describe('analyze: memoization', () => {
  it('does not recompile when only a sample changes, and reuses unchanged sample results', () => {
    const first = analyze(input());
    const samples = [...SEED_SAMPLES.slice(0, 2), { ...SEED_SAMPLES[2], command: 'iptables -X' }];
    const second = analyze(input({ samples }));
    expect(second.rules).toBe(first.rules);
    expect(second.diagnostics).toBe(first.diagnostics);
    expect(second.samples[0]).toBe(first.samples[0]);
    expect(second.samples[2]).not.toBe(first.samples[2]);
    expect(verdicts(second)).toEqual(['match', 'match', 'match']);
  });

  it('recompiles when the rules text, base or plugins change', () => {
    const first = analyze(input());
    expect(analyze(input({ plugins: 'none' })).rules).not.toBe(first.rules);
    expect(analyze(input({ base: { files: [] } })).rules).not.toBe(first.rules);
    const again = analyze(input());
    expect(again.rules).not.toBe(first.rules); // the single-entry cache moved on
    expect(analyze(input()).rules).toBe(again.rules);
  });
});
