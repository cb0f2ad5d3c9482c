import { describe, expect, it } from 'vitest';
import { hover } from '../../src/engine/language/hover';

const base = [{ name: 'falco_stock_macros.yaml', content: '- macro: spawned_process\n  condition: evt.type in (execve, execveat)\n- list: shell_binaries\n  items: [bash, sh]\n- list: all_shells\n  items: [shell_binaries, zsh]\n' }];
const ctx = { baseFiles: base };
const hoverAt = (text: string, needle: string, c: object = ctx, delta = 1) => hover(text, text.indexOf(needle) + delta, c);

describe('hover', () => {
  it('describes a field with type and description', () => {
    const text = '- rule: r\n  condition: spawned_process and proc.name = bash\n';
    const h = hoverAt(text, 'proc.name')!;
    expect(h.contents).toContain('**proc.name**');
    expect(h.contents).toContain('string');
    expect(h.contents).toMatch(/15 bytes/);
    expect(text.slice(h.range.start, h.range.end)).toBe('proc.name');
  });

  it('shows the value for the selected sample when given, and "no value"', () => {
    const text = '- rule: r\n  condition: proc.aname[2] = sshd and proc.pname = bash\n';
    const values: Record<string, string | null> = { 'proc.aname[2]': 'sshd', 'proc.pname': null };
    const c = { ...ctx, fieldValue: (f: string) => values[f] };
    const h = hoverAt(text, 'aname', c)!;
    expect(text.slice(h.range.start, h.range.end)).toBe('proc.aname[2]');
    expect(h.contents).toContain('`proc.aname[2]` = `sshd`');
    expect(hoverAt(text, 'pname', c)!.contents).toContain('no value');
  });

  it('explains operator traps', () => {
    const text = '- rule: r\n  condition: fd.name glob /etc/* and proc.cmdline contains rm\n';
    expect(hoverAt(text, 'glob')!.contents).toMatch(/also match `\/`/);
    expect(hoverAt(text, 'contains')!.contents).toMatch(/substring/i);
  });

  it('shows a macro definition and its expansion, from the base file', () => {
    const text = '- macro: my_shell\n  condition: spawned_process and proc.name in (all_shells)\n- rule: r\n  condition: my_shell\n';
    const h = hover(text, text.lastIndexOf('my_shell') + 2, ctx)!;
    // Names are escaped Markdown text (language/markdown.ts): compare what is shown.
    const shown = (md: string) => md.replace(/\\(.)/g, '$1');
    expect(shown(h.contents)).toContain('macro my_shell');
    expect(h.contents).toContain('spawned_process and proc.name in (all_shells)');
    expect(h.contents).toContain('(evt.type in (execve, execveat)) and proc.name in (bash, sh, zsh)');
    const b = hoverAt(text, 'spawned_process')!;
    expect(shown(b.contents)).toContain('falco_stock_macros.yaml');
  });

  it('shows a list with its expansion', () => {
    const text = '- rule: r\n  condition: proc.name in (all_shells)\n';
    const h = hoverAt(text, 'all_shells')!;
    expect(h.contents).toContain('[shell_binaries, zsh]');
    expect(h.contents).toContain('(bash, sh, zsh)');
  });

  it('reports an undefined macro', () => {
    const text = '- rule: r\n  condition: not_defined_here\n';
    expect(hoverAt(text, 'not_defined')!.contents).toMatch(/no macro/);
  });

  it('works in `>` blocks and output templates', () => {
    const text = '- rule: r\n  condition: >\n    spawned_process and\n    user.name = root\n  output: "who=%user.name"\n';
    expect(hoverAt(text, 'user.name =')!.contents).toContain('**user.name**');
    const h = hover(text, text.indexOf('%user') + 3, ctx)!;
    expect(h.contents).toContain('**user.name**');
    expect(text.slice(h.range.start, h.range.end)).toBe('%user.name');
  });

  it('explains priorities and item keys', () => {
    const text = '- rule: r\n  priority: warning\n  desc: x\n';
    expect(hoverAt(text, 'warning')!.contents).toContain('**WARNING** priority');
    expect(hoverAt(text, 'desc')!.contents).toContain('**desc**');
    expect(hoverAt('- rule: r\n  priority: loud\n', 'loud')!.contents).toMatch(/not a priority/);
  });

  it('returns null on plain text', () => {
    const t = '- rule: r\n  desc: some words\n';
    expect(hover(t, t.indexOf('words'), ctx)).toBeNull();
  });
});

describe('hover and completion in exceptions', () => {
  const text = '- rule: r\n  condition: proc.name = x\n  exceptions:\n    - name: known\n      fields: [proc.pname, fd.directory]\n      comps: [=, startswith]\n      values:\n        - [bash, /etc]\n';
  it('describes exception fields and comparison operators', () => {
    expect(hoverAt(text, 'proc.pname')!.contents).toContain('**proc.pname**');
    expect(hoverAt(text, 'startswith')!.contents).toMatch(/Prefix test/);
  });
});
