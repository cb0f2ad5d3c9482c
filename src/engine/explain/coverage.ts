/**
 * Clause coverage: over every sample, how often each leaf clause of a rule was true. A clause true
 * for no row never helps the rule match (dead logic, or a missing sample); one true for every row
 * filters nothing out (redundant, for these samples).
 */
import type { Range } from '../text/range';
import type { ClauseStatus, ExplainNode, Explanation } from './types';

export interface ClauseCoverage {
  id: string;
  text: string;
  range?: Range;
  /** The macro the clause was written in, when it comes from one. */
  macro?: string;
  counts: Record<ClauseStatus, number>;
  /** Rows traced (samples whose event could be built). */
  rows: number;
  /** never_true: true for no row; always_true: true for every row (both need at least one row). */
  flag: 'never_true' | 'always_true' | null;
}

const PLACEHOLDER_MACROS = new Set(['never_true', 'always_true']);

/** Leaf checks of a tree in reading order, with the innermost macro each sits in. */
export function leaves(root: ExplainNode): { node: ExplainNode; macro?: string }[] {
  const out: { node: ExplainNode; macro?: string }[] = [];
  const visit = (n: ExplainNode, macro: string | undefined) => {
    if (n.kind === 'check') { out.push({ node: n, macro }); return; }
    const inner = n.kind === 'macro' ? n.text : macro;
    for (const c of n.children ?? []) visit(c, inner);
  };
  visit(root, undefined);
  return out;
}

/** `explanations` are one rule's, one per traced sample (same tree shape, so ids line up). */
export function clauseCoverage(explanations: Explanation[]): ClauseCoverage[] {
  if (explanations.length === 0) return [];
  const byId = new Map<string, ClauseCoverage>();
  const order: ClauseCoverage[] = [];
  for (const e of explanations) {
    for (const { node, macro } of leaves(e.root)) {
      let c = byId.get(node.id);
      if (!c) {
        c = {
          id: node.id, text: node.text, range: node.range, macro,
          counts: { true: 0, false: 0, no_value: 0, not_evaluated: 0 }, rows: 0, flag: null,
        };
        byId.set(node.id, c);
        order.push(c);
      }
      c.counts[node.status]++;
      c.rows++;
    }
  }
  for (const c of order) {
    // Falco's placeholder macros are constant on purpose (`never_true` is the body of every
    // `user_known_*` hook, to be overridden by users): pointing out their clause is noise.
    if (c.macro && PLACEHOLDER_MACROS.has(c.macro)) continue;
    if (c.counts.true === 0) c.flag = 'never_true';
    else if (c.counts.true === c.rows) c.flag = 'always_true';
  }
  return order;
}
