/** Crashes and hangs found by the fuzz tests, kept as named cases (each was a bug fixed in the engine). */
import { describe, expect, it } from 'vitest';
import { sampleToEvent, splitCommand } from '../../src/engine/sample';
import { parseSamplesYaml } from '../../src/engine/sample/yaml';
import { loadRules } from '../../src/engine/rules';

describe('fuzz regressions', () => {
  it.each(['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty -x'])(
    'a program named like an Object.prototype member (%s) is an unknown program, not a crash', (command) => {
      const r = sampleToEvent({ id: 'x', command });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.event.proc?.exepath).toBe(`/usr/bin/${command.split(' ')[0]}`);
    });

  it('a line break in a ps line does not loop forever', () => {
    const r = splitCommand('a\nb\n', () => undefined, 'psLine');
    expect(r.ok && r.words.map((w) => w.text)).toEqual(['a', 'b']);
  });

  it('a samples YAML error at end of input stays inside the text', () => {
    for (const text of ["'", '{', '- "a']) {
      for (const d of parseSamplesYaml(text).diagnostics) expect(d.range.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('a rules YAML error at end of input stays inside the file', () => {
    for (const content of ['{', '- rule: "a']) {
      const r = loadRules([{ name: 'rules.yaml', content }]);
      expect(r.errors.length).toBeGreaterThan(0);
      for (const m of r.errors) expect(m.range.end).toBeLessThanOrEqual(content.length);
    }
  });
});
