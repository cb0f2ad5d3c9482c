/**
 * Generic traversal of condition ASTs, for the rules loader (macro references), the linter and the
 * editor (fields, ranges).
 */
import type { BinaryCheckExpr, Expr, FieldExpr, IdentifierExpr, Node } from './ast';
import type { Range } from '../text/range';

/** Direct children of a node, in source order. */
export function childrenOf(node: Node): Node[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.children;
    case 'not':
      return [node.child];
    case 'unaryCheck':
      return [node.left];
    case 'binaryCheck':
      return [node.left, node.right];
    case 'fieldTransformer':
      return node.args;
    case 'list':
      return node.values;
    case 'transformerList':
      return node.items;
    case 'identifier':
    case 'field':
    case 'value':
      return [];
  }
}

/**
 * Visits `node` and its descendants depth-first, parents before children. Returning `false` from
 * `fn` skips the children of that node. Iterative, so arbitrarily deep trees are fine.
 */
export function walk(node: Node, fn: (node: Node, parent: Node | null) => void | boolean): void {
  const stack: Array<[Node, Node | null]> = [[node, null]];
  while (stack.length > 0) {
    const [n, parent] = stack.pop()!;
    if (fn(n, parent) === false) continue;
    const kids = childrenOf(n);
    for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k], n]);
  }
}

/** A reference to a macro: an identifier in check position (`spawned_process and ...`). */
export interface IdentifierRef {
  name: string;
  range: Range;
  node: IdentifierExpr;
}

/**
 * Macro references in source order. Identifiers on the right of `in x` / `= oneof x` are list
 * values, not macro references, and are not returned (libsinsp makes them plain value nodes).
 */
export function collectIdentifiers(ast: Expr): IdentifierRef[] {
  const out: IdentifierRef[] = [];
  walk(ast, (n, parent) => {
    if (n.kind === 'identifier' && (parent === null || parent.kind !== 'binaryCheck')) {
      out.push({ name: n.name, range: n.range, node: n });
    }
    // Nothing below a check can be a macro reference.
    return n.kind !== 'unaryCheck' && n.kind !== 'binaryCheck';
  });
  return out;
}

/** Every field node (left sides, `val()` and transformer arguments), in source order. */
export function collectFields(ast: Node): FieldExpr[] {
  const out: FieldExpr[] = [];
  walk(ast, (n) => {
    if (n.kind === 'field') out.push(n);
  });
  return out;
}

/** Every binary or unary check, in source order. */
export function collectChecks(ast: Expr): Array<BinaryCheckExpr | Extract<Expr, { kind: 'unaryCheck' }>> {
  const out: Array<BinaryCheckExpr | Extract<Expr, { kind: 'unaryCheck' }>> = [];
  walk(ast, (n) => {
    if (n.kind === 'binaryCheck' || n.kind === 'unaryCheck') {
      out.push(n);
      return false;
    }
    return true;
  });
  return out;
}

/** Adds `delta` to every range of the tree, in place (used to re-base a sub-parse). */
export function shiftRanges(node: Node, delta: number): void {
  if (delta === 0) return;
  walk(node, (n) => {
    n.range.start += delta;
    n.range.end += delta;
    if (n.kind === 'binaryCheck') {
      n.opRange.start += delta;
      n.opRange.end += delta;
    }
  });
}
