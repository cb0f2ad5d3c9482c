/**
 * A backend for loader unit tests that need no evaluator: the real condition parser, and a
 * "compiler" that accepts every field except names containing `nosuch` and matches nothing.
 */
import { parseCondition } from '../condition';
import { parseOperandPrefix } from '../condition/operand';
import { walk } from '../condition/walk';
import type { ConditionBackend } from './compiler';

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
    return { ok: true, filter: { evaluate: () => false }, warnings: [] };
  },
  parseOperandPrefix,
  compileOperand(op) {
    if (op.kind === 'field' && op.name.includes('nosuch')) return { ok: false, message: 'filter_check called with nonexistent field' };
    return { ok: true, render: () => (op.kind === 'field' ? `<${op.name}>` : '<t>') };
  },
};
