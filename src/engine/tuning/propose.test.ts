import { describe, expect, it } from 'vitest';
import { STOCK_RULES_FILE } from '../base/stock';
import { loadRules } from '../rules';
import { SEED_RULES_YAML, SEED_RULE_NAME, SEED_SAMPLES } from '../sample/seed';
import type { Sample } from '../sample';
import { proposeException } from './propose';
import { rulesLoader } from './loader';
import { addExceptionEdit, yamlScalar } from './yaml-edit';
import { scanRulesSource } from '../lint/rules-source';
import { applyEdits } from '../lint/apply';

const load = rulesLoader([STOCK_RULES_FILE], 'rules.yaml');
const stopwatch = SEED_SAMPLES.find((s) => s.command.includes('stopwatch'))!;

describe('proposeException on the seed', () => {
  const proposals = proposeException({ rulesText: SEED_RULES_YAML, ruleName: SEED_RULE_NAME, sample: stopwatch, samples: SEED_SAMPLES, load });

  it('first proposes the narrowest exception that silences the stopwatch row only', () => {
    const [p] = proposals;
    expect(p.kind).toBe('exception');
    expect(p.exception).toEqual({
      name: 'proc_name_args',
      fields: ['proc.name', 'proc.args'],
      comps: ['=', '='],
      values: [['systemctl', 'reload falco-helper-stopwatch.service']],
    });
    expect(p.compiles).toBe(true);
    expect(p.silencesSample).toBe(true);
    expect(p.lostTruePositives).toBe(0);
    expect(p.flips).toEqual([{ sampleId: stopwatch.id, label: stopwatch.command, before: true, after: false, expected: 'no_alert' }]);
  });

  it('writes valid Falco: the edited file loads, the rule compiles, iptables and systemctl stop still match', () => {
    const text = proposals[0].rulesText;
    expect(text).toContain('  exceptions:\n    - name: proc_name_args\n');
    const result = loadRules([STOCK_RULES_FILE, { name: 'rules.yaml', content: text }]);
    expect(result.errors).toEqual([]);
    const rule = result.rules.find((r) => r.name === SEED_RULE_NAME)!;
    expect(rule.conditionCompiled).toContain('reload falco-helper-stopwatch.service');
  });

  it('also offers an "and not (...)" clause with the same effect', () => {
    const c = proposals.find((p) => p.kind === 'condition')!;
    expect(c.clause).toBe('not (proc.name = "systemctl" and proc.args = "reload falco-helper-stopwatch.service")');
    expect(c.compiles && c.silencesSample && c.lostTruePositives === 0).toBe(true);
  });

  it('ranks proposals that lose true positives after the safe ones, and reports the loss', () => {
    const broad = proposals.find((p) => p.exception?.fields.join() === 'proc.pname')!;
    expect(broad.lostTruePositives).toBe(2);
    expect(proposals.indexOf(broad)).toBeGreaterThan(proposals.findIndex((p) => p.lostTruePositives === 0 && p.kind === 'condition'));
  });

  it('returns nothing for an unknown rule and never throws on a broken file', () => {
    expect(proposeException({ rulesText: SEED_RULES_YAML, ruleName: 'Nope', sample: stopwatch, samples: SEED_SAMPLES, load })).toEqual([]);
    expect(proposeException({ rulesText: '- rule: [', ruleName: SEED_RULE_NAME, sample: stopwatch, samples: SEED_SAMPLES, load })).toEqual([]);
  });
});

describe('appending the clause to a condition whose top level is "or"', () => {
  it('wraps the original condition in parentheses first (appends are textual)', () => {
    const rule = 'T';
    const text = `- rule: ${rule}\n  desc: d.\n  condition: evt.type = execve and proc.name = curl or proc.name = wget\n  output: o | c=%proc.cmdline\n  priority: INFO\n`;
    const samples: Sample[] = [
      { id: 'a', command: 'curl http://example.com/a', expect: { [rule]: 'no_alert' } },
      { id: 'b', command: 'wget http://example.com/b', expect: { [rule]: 'alert' } },
    ];
    const ps = proposeException({ rulesText: text, ruleName: rule, sample: samples[0], samples, load });
    const c = ps.find((p) => p.kind === 'condition')!;
    expect(c.rulesText).toContain('condition: (evt.type = execve and proc.name = curl or proc.name = wget) and not (');
    expect(c.flips.map((f) => f.sampleId)).toEqual(['a']);
  });
});

describe('exception YAML edits', () => {
  it('appends an entry to an existing block exceptions list', () => {
    const text = `- rule: R\n  desc: d.\n  condition: evt.type = execve\n  output: o\n  priority: INFO\n  exceptions:\n    - name: first\n      fields: [proc.name]\n      values: [[a]]\n# trailing comment\n`;
    const item = scanRulesSource(text).items[0];
    const edit = addExceptionEdit(text, item, { name: 'second', fields: ['proc.pname'], comps: ['='], values: [['bash']] });
    const out = applyEdits(text, [edit]);
    expect(out).toContain('      values: [[a]]\n    - name: second\n      fields: [proc.pname]\n');
    expect(loadRules([{ name: 'r.yaml', content: out }]).errors).toEqual([]);
  });

  it.each([
    ['systemctl', 'systemctl'],
    ['reload x', '"reload x"'],
    ['yes', '"yes"'],
    ['-F', '-F'],
    ['a: b', '"a: b"'],
    ['!x', '"!x"'],
    ['', '""'],
  ])('yamlScalar(%j) = %s', (v, out) => {
    expect(yamlScalar(v)).toBe(out);
  });
});

describe('defaults', () => {
  it('uses the real loader with the stock base when no loader is given', () => {
    const [p] = proposeException({ rulesText: SEED_RULES_YAML, ruleName: SEED_RULE_NAME, sample: stopwatch, samples: SEED_SAMPLES });
    expect(p.silencesSample && p.lostTruePositives === 0).toBe(true);
  });
});

describe('narrowness decides among proposals that work', () => {
  // A false positive whose arguments carry double quotes: the narrow exceptions cannot be written
  // (Falco pastes exception values into the condition, and `"-c echo "hi there""` does not parse),
  // so the exact "and not (...)" clause must come before an exception on every `sh`.
  const rules = `- rule: Shell spawned
  desc: d
  condition: evt.type = execve and proc.name = sh
  output: shell %proc.cmdline
  priority: WARNING
`;
  const fp: Sample = { id: 'fp', command: `sh -c 'echo "hi there"'`, expect: { 'Shell spawned': 'no_alert' } };
  const proposals = proposeException({ rulesText: rules, ruleName: 'Shell spawned', sample: fp, samples: [fp], load });

  it('puts the narrowest working proposal first, even when a broader one flips no more rows', () => {
    const working = proposals.filter((p) => p.compiles && p.silencesSample && p.lostTruePositives === 0);
    expect(working.length).toBeGreaterThan(1);
    expect(proposals[0].kind).toBe('condition');
    expect(proposals[0].clause).toContain('proc.args');
    const broad = proposals.find((p) => p.exception?.fields.join() === 'proc.name')!;
    expect(proposals.indexOf(broad)).toBeGreaterThan(0);
  });
});
