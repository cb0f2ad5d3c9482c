/**
 * A backend for loader unit tests that need no evaluator: the real condition parser, and a
 * "compiler" that accepts every field except names containing `nosuch` and matches nothing.
 */
import { parseCondition } from '../condition';
import { parseOperandPrefix } from '../condition/operand';
import { walk } from '../condition/walk';
import type { ConditionBackend } from './compiler';

const OUTPUT_FIELDS = new Set(['proc.name', 'proc.pname', 'proc.cmdline', 'proc.exepath', 'proc.pcmdline', 'user.name', 'evt.type', 'fd.name']);

export const parserOnlyBackend: ConditionBackend = {
  parse(text) {
    const r = parseCondition(text, { maxDepth: 1000 });
    return r.ok ? r : { ok: false, error: r.error };
  },
  compile(ast) {
    let bad: { message: string; range: { start: number; end: number } } | null = null;
    walk(ast, (n) => {
      if (!bad && n.kind === 'field' && n.name.includes('nosuch')) bad = { message: `filter_check called with nonexistent field ${n.name}`, range: n.range };
    });
    if (bad) return { ok: false, error: bad, warnings: [] };
    return { ok: true, filter: { evaluate: () => false, trace: () => { throw new Error('the parser-only backend cannot trace'); } }, warnings: [] };
  },
  parseOperandPrefix,
  compileOperand(op) {
    // Outputs: only a few real field names compile, so shorter prefixes of a bad token fail too.
    if (op.kind === 'field' && !OUTPUT_FIELDS.has(op.name)) return { ok: false, message: `filter_check called with nonexistent field ${op.name}` };
    return { ok: true, render: () => (op.kind === 'field' ? `<${op.name}>` : '<t>') };
  },
};
