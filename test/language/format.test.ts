import { describe, expect, it } from 'vitest';
import { parseDocument, isSeq, isMap } from 'yaml';
import { astEquals, parseCondition } from '../../src/engine/condition';
import { formatConditionAt } from '../../src/engine/language/format';

const LONG = 'spawned_process and proc.name in (bash, sh, zsh, dash, ksh, csh, tcsh) and not proc.pname in (sshd, sudo, su, login) and (user.name = root or user.uid = 0) and proc.cmdline contains "--force"';

/** The condition value of the first item after applying the edit. */
function conditionAfter(text: string, offset: number): { text: string; value: string } {
  const r = formatConditionAt(text, offset);
  if (!r.ok) throw new Error(r.message);
  const out = text.slice(0, r.edit.range.start) + r.edit.newText + text.slice(r.edit.range.end);
  const doc = parseDocument(out);
  expect(doc.errors).toEqual([]);
  const seq = doc.contents;
  if (!isSeq(seq) || !isMap(seq.items[0])) throw new Error('not a rules file');
  return { text: out, value: String(seq.items[0].get('condition')) };
}

function sameMeaning(a: string, b: string) {
  const pa = parseCondition(a);
  const pb = parseCondition(b);
  expect(pa.ok && pb.ok).toBe(true);
  if (pa.ok && pb.ok) expect(astEquals(pa.ast, pb.ast)).toBe(true);
}

describe('formatConditionAt', () => {
  it('re-indents a long plain condition into a `>` block under its key, keeping the meaning', () => {
    const text = `- rule: r\n  desc: d\n  condition: ${LONG}\n  output: o\n  priority: WARNING\n`;
    const { text: out, value } = conditionAfter(text, text.indexOf('spawned') + 1);
    expect(out).toMatch(/ {2}condition: >\n {4}spawned_process\n {4}and /);
    expect(out).toContain('\n  output: o\n');
    sameMeaning(LONG, value);
  });

  it('rewrites a `|` block as a `|` block and keeps the following keys', () => {
    const text = `- macro: m\n  condition: |\n    ${LONG}\n- rule: r\n  condition: m\n`;
    const { text: out, value } = conditionAfter(text, 5);
    expect(out).toMatch(/condition: \|\n {4}spawned_process\n/);
    expect(out).toContain('\n- rule: r\n');
    sameMeaning(LONG, value);
  });

  it('works from a quoted scalar with escapes', () => {
    const text = '- rule: r\n  condition: "proc.name   =  \\"a b\\"   and   x"\n';
    const { value } = conditionAfter(text, 20);
    sameMeaning('proc.name = "a b" and x', value);
  });

  it('reports a condition that does not parse', () => {
    const text = '- rule: r\n  condition: proc.name = \n  output: o\n';
    const r = formatConditionAt(text, 15);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Cannot format: filter error/);
  });

  it('explains when the cursor is not in an item with a condition', () => {
    const r = formatConditionAt('- list: l\n  items: [a]\n', 3);
    expect(r.ok).toBe(false);
  });
});

describe('formatConditionAt block style', () => {
  it('uses `>` when quoted values contain no line break, `|` when one does', () => {
    const text = `- rule: r\n  condition: ${LONG} and proc.pname = "sshd" and proc.args contains 'x'\n`;
    const r = formatConditionAt(text, 20);
    expect(r.ok && r.edit.newText.startsWith('>\n')).toBe(true);
    const multi = `- rule: r\n  condition: |\n    ${LONG} and proc.args = "a\n    b"\n`;
    const m = formatConditionAt(multi, 20);
    expect(m.ok && m.edit.newText.startsWith('|\n')).toBe(true);
  });
});
