/**
 * Connects the loader to the condition parser and the evaluator. Falco's loader parses with a
 * depth limit of 1000 (rule_loader_compiler.cpp `parse_condition`).
 */
import { parseCondition } from '../condition';
import { parseOperandPrefix } from '../condition/operand';
import { compileCondition, compileOperand } from '../eval';
import type { ConditionBackend } from './compiler';

export type PluginsOption = 'container' | 'none';

export function makeBackend(plugins: PluginsOption): ConditionBackend {
  const opts = { plugins };
  return {
    parse(text) {
      const r = parseCondition(text, { maxDepth: 1000 });
      return r.ok ? r : { ok: false, error: { message: r.error.message, range: r.error.range } };
    },
    compile(ast) {
      const r = compileCondition(ast, opts);
      const warnings = (r.warnings ?? []).map((w: { message: string } | string) => ({ message: typeof w === 'string' ? w : w.message }));
      if (r.ok) return { ok: true, filter: r.filter, warnings };
      return { ok: false, error: { message: r.error.message, range: r.error.range }, warnings };
    },
    parseOperandPrefix(text, start, limit) {
      return parseOperandPrefix(text, start, limit);
    },
    compileOperand(operand) {
      const r = compileOperand(operand, opts);
      if (r.ok && r.render) return { ok: true, render: r.render };
      return { ok: false, message: r.error?.message ?? 'invalid field' };
    },
  };
}
