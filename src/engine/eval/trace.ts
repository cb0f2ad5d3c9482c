import type { Expr } from '../condition/ast';

/**
 * Explanation of one evaluation, node by node. `result` is 'unevaluated' for children that
 * short-circuiting skipped. For checks, `values` lists the operand values read (null = no value)
 * and `matches` the exact character spans a contains/icontains/startswith/endswith/glob/regex
 * check matched in the field's value.
 */
export interface TraceNode {
  node: Expr;
  result: boolean | 'unevaluated';
  noValue?: boolean;
  children?: TraceNode[];
  values?: { field: string; value: string | null }[];
  matches?: { field: string; value: string; start: number; end: number }[];
}

/** The trace of a subtree that was not evaluated (short-circuited). */
export function unevaluated(node: Expr): TraceNode {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { node, result: 'unevaluated', children: node.children.map(unevaluated) };
    case 'not':
      return { node, result: 'unevaluated', children: [unevaluated(node.child)] };
    default:
      return { node, result: 'unevaluated' };
  }
}
