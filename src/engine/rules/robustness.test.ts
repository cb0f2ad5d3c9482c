import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRules } from './index';
import { loadRulesWith } from './load';
import { parserOnlyBackend } from './test-backend';

const fragments = ['- rule: R\n', '- macro: m\n', '- list: l\n', '  condition: ', '  items: [', ']\n', '  desc: d\n', '  output: o %proc.name\n',
  '  priority: INFO\n', '  override:\n    condition: append\n', '  exceptions:\n    - name: e\n      fields: [proc.name]\n      values: [[a]]\n',
  'evt.type = execve and m\n', 'proc.name in (l)\n', '  append: true\n', '  enabled: false\n', '"unterminated\n', '\t', ': :', '{', '*a', '&a x\n',
  '- required_engine_version: 1.0.0\n', '  source: k8s_audit\n', '>\n    a and\n    b\n', '\r\n', '\uFEFF', 'not (', '%'];

describe('loader robustness', () => {
  it('never throws on arbitrary text made of rules-file fragments, strict or lenient', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 25 }), fc.boolean(), (parts, lenient) => {
      const r = loadRulesWith(parserOnlyBackend, [{ name: 'f.yaml', content: parts.join('') }], { lenient });
      expect(r.ok).toBe(r.errors.length === 0);
      for (const m of [...r.errors, ...r.warnings]) {
        expect(m.range.start).toBeGreaterThanOrEqual(0);
        expect(m.range.end).toBeGreaterThanOrEqual(m.range.start);
        expect(m.line).toBeGreaterThanOrEqual(1);
      }
    }), { numRuns: 400 });
  });
  it('with the real parser and evaluator, nothing escapes as an internal error', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 25 }), fc.boolean(), (parts, lenient) => {
      const r = loadRules([{ name: 'f.yaml', content: parts.join('') }], { lenient });
      expect(r.errors.filter((e) => e.code === 'FRP_INTERNAL_ERROR')).toEqual([]);
    }), { numRuns: 300 });
  });
});
