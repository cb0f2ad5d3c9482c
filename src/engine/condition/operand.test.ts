import { describe, expect, it } from 'vitest';
import { parseOperand, parseOperandPrefix } from './operand';
import { printCondition } from './printer';

describe('parseOperandPrefix (output tokens)', () => {
  it.each([
    ['%proc.name', 1, 'proc.name', 10],
    ['%proc.aname[2] x', 1, 'proc.aname[2]', 14],
    ['%fd.name.', 1, 'fd.name', 8],
    ['user=%user.name)', 6, 'user.name', 15],
    ['%toupper(user.name)!', 1, 'toupper(user.name)', 19],
    ['%proc.env[HOME]/x', 1, 'proc.env[HOME]', 15],
    ['%evt.arg.flags', 1, 'evt.arg.flags', 14],
  ])('%j at %i', (text, start, printed, end) => {
    const r = parseOperandPrefix(text, start);
    expect(r).not.toBeNull();
    expect(r!.end).toBe(end);
    expect(printCondition({ kind: 'unaryCheck', left: r!.operand, op: 'exists', range: { start: 0, end: 0 } }))
      .toBe(`${printed} exists`);
    expect(text.slice(r!.operand.range.start, r!.operand.range.end)).toBe(printed);
  });

  it.each([['% proc.name', 1], ['%100', 1], ['%proc', 1], ['%toupper(', 1], ['%val(proc.name)', 1]])(
    '%j has no operand',
    (text, start) => {
      expect(parseOperandPrefix(text, start)).toBeNull();
    },
  );

  it('honours a shorter limit (libsinsp retries one byte shorter after a compile failure)', () => {
    expect(parseOperandPrefix('%proc.name.foo', 1, 11)?.end).toBe(10);
  });
});

describe('parseOperand (exception fields)', () => {
  it('accepts one field or transformer, with blanks around', () => {
    const r = parseOperand(' tolower(proc.name) ');
    expect(r.ok && r.operand.kind).toBe('fieldTransformer');
    const f = parseOperand('proc.aname[2]');
    expect(f.ok && f.operand.kind === 'field' && f.operand.arg).toBe('2');
  });

  it('rejects what is not a single operand', () => {
    const a = parseOperand('tolower(proc.name');
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.error.message).toBe("expected a ')' token closing the transformer");
    const b = parseOperand('proc.name exists or proc.pname');
    expect(b.ok).toBe(false);
    const c = parseOperand('notafield');
    expect(c.ok).toBe(false);
  });
});
