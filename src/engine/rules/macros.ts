/**
 * Macro inlining on the AST (falco filter_macro_resolver.cpp): an identifier in check position is
 * replaced by the macro's AST, recursively; a macro met again on the current path is a reference
 * loop. Unknown identifiers and loops are collected, not thrown, like Falco.
 *
 * Falco clones the macro's AST at every use. We share it instead and rebuild only the nodes on the
 * path to a substitution (copy-on-write): nothing mutates an AST after this point, so sharing is
 * indistinguishable from cloning and much cheaper for the upstream rules.
 */
import type { Expr } from '../condition/ast';
import type { Range } from '../text/range';

export interface MacroResolution {
  ast: Expr;
  /** Every macro substituted (including nested ones). */
  resolved: string[];
  unknown: { name: string; range: Range }[];
  errors: { message: string; range: Range }[];
}

export function resolveMacros(ast: Expr, macros: Map<string, Expr>): MacroResolution {
  const res: MacroResolution = { ast, resolved: [], unknown: [], errors: [] };
  const path: string[] = [];

  /** The rewritten node, or null when nothing below `e` changed. */
  const visit = (e: Expr): Expr | null => {
    switch (e.kind) {
      case 'and':
      case 'or': {
        let children: Expr[] | null = null;
        for (let i = 0; i < e.children.length; i++) {
          const sub = visit(e.children[i]);
          if (sub) {
            children ??= e.children.slice();
            children[i] = sub;
          }
        }
        return children ? { ...e, children } : null;
      }
      case 'not': {
        const sub = visit(e.child);
        return sub ? { ...e, child: sub } : null;
      }
      case 'identifier': {
        const macro = macros.get(e.name);
        if (!macro) {
          res.unknown.push({ name: e.name, range: e.range });
          return null;
        }
        if (path.includes(e.name)) {
          res.errors.push({ message: `reference loop in macro '${e.name}'`, range: e.range });
          res.unknown.push({ name: e.name, range: e.range });
          return null;
        }
        path.push(e.name);
        const sub = visit(macro);
        res.resolved.push(e.name);
        path.pop();
        return sub ?? macro;
      }
      default:
        return null;
    }
  };

  res.ast = visit(ast) ?? ast;
  return res;
}
