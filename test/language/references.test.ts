import { describe, expect, it } from 'vitest';
import { definition, prepareRename, references, rename } from '../../src/engine/language/references';
import { documentSymbols } from '../../src/engine/language/symbols';
import type { TextEdit } from '../../src/engine/language/references';

const baseContent = '- macro: spawned_process\n  condition: evt.type in (execve, execveat)\n- list: shell_binaries\n  items: [bash, sh]\n';
const ctx = { baseFiles: [{ name: 'base.yaml', content: baseContent }] };

function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  }
  return out;
}

const FILE = `- list: my_bins
  items: [curl, wget]
- list: more_bins
  items: [my_bins, nc]
- macro: my_macro
  condition: proc.name in (my_bins) and spawned_process
- rule: one
  condition: >
    my_macro and
      proc.pname in (more_bins, shell_binaries)
  output: x
- rule: two
  condition: "not my_macro and proc.name = my_macro"
`;

describe('definition and references', () => {
  it('goes to a macro defined in the file', () => {
    const locs = definition(FILE, FILE.indexOf('my_macro and') + 2, ctx);
    expect(locs).toEqual([{ file: null, range: { start: FILE.indexOf('my_macro'), end: FILE.indexOf('my_macro') + 8 } }]);
  });

  it('goes into the read-only base file', () => {
    const locs = definition(FILE, FILE.indexOf('spawned_process') + 3, ctx);
    expect(locs).toHaveLength(1);
    expect(locs[0].file).toBe('base.yaml');
    expect(baseContent.slice(locs[0].range.start, locs[0].range.end)).toBe('spawned_process');
    const l = definition(FILE, FILE.indexOf('shell_binaries') + 3, ctx);
    expect(baseContent.slice(l[0].range.start, l[0].range.end)).toBe('shell_binaries');
  });

  it('finds macro references in plain, block and quoted conditions, not values', () => {
    const refs = references(FILE, FILE.indexOf('my_macro'), ctx);
    const at = refs.map((r) => r.range.start);
    expect(refs).toHaveLength(3); // definition, rule one, rule two (not the `= my_macro` value)
    for (const s of at) expect(FILE.slice(s, s + 8)).toBe('my_macro');
    expect(references(FILE, FILE.indexOf('my_macro'), ctx, false)).toHaveLength(2);
  });

  it('finds list references in conditions and in other lists', () => {
    const refs = references(FILE, FILE.indexOf('my_bins'), ctx);
    expect(refs.map((r) => FILE.slice(r.range.start, r.range.end))).toEqual(['my_bins', 'my_bins', 'my_bins']);
  });

  it('finds references to a base macro in the base file too', () => {
    const refs = references(FILE, FILE.indexOf('spawned_process'), ctx);
    expect(refs.some((r) => r.file === 'base.yaml')).toBe(true);
    expect(refs.some((r) => r.file === null)).toBe(true);
  });
});

describe('rename', () => {
  it('renames a macro and all its references', () => {
    expect(prepareRename(FILE, FILE.indexOf('my_macro and') + 1, ctx)?.placeholder).toBe('my_macro');
    const r = rename(FILE, FILE.indexOf('my_macro and') + 1, 'is_downloader', ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = applyEdits(FILE, r.edits);
    expect(out).toContain('- macro: is_downloader');
    expect(out).toContain('    is_downloader and\n');
    expect(out).toContain('"not is_downloader and proc.name = my_macro"');
    expect(out.match(/is_downloader/g)).toHaveLength(3);
  });

  it('renames a list in conditions and list items', () => {
    const r = rename(FILE, FILE.indexOf('my_bins'), 'dl_bins', ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = applyEdits(FILE, r.edits);
    expect(out).toContain('- list: dl_bins');
    expect(out).toContain('items: [dl_bins, nc]');
    expect(out).toContain('proc.name in (dl_bins)');
    expect(out).not.toContain('my_bins');
  });

  it('refuses base-file names, clashes and invalid names', () => {
    expect(rename(FILE, FILE.indexOf('spawned_process'), 'x', ctx).ok).toBe(false);
    expect(rename(FILE, FILE.indexOf('my_bins'), 'more_bins', ctx).ok).toBe(false);
    expect(rename(FILE, FILE.indexOf('my_macro'), 'a b', ctx).ok).toBe(false);
    expect(rename(FILE, FILE.indexOf('my_macro'), 'and', ctx).ok).toBe(false);
    expect(rename(FILE, FILE.indexOf('rule: one'), 'z', ctx).ok).toBe(false);
  });
});

describe('documentSymbols', () => {
  it('lists rules, macros and lists with their name ranges', () => {
    const syms = documentSymbols(FILE + '- rule: three\n  priority: WARNING\n  enabled: false\n');
    expect(syms.map((s) => `${s.kind}:${s.name}`)).toEqual(['list:my_bins', 'list:more_bins', 'macro:my_macro', 'rule:one', 'rule:two', 'rule:three']);
    expect(syms[5].detail).toBe('WARNING · disabled');
    expect(FILE.slice(syms[3].selectionRange.start, syms[3].selectionRange.end)).toBe('one');
  });
});
