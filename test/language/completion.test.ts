import { describe, expect, it } from 'vitest';
import { complete } from '../../src/engine/language/completion';

/** Splits `text` at the `|` cursor marker. */
function at(marked: string): [string, number] {
  const i = marked.indexOf('‸');
  return [marked.slice(0, i) + marked.slice(i + 1), i];
}
const base = [{ name: 'falco_stock_macros.yaml', content: '- macro: spawned_process\n  condition: evt.type in (execve, execveat)\n- list: shell_binaries\n  items: [bash, sh]\n' }];
const labels = (marked: string, ctx = { baseFiles: base }) => {
  const [text, off] = at(marked);
  return complete(text, off, ctx);
};

describe('complete: conditions', () => {
  it('offers proc.* fields after `proc.` with type and description, common fields first', () => {
    const r = labels('- rule: r\n  condition: proc.‸\n');
    const names = r.items.map((i) => i.label);
    expect(names.every((n) => n.startsWith('proc.'))).toBe(true);
    const sorted = [...r.items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label);
    expect(sorted[0]).toBe('proc.name');
    const name = r.items.find((i) => i.label === 'proc.name')!;
    expect(name.detail).toContain('string');
    expect(name.documentation).toMatch(/comm/);
  });

  it('replaces the word being typed, mapped into the document', () => {
    const text = '- rule: r\n  condition: proc.na\n';
    const r = complete(text, text.indexOf('na\n') + 2, { baseFiles: base });
    expect(text.slice(r.range.start, r.range.end)).toBe('proc.na');
  });

  it('offers macros from the file and the base file, and fields, at check position', () => {
    const r = labels('- macro: mine\n  condition: proc.name = a\n- rule: r\n  condition: ‸\n  output: x\n');
    const names = r.items.map((i) => i.label);
    expect(names).toContain('mine');
    expect(names).toContain('spawned_process');
    expect(names).toContain('proc.name');
    expect(names).toContain('not');
  });

  it('offers only operators valid for the field type', () => {
    const strOps = labels('- rule: r\n  condition: proc.name ‸\n').items.map((i) => i.label);
    expect(strOps).toContain('contains');
    expect(strOps).toContain('glob');
    expect(strOps[0]).toBeDefined();
    const numOps = labels('- rule: r\n  condition: proc.pid ‸\n').items.map((i) => i.label);
    expect(numOps).toContain('>=');
    expect(numOps).not.toContain('contains');
    const boolOps = labels('- rule: r\n  condition: proc.is_exe_upper_layer ‸\n').items.map((i) => i.label);
    expect(boolOps.sort()).toEqual(['!=', '=', 'exists', 'in', 'intersects']);
  });

  it('ranks `=` and `in` first for strings', () => {
    const r = labels('- rule: r\n  condition: proc.name ‸\n');
    const sorted = [...r.items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label);
    expect(sorted.slice(0, 3)).toEqual(['=', 'in', 'contains']);
  });

  it('offers list names after `in`, and inside list literals', () => {
    expect(labels('- rule: r\n  condition: proc.name in ‸\n').items.map((i) => i.label)).toContain('shell_binaries');
    expect(labels('- rule: r\n  condition: proc.name in (sh, ‸)\n').items.map((i) => i.label)).toContain('shell_binaries');
  });

  it('offers nothing for a keyword typed in full, so Enter starts a new line', () => {
    for (const kw of ['and', 'or']) {
      expect(labels(`- rule: r\n  condition: proc.name = systemctl ${kw}‸\n`).items).toEqual([]);
      expect(labels(`- rule: r\n  condition: >\n    proc.name = systemctl ${kw}‸\n  output: o\n`).items).toEqual([]);
    }
    expect(labels('- rule: r\n  condition: proc.name = a and not‸\n').items).toEqual([]);
    // Still offered while the word is being typed, and what follows once a blank is typed.
    expect(labels('- rule: r\n  condition: proc.name = systemctl an‸\n').items.map((i) => i.label)).toEqual(['and']);
    expect(labels('- rule: r\n  condition: proc.name = systemctl and ‸\n').items.map((i) => i.label)).toContain('proc.name');
    // The editor must ask again as the word grows (not narrow `and` down and keep it for Enter).
    expect(labels('- rule: r\n  condition: proc.name = systemctl a‸\n').incomplete).toBe(true);
    expect(labels('- rule: r\n  condition: proc.‸\n').incomplete).toBeUndefined();
  });

  it('offers and/or after a complete check', () => {
    expect(labels('- rule: r\n  condition: proc.name = bash ‸\n').items.map((i) => i.label)).toEqual(['and', 'or']);
  });

  it('offers values, not transformers, where a value is expected', () => {
    const fieldValue = (f: string) => (f === 'proc.pname' ? 'bash' : undefined);
    const r = labels('- rule: r\n  condition: proc.pname = b‸\n', { baseFiles: base, fieldValue } as never);
    const kinds = r.items.map((i) => i.kind);
    expect(kinds).not.toContain('transformer');
    expect(r.items.map((i) => i.label)).toEqual(['bash']); // the selected sample's value
    for (const t of ['- rule: r\n  condition: proc.pname = ‸\n', '- rule: r\n  condition: proc.pname in ‸\n']) {
      const labelsHere = labels(t).items.map((i) => i.label);
      expect(labelsHere, t).not.toContain('b64');
      expect(labelsHere, t).not.toContain('tolower');
      expect(labelsHere, t).toContain('val'); // field-to-field comparison
    }
    // Where a field is expected, transformers are offered.
    expect(labels('- rule: r\n  condition: ‸\n').items.map((i) => i.label)).toContain('tolower');
    expect(labels('- rule: r\n  condition: proc.name = x and b‸\n').items.map((i) => i.label)).toContain('basename');
  });

  it('offers event types after evt.type =', () => {
    const r = labels('- rule: r\n  condition: evt.type = ‸\n');
    expect(r.items.map((i) => i.label)).toContain('execve');
  });

  it('offers nothing inside string literals', () => {
    expect(labels('- rule: r\n  condition: proc.cmdline contains "pro‸"\n').items).toEqual([]);
    expect(labels('- rule: r\n  condition: proc.cmdline contains \'a b ‸\n').items).toEqual([]);
  });

  it('works inside `>` block, `|` block and double-quoted scalars', () => {
    for (const t of [
      '- rule: r\n  condition: >\n    spawned_process and\n    proc.‸\n  output: o\n',
      '- rule: r\n  condition: |\n    spawned_process and\n    proc.‸\n',
      '- rule: r\n  condition: "spawned_process and proc.‸"\n',
    ]) {
      const r = labels(t);
      expect(r.items.length, t).toBeGreaterThan(10);
      expect(r.items.every((i) => i.label.startsWith('proc.')), t).toBe(true);
    }
  });

  it('hides container plugin fields when the plugin is off', () => {
    const on = labels('- rule: r\n  condition: container.‸\n').items;
    const off = labels('- rule: r\n  condition: container.‸\n', { baseFiles: base, plugins: 'none' } as never).items;
    expect(on.length).toBeGreaterThan(5);
    expect(off).toEqual([]);
  });

  it('offers fields in a transformer argument and for an empty condition', () => {
    expect(labels('- rule: r\n  condition: tolower(proc.‸\n').items.map((i) => i.label)).toContain('proc.cmdline');
    expect(labels('- rule: r\n  condition: ‸\n').items.map((i) => i.label)).toContain('spawned_process');
  });
});

