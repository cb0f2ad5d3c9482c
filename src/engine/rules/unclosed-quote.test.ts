import { describe, expect, it } from 'vitest';
import { loadRules } from './index';

// A double-quoted value left open mid-file: yaml-cpp reads it on to the next `"`, so the file Falco
// sees is not the one the `yaml` package recovers. The playground must say so, at the open quote,
// and never load the recovered (silently cut) rule.
describe('a double-quoted scalar left open', () => {
  const openMidFile = [
    '- rule: Iptables list',
    '  desc: "lists firewall rules',
    '  condition: proc.name = iptables and proc.args contains "-L"',
    '  output: listed %proc.cmdline',
    '  priority: WARNING',
    '',
  ].join('\n');

  it('is a YAML error at the open quote when a later quote closes it', () => {
    const r = loadRules([{ name: 'a.yaml', content: openMidFile }]);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual(['LOAD_ERR_YAML_PARSE']);
    expect(r.errors[0]!.line).toBe(2);
    expect(r.errors[0]!.column).toBe(9);
    expect(r.errors[0]!.message).toContain('line 3, column 58');
  });

  it('still runs to the end of the text when no quote follows (as yaml-cpp reads it)', () => {
    const r = loadRules([{ name: 'a.yaml', content: '- rule: r\n  desc: "open at the end\n' }]);
    expect(r.errors.map((e) => e.code)).toEqual(['LOAD_ERR_YAML_VALIDATE']);
    expect(r.errors[0]!.message).toContain("'condition'");
  });

  it('is read as yaml-cpp reads it when the quote closes at the end of a less indented line', () => {
    const r = loadRules([{ name: 'a.yaml', content: '- rule: R\n  desc: "two\nlines"\n  condition: evt.type = execve\n  output: o %proc.name\n  priority: INFO\n' }]);
    expect(r.errors).toEqual([]);
    expect(r.rules.map((x) => [x.name, x.desc])).toEqual([['R', 'two lines']]);
  });
});
