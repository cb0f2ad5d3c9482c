import { describe, expect, it } from 'vitest';
import type { Node } from './ast';
import { parseCondition } from './parse';
import { collectChecks, collectFields, collectIdentifiers, walk } from './walk';

const parse = (t: string) => {
  const r = parseCondition(t);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
};

describe('walk and collectors', () => {
  const text = 'spawned_process and not (m2 or proc.name in lst) and tolower(proc.pname) = val(proc.exe)';
  const ast = parse(text);

  it('collects macro references with their ranges, not list identifiers', () => {
    const ids = collectIdentifiers(ast);
    expect(ids.map((i) => i.name)).toEqual(['spawned_process', 'm2']);
    expect(ids.map((i) => text.slice(i.range.start, i.range.end))).toEqual(['spawned_process', 'm2']);
  });

  it('collects fields and checks in source order', () => {
    expect(collectFields(ast).map((f) => f.name)).toEqual(['proc.name', 'proc.pname', 'proc.exe']);
    expect(collectChecks(ast).map((c) => c.kind)).toEqual(['binaryCheck', 'binaryCheck']);
  });

  it('visits parents before children and can skip subtrees', () => {
    const kinds: string[] = [];
    walk(ast, (n: Node) => {
      kinds.push(n.kind);
      return n.kind !== 'not';
    });
    expect(kinds).toEqual(['and', 'identifier', 'not', 'binaryCheck', 'fieldTransformer', 'field', 'fieldTransformer', 'field']);
  });
});