describe('complete: outputs and YAML', () => {
  it('offers fields after % in an output', () => {
    const text = '- rule: r\n  output: "user=%user.na"\n';
    const r = complete(text, text.indexOf('na"') + 2);
    expect(r.items.map((i) => i.label)).toContain('user.name');
    expect(text.slice(r.range.start, r.range.end)).toBe('user.na');
    expect(complete(text, text.indexOf('user=') + 2).items).toEqual([]);
  });

  it('offers priority values', () => {
    const r = labels('- rule: r\n  priority: ‸\n');
    expect(r.items.map((i) => i.label)).toEqual(['EMERGENCY', 'ALERT', 'CRITICAL', 'ERROR', 'WARNING', 'NOTICE', 'INFORMATIONAL', 'DEBUG']);
  });

  it('offers the missing rule keys inside a rule', () => {
    const r = labels('- rule: r\n  desc: d\n  ‸\n');
    const names = r.items.map((i) => i.label);
    expect(names).toContain('condition');
    expect(names).toContain('priority');
    expect(names).not.toContain('desc');
  });

  it('offers item snippets at the top level', () => {
    expect(labels('- rule: r\n  desc: d\n- ‸').items.map((i) => i.label)).toEqual(['rule', 'macro', 'list']);
  });
});

describe('complete: event parameters', () => {
  it('offers execve parameters after evt.arg.', () => {
    const r = labels('- rule: r\n  condition: evt.arg.‸\n');
    const sorted = [...r.items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label);
    expect(sorted[0]).toBe('evt.arg.res');
    expect(sorted).toContain('evt.arg.flags');
    expect(sorted).toContain('evt.arg.trusted_exepath');
  });
});

describe('complete: exceptions', () => {
  it('offers fields in `fields:` and operators in `comps:`', () => {
    expect(labels('- rule: r\n  exceptions:\n    - name: e\n      fields: [proc.name, fd.‸\n').items.map((i) => i.label)).toContain('fd.directory');
    expect(labels('- rule: r\n  exceptions:\n    - name: e\n      comps: [=, ‸\n').items.map((i) => i.label)).toContain('startswith');
  });
});

describe('complete: forgiving', () => {
  it('still offers fields for a dotted name typed after broken text', () => {
    expect(labels('- rule: r\n  condition: a or and not proc.p‸\n').items.map((i) => i.label)).toContain('proc.pname');
  });
});
