import { describe, expect, it } from 'vitest';
import { parseCondition } from '../condition';
import { loadRulesWith } from './load';
import { parserOnlyBackend } from './test-backend';
import { scalarOrigins } from './scalar-origins';
import { parseYamlDocuments, type YMap, type YScalar } from './yaml-tree';

function conditionScalar(content: string): YScalar {
  const doc = parseYamlDocuments(content).docs[0];
  if (doc.kind !== 'seq') throw new Error('not a sequence');
  const item = doc.items[0] as YMap;
  return item.entries.find((e) => e.key.kind === 'scalar' && e.key.value === 'condition')!.value as YScalar;
}

function originsOf(content: string): { value: string; at: (i: number) => string } {
  const node = conditionScalar(content);
  const o = scalarOrigins(content, node.start, node.end, node.value, node.style);
  return { value: node.value, at: (i) => content[o[i]] };
}

describe('scalar value to file offsets', () => {
  it('folded block: every visible character maps to itself', () => {
    const content = '- macro: m\n  condition: >\n    proc.name = a and\n    proc.pname = "b c"\n';
    const { value, at } = originsOf(content);
    expect(value).toBe('proc.name = a and proc.pname = "b c"\n');
    for (let i = 0; i < value.length; i++) if (value[i] !== ' ' && value[i] !== '\n') expect(at(i)).toBe(value[i]);
  });
  it('literal block keeps line breaks', () => {
    const content = '- macro: m\n  condition: |\n    a and\n    b\n';
    const { value, at } = originsOf(content);
    expect(value).toBe('a and\nb\n');
    expect(at(5)).toBe('\n');
    expect(at(6)).toBe('b');
  });
  it('double-quoted escapes map to the escape sequence', () => {
    const content = '- macro: m\n  condition: "a = \\"x\\" and b"\n';
    const node = conditionScalar(content);
    const o = scalarOrigins(content, node.start, node.end, node.value, node.style);
    expect(node.value).toBe('a = "x" and b');
    expect(content.slice(o[4], o[4] + 2)).toBe('\\"');
    expect(content[o[12]]).toBe('b');
  });
  it('single-quoted doubled quotes and plain multi-line scalars', () => {
    const a = originsOf("- macro: m\n  condition: 'a = ''x'' and b'\n");
    expect(a.value).toBe("a = 'x' and b");
    expect(a.at(12)).toBe('b');
    const b = originsOf('- macro: m\n  condition: a and\n    b\n');
    expect(b.value).toBe('a and b');
    expect(b.at(6)).toBe('b');
  });
});

describe('condition errors land on the right character of the file', () => {
  it('a parse error in a folded multi-line condition', () => {
    const content = [
      '- rule: r',
      '  desc: d',
      '  condition: >',
      '    proc.name = a and',
      '    and proc.pname = b',
      '  output: o',
      '  priority: INFO',
      '',
    ].join('\n');
    const r = loadRulesWith(parserOnlyBackend, [{ name: 'f.yaml', content }]);
    expect(r.ok).toBe(false);
    const e = r.errors[0];
    expect(e.code).toBe('LOAD_ERR_COMPILE_CONDITION');
    // Falco's line/column: the `>` indicator of the condition value.
    expect([e.line, e.column]).toEqual([3, 14]);
    // The editor range: where libsinsp's parser stops (`proc.pname`, after `and and` read the
    // second `and` as a macro name), on line 5 of the file.
    const value = 'proc.name = a and and proc.pname = b\n';
    const parsed = parseCondition(value);
    expect(parsed.ok).toBe(false);
    const at = parsed.ok ? -1 : parsed.error.range.start;
    expect(content.slice(e.range.start, e.range.start + 10)).toBe(value.slice(at, at + 10));
    expect(content.slice(0, e.range.start).split('\n').length).toBe(5);
  });
  it('a compile error inside a macro points into the macro definition', () => {
    const content = [
      '- macro: m',
      '  condition: proc.nosuch = x',
      '- rule: r',
      '  desc: d',
      '  condition: m and proc.name = a',
      '  output: o',
      '  priority: INFO',
      '',
    ].join('\n');
    const r = loadRulesWith(parserOnlyBackend, [{ name: 'f.yaml', content }]);
    const e = r.errors[0];
    expect(e.message).toBe('filter_check called with nonexistent field proc.nosuch');
    expect([e.line, e.column]).toEqual([5, 14]);
    expect(content.slice(e.range.start, e.range.end)).toBe('proc.nosuch');
  });
  it('a compile error in a list item points at the use of the list', () => {
    const content = [
      '- list: l',
      '  items: [a]',
      '- rule: r',
      '  desc: d',
      '  condition: proc.name in (l) and proc.nosuch = 1',
      '  output: o',
      '  priority: INFO',
      '',
    ].join('\n');
    const r = loadRulesWith(parserOnlyBackend, [{ name: 'f.yaml', content }]);
    const e = r.errors[0];
    expect(content.slice(e.range.start, e.range.end)).toBe('proc.nosuch');
  });
  it('an unknown output token is underlined from its %', () => {
    const content = '- rule: r\n  desc: d\n  condition: evt.type = execve\n  output: "x=%proc.name bad=%proc.nosuch"\n  priority: INFO\n';
    const r = loadRulesWith(parserOnlyBackend, [{ name: 'f.yaml', content }]);
    const e = r.errors[0];
    expect(e.code).toBe('LOAD_ERR_COMPILE_OUTPUT');
    expect(content.slice(e.range.start, e.range.end)).toBe('%proc.nosuch');
  });
});
