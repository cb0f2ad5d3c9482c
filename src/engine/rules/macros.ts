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

/**
 * At most this many macro references are inlined into one condition. Falco has no such cap, but
 * there a macro used exponentially often (`m2: m1 or m1`, `m3: m2 or m2` ...) makes the loader run
 * out of memory; here it must stop with a message instead of freezing the page. The upstream rules
 * stay far below (a few hundred substitutions for the largest rule).
 */
export const MAX_MACRO_SUBSTITUTIONS = 20_000;

export function resolveMacros(ast: Expr, macros: Map<string, Expr>, limit = MAX_MACRO_SUBSTITUTIONS): MacroResolution {
  const res: MacroResolution = { ast, resolved: [], unknown: [], errors: [] };
  const path: string[] = [];
  let substitutions = 0;
  let overLimit = false;
  /** The reference in the condition itself whose expansion is being inlined (the error's place). */
  let outerRange: Range | null = null;

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
        if (overLimit) return null;
        if (++substitutions > limit) {
          overLimit = true;
          res.errors.push({
            message: `macro expansion too large: more than ${limit} macro references to inline (is a macro used exponentially often?)`,
            range: outerRange ?? e.range,
          });
          return null;
        }
        if (path.length === 0) outerRange = e.range;
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
