import { describe, expect, it } from 'vitest';
import { buildExceptionCondition } from './exceptions';
import type { ExceptionEntry, ExceptionInfo } from './infos';
import { MappedText } from './mapped-text';
import { LoadProblem } from './context';

const s = (v: string): ExceptionEntry => ({ isList: false, item: MappedText.synthetic(v), items: [] });
const l = (...vs: (string | ExceptionEntry)[]): ExceptionEntry => ({ isList: true, item: MappedText.synthetic(''), items: vs.map((v) => (typeof v === 'string' ? s(v) : v)) });
const ctx = { fileIndex: 0, file: 'f', range: { start: 0, end: 0 }, itemType: 'exception', itemName: 'e' };
const ex = (fields: ExceptionEntry, comps: ExceptionEntry | undefined, values: ExceptionEntry[]): ExceptionInfo => ({ name: 'e', ctx, fields, comps, values });
const build = (cond: string, exs: ExceptionInfo[]) => buildExceptionCondition(MappedText.synthetic(cond), exs).text;

describe('exceptions as condition text (Falco build_rule_exception_infos)', () => {
  it('scalar form: field comp (v1, v2), values with spaces quoted', () => {
    expect(build('c', [ex(s('proc.name'), s('in'), [s('a'), s('b c')])])).toBe('(c) and not (proc.name in (a, "b c"))');
  });
  it('tuple form: one parenthesised alternative per values row', () => {
    expect(build('c', [ex(l('proc.name', 'proc.pname'), l('=', 'startswith'), [l('a', 'b'), l('x y', 'z')])]))
      .toBe('(c) and not (( proc.name = a and  proc.pname startswith b) or ( proc.name = "x y" and  proc.pname startswith z))');
  });
  it('tuple form: list-taking comps wrap a scalar in parentheses unless it starts with one', () => {
    expect(build('c', [ex(l('proc.name'), l('in'), [l('a'), l('(b, c)')])])).toBe('(c) and not (( proc.name in (a)) or ( proc.name in (b, c)))');
  });
  it('tuple form: a YAML list element becomes (a, b)', () => {
    expect(build('c', [ex(l('proc.name'), l('in'), [l(l('a', 'b c'))])])).toBe('(c) and not (( proc.name in (a, "b c")))');
  });
  it('no values: the exception adds nothing but the parentheses around the condition stay', () => {
    expect(build('a or b', [ex(l('proc.name'), l('='), [])])).toBe('(a or b)');
  });
  it('scalar form rejects a list value', () => {
    expect(() => build('c', [ex(s('proc.name'), s('in'), [l('a')])])).toThrow(LoadProblem);
  });
  it('tuple rows must match the fields', () => {
    expect(() => build('c', [ex(l('proc.name', 'proc.pname'), l('=', '='), [l('a')])])).toThrow(/Fields and values lists must have equal length/);
  });
});
