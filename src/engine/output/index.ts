/**
 * Output templates for the UI and the loader: `compileOutput` parses a rule's `output` the way
 * libsinsp's formatter does and renders it for an event as Falco prints the message.
 */
import { parseOperandPrefix } from '../condition/operand';
import { compileOperand } from '../eval';
import type { FalcoEvent } from '../event/types';
import type { Range } from '../text/range';
import { tokenizeOutput, type OutputToken } from './format';

export { tokenizeOutput, escapeAsJsonText, NA, type OutputToken, type CompiledOutput } from './format';

export type OutputResult =
  | { ok: true; tokens: OutputToken[]; render: (ev: FalcoEvent) => string; error?: undefined }
  | { ok: false; error: { message: string; range: Range }; render?: undefined };

/** Ranges are UTF-16 offsets into `template`. Never throws. */
export function compileOutput(template: string, options: { plugins?: 'container' | 'none' } = {}): OutputResult {
  const plugins = options.plugins ?? 'container';
  const r = tokenizeOutput(template, (t, s, l) => parseOperandPrefix(t, s, l), (op) => {
    const c = compileOperand(op, { plugins });
    return c.ok ? { ok: true, render: c.render } : { ok: false, message: c.error.message };
  });
  return r.ok ? { ok: true, tokens: r.tokens, render: r.render } : { ok: false, error: r.error };
}
