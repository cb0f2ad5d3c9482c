import type { Operand } from '../condition/ast';
import { parseOperand } from '../condition';
import type { PluginMode } from '../fields/catalog';
import type { FalcoEvent } from '../event/types';
import { eventView } from '../event/thread';
import type { Range } from '../text/range';
import { CompileError } from './errors';
import { compileOperandNode } from './operand';
import { renderScalar } from './render';

export type CompiledRender =
  | { ok: true; render: (ev: FalcoEvent) => string | null; error?: undefined }
  | { ok: false; error: { message: string; range: Range }; render?: undefined };

/**
 * Compiles an operand for output rendering: render(ev) is libsinsp's tostring() of the
 * (transformed) value, null when the field has no value. Ancestor fields without index render
 * their joined value (`%proc.aname` = ancestors separated by spaces), lists as `(a,b)`.
 */
export function compileOperand(operand: Operand, options: { plugins?: PluginMode } = {}): CompiledRender {
  try {
    const op = compileOperandNode(operand, { plugins: options.plugins ?? 'container', shared: new Map() });
    return {
      ok: true,
      render: (ev) => {
        const x = op.extract(eventView(ev));
        if (x === null) return null;
        if (Array.isArray(x)) return '(' + x.map((e) => renderScalar(e, op.type, op.printFormat)).join(',') + ')';
        return renderScalar(x, op.type, op.printFormat);
      },
    };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, error: { message: e.message, range: e.range } };
    return { ok: false, error: { message: `internal error: ${String(e)}`, range: operand.range } };
  }
}

/** Parses `text` (`proc.aname[2]`, `tolower(proc.name)`) as an operand, or returns the error text. */
export function parseOperandText(text: string): { ok: true; operand: Operand } | { ok: false; message: string } {
  const r = parseOperand(text);
  return r.ok ? { ok: true, operand: r.operand } : { ok: false, message: r.error.message };
}

/** The rendered value of a field text on an event, as the oracle's `fields` report it. */
export function fieldValueString(fieldText: string, ev: FalcoEvent, options: { plugins?: PluginMode } = {}): string | null {
  const p = parseOperandText(fieldText);
  if (!p.ok) return null;
  const c = compileOperand(p.operand, options);
  return c.ok ? c.render(ev) : null;
}
