/**
 * The value a field (as written: `proc.aname[2]`, `tolower(proc.name)`) takes for an event, as text,
 * for hovers. Uses the evaluator's renderer, so the text is what Falco would print.
 */
import { parseOperand } from '../condition';
import { compileOperand } from '../eval';
import type { FalcoEvent } from '../event/types';
import type { PluginMode } from '../fields';

const cache = new Map<string, ReturnType<typeof compileOperand> | null>();

/** The event if `x` looks like one (the UI hands it over as `unknown`). */
export function asFalcoEvent(x: unknown): FalcoEvent | null {
  if (!x || typeof x !== 'object') return null;
  const e = x as Partial<FalcoEvent>;
  return e.proc && typeof e.proc === 'object' && typeof e.type === 'string' ? (x as FalcoEvent) : null;
}

/** Rendered value, null when the field has no value, undefined when it cannot be rendered. */
export function fieldValueForEvent(fieldText: string, event: FalcoEvent, plugins: PluginMode = 'container'): string | null | undefined {
  const key = `${plugins}\u0000${fieldText}`;
  let compiled = cache.get(key);
  if (compiled === undefined) {
    const parsed = parseOperand(fieldText);
    compiled = parsed.ok ? compileOperand(parsed.operand, { plugins }) : null;
    if (cache.size > 500) cache.clear();
    cache.set(key, compiled);
  }
  if (!compiled || !compiled.ok) return undefined;
  try {
    return compiled.render(event);
  } catch {
    return undefined;
  }
}
