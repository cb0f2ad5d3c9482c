/**
 * AST nodes that are part of several conditions. The rules loader inlines a macro by sharing its
 * AST with every rule that uses it (rules/macros.ts); it marks that AST here, so the compiler and
 * the printer can do the work for it once and reuse it in each rule (ASTs are never changed once
 * built). Only such roots are memoized: a memo entry per node of every condition cost more than
 * it saved.
 */
import type { Expr } from './ast';

const shared = new WeakSet<Expr>();

export function markShared(node: Expr): void {
  shared.add(node);
}

export function isShared(node: Expr): boolean {
  return shared.has(node);
}
