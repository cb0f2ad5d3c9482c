/**
 * Macro inlining on the AST (falco filter_macro_resolver.cpp): an identifier in check position is
 * replaced by a clone of the macro's AST, recursively; a macro met again on the current path is a
 * reference loop. Unknown identifiers and loops are collected, not thrown, like Falco.
 */
import type { Expr } from '../condition/ast';
import type { Range } from '../text/range';
import { cloneAst } from './condition-space';

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

  const visit = (e: Expr): Expr | null => {
    switch (e.kind) {
      case 'and':
      case 'or':
        for (let i = 0; i < e.children.length; i++) {
          const sub = visit(e.children[i]);
          if (sub) e.children[i] = sub;
        }
        return null;
      case 'not': {
        const sub = visit(e.child);
        if (sub) e.child = sub;
        return null;
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
        const clone = cloneAst(macro);
        const sub = visit(clone);
        res.resolved.push(e.name);
        path.pop();
        return sub ?? clone;
      }
      default:
        return null;
    }
  };

  const top = visit(ast);
  if (top) res.ast = top;
  return res;
}
