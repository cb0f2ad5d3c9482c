import type { BinaryCheckExpr, Expr, FieldExpr, Operand, ValueExpr } from '../condition/ast';
import type { Range } from '../text/range';

/** A condition node with the chain of its ancestors (nearest last). */
export interface Visit {
  node: Expr;
  parents: Expr[];
}

/** Depth-first, pre-order walk over the boolean structure of a condition (iterative: no recursion limit). */
export function visitExprs(root: Expr, fn: (v: Visit) => void): void {
  const stack: Visit[] = [{ node: root, parents: [] }];
  while (stack.length) {
    const v = stack.pop()!;
    fn(v);
    const n = v.node;
    const parents = [...v.parents, n];
    if (n.kind === 'and' || n.kind === 'or') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push({ node: n.children[i], parents });
    } else if (n.kind === 'not') {
      stack.push({ node: n.child, parents });
    }
  }
}

/** Every binary check of a condition, with its ancestors. */
export function binaryChecks(root: Expr): { check: BinaryCheckExpr; parents: Expr[] }[] {
  const out: { check: BinaryCheckExpr; parents: Expr[] }[] = [];
  visitExprs(root, (v) => {
    if (v.node.kind === 'binaryCheck') out.push({ check: v.node, parents: v.parents });
  });
  return out;
}

/** The field of an operand when it is a plain field (no transformer). */
export function plainField(op: Operand): FieldExpr | undefined {
  return op.kind === 'field' ? op : undefined;
}

/** Field text as written in a condition: `proc.aname[2]`. */
export function fieldText(f: FieldExpr): string {
  return f.arg === undefined ? f.name : `${f.name}[${f.arg}]`;
}

/** The constant values on the right-hand side (a value, or the items of a list literal). */
export function rhsValues(check: BinaryCheckExpr): ValueExpr[] {
  if (check.right.kind === 'value') return [check.right];
  if (check.right.kind === 'list') return check.right.values;
  return [];
}

/** Number of `not` nodes above a node: odd means the check is negated. */
export function negationDepth(parents: Expr[]): number {
  return parents.filter((p) => p.kind === 'not').length;
}

/** Quotes a value for a condition, the way a person would write it. */
export function quoteValue(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Writes a value bare when the grammar allows it, quoted otherwise. */
export function writeValue(v: string): string {
  // Bare words stop at blanks, parentheses, quotes, `=` and `,` (spec §1.1); keywords are fine as values.
  return v !== '' && /^[^()"'\s=,]+$/.test(v) ? v : quoteValue(v);
}

/**
 * The text range that removes child `i` of an and/or node together with its connector, so the
 * rest of the expression stays well formed.
 */
export function removalRange(parent: { children: Expr[] }, i: number): Range {
  const c = parent.children[i];
  if (parent.children.length < 2) return c.range;
  if (i > 0) return { start: parent.children[i - 1].range.end, end: c.range.end };
  return { start: c.range.start, end: parent.children[1].range.start };
}

/** Byte length of a string in UTF-8 (comm is limited in bytes, not characters). */
export function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Cuts a string to at most `max` UTF-8 bytes, like the kernel's comm (TASK_COMM_LEN - 1). */
export function truncateUtf8(s: string, max: number): string {
  const bytes = new TextEncoder().encode(s);
  if (bytes.length <= max) return s;
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.slice(0, max)).replace(/\uFFFD$/, '');
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

/** True when the parentheses of a condition fragment pair up (quoted strings skipped). */
function parensBalanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === '\\' && c === '"') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A node's range with the parentheses written around exactly this node (the parser's ranges
 * leave them out): the text that can be moved elsewhere in an and/or chain and still parse the same.
 */
export function groupRange(text: string, n: { range: Range }): Range {
  let { start, end } = n.range;
  if (!parensBalanced(text.slice(start, end))) return { start, end };
  for (;;) {
    let s = start - 1;
    while (s >= 0 && /\s/.test(text[s])) s--;
    let e = end;
    while (e < text.length && /\s/.test(text[e])) e++;
    if (s < 0 || e >= text.length || text[s] !== '(' || text[e] !== ')') break;
    start = s;
    end = e + 1;
  }
  return { start, end };
}

/** The text of `groupRange`, on one line. */
export function groupText(text: string, n: { range: Range }): string {
  const r = groupRange(text, n);
  return text.slice(r.start, r.end).replace(/[ \t]*\r?\n\s*/g, ' ');
}

/**
 * Edits (in the condition's value) that put the children of an and/or node in `order`, each
 * keeping its parentheses; the connectors and line breaks between them stay where they are.
 */
export function reorderChildren(text: string, node: { children: Expr[] }, order: Expr[]): { range: Range; text: string }[] {
  const out: { range: Range; text: string }[] = [];
  node.children.forEach((c, i) => {
    if (order[i] === c) return;
    out.push({ range: groupRange(text, c), text: groupText(text, order[i]) });
  });
  return out;
}
