import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document, parseDocument, isMap, isScalar, type Scalar, type YAMLMap } from 'yaml';
import { mapScalar, docToValue, valueRangeToDoc, type ScalarStyle } from '../../src/engine/language/scalar-map';

/** Maps the value of key `k` in a one-map document. */
function mapOf(text: string, k = 'condition') {
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) throw new Error('test document must be a map');
  const node = root.get(k, true) as Scalar;
  if (!isScalar(node) || !node.range) throw new Error('no scalar');
  return mapScalar(text, String(node.value), node.type as ScalarStyle, { start: node.range[0], end: node.range[1] });
}

/** Every non-blank value character maps onto the same source character. */
function expectFaithful(text: string, k = 'condition') {
  const m = mapOf(text, k);
  expect(m.exact).toBe(true);
  for (let i = 0; i < m.value.length; i++) {
    const c = m.value[i];
    // A character produced by an escape maps onto its backslash.
    if (c.trim() !== '' && text[m.offsets[i]] !== '\\') expect(text[m.offsets[i]], `char ${i} '${c}'`).toBe(c);
  }
  return m;
}

describe('mapScalar', () => {
  it('maps a single-line plain scalar by a constant shift', () => {
    const text = 'condition: proc.name = bash and x\n';
    const m = expectFaithful(text);
    expect(m.value).toBe('proc.name = bash and x');
    expect(m.offsets[0]).toBe(11);
    expect(m.offsets[m.value.length]).toBe(text.indexOf('\n'));
  });

  it('folds a multi-line plain scalar', () => {
    const text = 'condition: proc.name = bash\n  and   x\n\n  or y\nz: 1\n';
    const m = expectFaithful(text);
    expect(m.value).toBe('proc.name = bash and   x\nor y');
    expect(m.offsets[m.value.indexOf('and')]).toBe(text.indexOf('and'));
  });

  it('maps literal block scalars line by line', () => {
    const text = 'condition: |\n  a and\n    b\n\n  c\nx: 1\n';
    const m = expectFaithful(text);
    expect(m.value).toBe('a and\n  b\n\nc\n');
    expect(m.offsets[m.value.indexOf('c')]).toBe(text.indexOf('  c') + 2);
  });

  it('folds `>` block scalars, keeping more-indented lines and blank lines', () => {
    const text = 'condition: >\n    spawned_process and\n      proc.name = x\n\n    and y\n    and z\noutput: o\n';
    const m = expectFaithful(text);
    expect(m.value).toBe('spawned_process and\n  proc.name = x\n\nand y and z\n');
    expect(m.offsets[m.value.indexOf('proc.name')]).toBe(text.indexOf('proc.name'));
    expect(m.offsets[m.value.indexOf('z')]).toBe(text.indexOf('z\n'));
  });

  it('honours chomping and indentation indicators', () => {
    expect(expectFaithful('condition: >-\n  a\n  b\n\n').value).toBe('a b');
    expect(expectFaithful('condition: |+\n  a\n\n').value).toBe('a\n\n');
    expect(expectFaithful('condition: |2\n   a\n  b\n').value).toBe(' a\nb\n');
  });

  it('decodes double-quoted escapes and folding', () => {
    const text = 'condition: "proc.name = \\"a b\\" and\n   fd.name = \\\\x \\t\\\n   y"\n';
    const m = expectFaithful(text);
    expect(m.value).toBe('proc.name = "a b" and fd.name = \\x \ty');
    // the escaped quote maps to its backslash
    expect(text[m.offsets[m.value.indexOf('"')]]).toBe('\\');
  });

  it('decodes single-quoted doubled quotes', () => {
    const m = expectFaithful("condition: 'proc.name = ''a'' and\n  x'\n");
    expect(m.value).toBe("proc.name = 'a' and x");
  });

  it('converts cursor offsets back into value offsets', () => {
    const text = 'condition: >\n  proc.name = a\n  and x\n';
    const m = mapOf(text);
    expect(docToValue(m, text.indexOf('name'))).toBe(m.value.indexOf('name'));
    expect(docToValue(m, text.indexOf('x') + 1)).toBe(m.value.indexOf('x') + 1);
    expect(docToValue(m, 0)).toBeNull();
    const r = valueRangeToDoc(m, { start: m.value.indexOf('a and'), end: m.value.indexOf('x') + 1 });
    expect(text.slice(r.start, r.end)).toBe('a\n  and x');
  });

  it('falls back to an approximate monotonic map when decoding disagrees', () => {
    const text = 'condition: "a \\u00e9 \\N b"\n';
    const m = mapOf(text);
    for (let i = 1; i < m.offsets.length; i++) expect(m.offsets[i]).toBeGreaterThanOrEqual(m.offsets[i - 1]);
    expect(m.offsets.length).toBe(m.value.length + 1);
  });
});

describe('mapScalar on YAML written in every style (property)', () => {
  const word = fc.constantFrom('proc.name', '=', 'bash', 'and', 'not', '(a, b)', '"x y"', "'q'", 'a\\b', '%proc.cmdline', 'é', ':', '#', '-', '  ', '\n', '\n\n', '\t');
  const value = fc.array(word, { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' ').trim()).filter((v) => v.length > 0);
  const styles: ScalarStyle[] = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'];

  it('decodes exactly and maps every character onto its source', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...styles), fc.integer({ min: 20, max: 80 }), (v, style, lineWidth) => {
        const doc = new Document({ condition: v });
        const node = (doc.contents as YAMLMap).get('condition', true) as Scalar;
        node.type = style;
        const text = doc.toString({ lineWidth, minContentWidth: 10 });
        const m = mapOf(text);
        // m.value is the YAML library's reading of the text (which need not equal `v`: the library's
        // own writer does not always round-trip folded double quotes); we must agree with the reader.
        expect(m.exact, JSON.stringify(text)).toBe(true);
        for (let i = 0; i < m.value.length; i++) {
          const c = m.value[i];
          const src = text[m.offsets[i]];
          if (c.trim() !== '' && src !== '\\') expect(src, `${style} char ${i}`).toBe(c);
          if (i > 0) expect(m.offsets[i]).toBeGreaterThanOrEqual(m.offsets[i - 1]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
