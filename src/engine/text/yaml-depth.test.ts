import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAllDocuments, stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { YAML_MAX_DEPTH, yamlTooDeep } from './yaml-depth';

/** Node depth of the deepest node, by the `yaml` package (for texts it can parse). */
function depthOf(text: string): number {
  const docs = parseAllDocuments(text);
  let max = 0;
  const visit = (n: unknown, d: number) => {
    if (n === null || n === undefined) return;
    const node = n as { items?: unknown[]; key?: unknown; value?: unknown };
    if ('key' in node && 'value' in node && !('items' in node)) { visit(node.key, d); visit(node.value, d); return; }
    max = Math.max(max, d);
    if (Array.isArray(node.items)) for (const c of node.items) visit(c, d + 1);
  };
  for (const doc of Array.isArray(docs) ? docs : [docs]) visit(doc.contents, 1);
  return max;
}

const flow = (n: number, leaf = '') => '['.repeat(n) + leaf + ']'.repeat(n);
const blockSeq = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}-`).join('\n') + ' a\n';
const blockMap = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n') + ' a\n';

describe('yamlTooDeep: yaml-cpp refuses a node at depth 500 (the root is 1)', () => {
  it('flow: 499 empty nested sequences pass, 500 do not; a scalar inside 499 is at depth 500', () => {
    expect(yamlTooDeep(flow(YAML_MAX_DEPTH - 1))).toBeNull();
    const past = yamlTooDeep(flow(YAML_MAX_DEPTH));
    expect(past).toEqual({ offset: YAML_MAX_DEPTH - 1, line: 1, column: YAML_MAX_DEPTH, limit: YAML_MAX_DEPTH });
    expect(yamlTooDeep(flow(YAML_MAX_DEPTH - 2, 'a'))).toBeNull();
    expect(yamlTooDeep(flow(YAML_MAX_DEPTH - 1, 'a'))?.offset).toBe(YAML_MAX_DEPTH - 1);
    expect(yamlTooDeep('{"a": '.repeat(YAML_MAX_DEPTH) + '1' + '}'.repeat(YAML_MAX_DEPTH))).not.toBeNull();
  });

  it('block sequences and maps by indentation, with the line and column of the node', () => {
    // blockSeq(n): n nested sequences and the scalar a at depth n + 1.
    expect(depthOf(blockSeq(100))).toBe(101);
    expect(yamlTooDeep(blockSeq(YAML_MAX_DEPTH - 2))).toBeNull();
    const seq = yamlTooDeep(blockSeq(YAML_MAX_DEPTH));
    expect(seq).toMatchObject({ line: YAML_MAX_DEPTH, column: YAML_MAX_DEPTH });
    expect(depthOf(blockMap(100))).toBe(101);
    expect(yamlTooDeep(blockMap(YAML_MAX_DEPTH - 2))).toBeNull();
    expect(yamlTooDeep(blockMap(YAML_MAX_DEPTH))).toMatchObject({ line: YAML_MAX_DEPTH - 1 });
  });

  it('agrees with the parser on mixed shapes', () => {
    const shapes = [
      'a:\n- b\n- c: [d, {e: f}]\ng: h\n',
      '- rule: r\n  desc: d\n  condition: >\n    [[[[[[ not yaml\n  exceptions:\n    - name: x\n      fields: [a, b]\n      values: [[1, 2], [3, 4]]\n',
      'k: "a [ quoted\n  [[[ line"\nm: \'it\'\'s [\'\n# [[[[ comment\nn: plain [text] here\n',
      '--- |\n  [[[[\n--- [a, [b]]\n',
    ];
    for (const s of shapes) {
      const d = depthOf(s);
      expect(yamlTooDeep(s, d + 1), s).toBeNull();
      expect(yamlTooDeep(s, d), s).not.toBeNull();
    }
  });

  it('the upstream rules files are far from the limit', () => {
    for (const f of ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml']) {
      const text = readFileSync(`../shared/corpus/falcosecurity-rules/${f}`, 'utf8');
      expect(yamlTooDeep(text, 12), f).toBeNull();
    }
  });

  it('two million open brackets are answered in milliseconds, at the 500th', () => {
    const t0 = performance.now();
    expect(yamlTooDeep('['.repeat(2_000_000))?.offset).toBe(YAML_MAX_DEPTH - 1);
    const lines = yamlTooDeep(`- rule: r\n  desc: ${'['.repeat(2_000_000)}\n`);
    expect(lines).toMatchObject({ line: 2 });
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('property: on generated documents (block and flow styles) the depth found is the parser\'s', () => {
    const leaf = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.constantFrom('[x', 'a: b', '- c', '# d', '{', "it's", '"q"'));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(fc.property(tree, fc.integer({ min: 0, max: 6 }), (value, flowLevel) => {
      const text = stringify(value, { flowLevel: flowLevel === 6 ? undefined : flowLevel } as never);
      const d = depthOf(text);
      if (d === 0) return;
      expect(yamlTooDeep(text, d + 1), text).toBeNull();
      expect(yamlTooDeep(text, d), text).not.toBeNull();
    }), { numRuns: 3_000 });
  });
});
