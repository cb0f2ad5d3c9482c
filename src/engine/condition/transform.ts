/**
 * Rebuilding condition trees: macro substitution for the rules loader.
 */
import type { Expr, IdentifierExpr, NotExpr } from './ast';

/**
 * Returns `ast` with every macro reference (identifier in check position) for which `resolve`
 * returns a tree replaced by that tree, as Falco's filter_macro_resolver does on the AST (so the
 * macro body behaves as if parenthesised). Identifiers `resolve` leaves undefined stay. Unchanged
 * subtrees are shared, not copied; the input is not modified. `resolve` sees each reference once
 * and is not applied to what it returns (recursive macros are the caller's business).
 */
export function substituteIdentifiers(ast: Expr, resolve: (id: IdentifierExpr) => Expr | undefined): Expr {
  switch (ast.kind) {
    case 'identifier':
      return resolve(ast) ?? ast;
    case 'and':
    case 'or': {
      let changed = false;
      const children = ast.children.map((c) => {
        const n = substituteIdentifiers(c, resolve);
        if (n !== c) changed = true;
        return n;
      });
      return changed ? { ...ast, children } : ast;
    }
    case 'not': {
      // Walk a `not not not …` run without recursion: runs can be arbitrarily long.
      const run: NotExpr[] = [];
      let cur: Expr = ast;
      while (cur.kind === 'not') {
        run.push(cur);
        cur = cur.child;
      }
      let child = substituteIdentifiers(cur, resolve);
      if (child === cur) return ast;
      for (let k = run.length - 1; k >= 0; k--) child = { ...run[k], child };
      return child;
    }
    case 'unaryCheck':
    case 'binaryCheck':
      return ast;
  }
}
