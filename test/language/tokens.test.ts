import { describe, expect, it } from 'vitest';
import { conditionTokens, documentTokens, outputTokens } from '../../src/engine/language/tokens';

const show = (text: string, toks: { type: string; start: number; end: number }[]) => toks.map((t) => `${t.type}:${text.slice(t.start, t.end)}`);

describe('conditionTokens', () => {
  it('classifies fields, operators, values, keywords, macros, lists and transformers', () => {
    const c = 'spawned_process and not tolower(proc.name) in (shell_binaries, "x y") and proc.pid > 10 and fd.name glob /tmp/*';
    expect(show(c, conditionTokens(c, { macros: new Set(['spawned_process']), lists: new Set(['shell_binaries']) }))).toEqual([
      'macro:spawned_process', 'keyword:and', 'keyword:not', 'transformer:tolower', 'paren:(', 'field:proc.name', 'paren:)',
      'operator:in', 'paren:(', 'list:shell_binaries', 'comma:,', 'string:"x y"', 'paren:)', 'keyword:and',
      'field:proc.pid', 'operator:>', 'number:10', 'keyword:and', 'field:fd.name', 'operator:glob', 'value:/tmp/*',
    ]);
  });

  it('keeps words that only look like keywords as values, and handles modifiers and args', () => {
    const c = 'proc.name = not and proc.aname[2] startswith oneof (a, b) and proc.env["HOME"] exists';
    expect(show(c, conditionTokens(c))).toEqual([
      'field:proc.name', 'operator:=', 'value:not', 'keyword:and', 'field:proc.aname', 'bracket:[', 'fieldArg:2', 'bracket:]',
      'operator:startswith', 'modifier:oneof', 'paren:(', 'value:a', 'comma:,', 'value:b', 'paren:)', 'keyword:and',
      'field:proc.env', 'bracket:[', 'fieldArg:"HOME"', 'bracket:]', 'operator:exists',
    ]);
  });

  it('never fails on broken text', () => {
    const c = 'proc.name == = ) and (( "unterminated';
    const toks = conditionTokens(c);
    expect(toks.some((t) => t.type === 'invalid')).toBe(true);
    expect(toks[toks.length - 1].end).toBe(c.length);
  });
});

describe('outputTokens', () => {
  it('finds %field tokens, with args and transformers', () => {
    const o = 'Shell (user=%user.name cmd=%proc.cmdline gp=%proc.aname[2]) %toupper(container.name) 100%';
    expect(show(o, outputTokens(o))).toEqual([
      'field:%user.name', 'field:%proc.cmdline', 'field:%proc.aname[2]', 'transformer:%', 'transformer:toupper', 'paren:(', 'field:container.name', 'paren:)',
    ]);
  });
});

describe('documentTokens', () => {
  it('maps tokens of folded and quoted scalars to document offsets', () => {
    const text = '- rule: r\n  condition: >\n    proc.name = bash and\n    user.name = "a\\"b"\n  output: "x %proc.name"\n';
    const toks = documentTokens(text);
    expect(show(text, toks)).toEqual([
      'field:proc.name', 'operator:=', 'value:bash', 'keyword:and', 'field:user.name', 'operator:=', 'string:"a\\"b"', 'field:%proc.name',
    ]);
  });
});

describe('documentTokens: list items', () => {
  it('marks list items that name other lists', () => {
    const text = '- list: a\n  items: [x]\n- list: b\n  items: [a, "y", z]\n';
    expect(show(text, documentTokens(text))).toEqual(['list:a']);
  });
});
