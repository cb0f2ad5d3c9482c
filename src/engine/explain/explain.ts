/**
 * One call per (rule, sample): trace the event through the rule's compiled filter and explain it.
 */
import type { RuleExplainContext } from '../analyze';
import type { TraceNode } from '../eval';
import type { FalcoEvent } from '../event/types';
import type { ExplainSources } from './sources';
import { explainTrace } from './tree';
import type { Explanation } from './types';

export function explainEvent(ctx: RuleExplainContext, sources: ExplainSources, ev: FalcoEvent): Explanation | null {
  const filter = ctx.rule.filter;
  if (!filter?.trace || ctx.rule.error) return null;
  let trace: unknown;
  try {
    trace = filter.trace(ev);
  } catch {
    // The verdict path reports an evaluation failure as an 'error' verdict; nothing to explain.
    return null;
  }
  // The loader types its backend's trace loosely; the real backend (src/engine/eval) returns a TraceNode.
  if (!isTraceNode(trace)) return null;
  return { rule: ctx.rule.name, matched: trace.result === true, root: explainTrace(trace, sources) };
}

/**
 * The alert line as Falco's text output prints it, without the timestamp: the priority, then the
 * rendered output (falco_formats::format_event; outputs.cpp prefixes "<time>: <Priority> ").
 */
export function renderAlert(ctx: RuleExplainContext, ev: FalcoEvent): string | null {
  if (!ctx.rule.render) return null;
  try {
    return `${ctx.rule.priority} ${ctx.rule.render(ev)}`;
  } catch {
    return null;
  }
}

function isTraceNode(t: unknown): t is TraceNode {
  return typeof t === 'object' && t !== null && 'node' in t && 'result' in t;
}
