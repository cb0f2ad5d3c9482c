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
import { markShared } from '../condition/shared';
import type { Range } from '../text/range';

export interface MacroResolution {
  ast: Expr;
  /** Every macro substituted (including nested ones). */
  resolved: string[];
  unknown: { name: string; range: Range }[];
  errors: { message: string; range: Range }[];
}

/**
 * A condition may expand to at most this many AST nodes once every macro is inlined. Falco has no
 * such cap (there a macro used exponentially often, `m2: m1 or m1`, `m3: m2 or m2` ..., exhausts
 * memory); here macro ASTs are shared, so inlining stays cheap, but compiling would walk 2^n nodes
 * and freeze the page: the loader stops with a message instead. Upstream rules stay far below.
 */
export const MAX_EXPANDED_NODES = 100_000;

export function resolveMacros(
  ast: Expr,
  macros: Map<string, Expr> | ((name: string) => Expr | undefined),
  limit = MAX_EXPANDED_NODES,
): MacroResolution {
  const lookup = typeof macros === 'function' ? macros : (name: string) => macros.get(name);
  const res: MacroResolution = { ast, resolved: [], unknown: [], errors: [] };
  const path: string[] = [];
  // Inlining walks the expanded tree, so the number of nodes visited is its size: counting visits
  // bounds both the work done here and the size handed to the compiler.
  let visited = 0;
  let overLimit = false;
  /** The reference in the condition itself being expanded (where a too-large expansion is shown). */
  let outer: { name: string; range: Range } | null = null;

  /** The rewritten node, or null when nothing below `e` changed. */
  const visit = (e: Expr): Expr | null => {
    if (overLimit) return null;
    if (++visited > limit) {
      overLimit = true;
      const at = outer ?? { name: '', range: e.range };
      res.errors.push({
        message: `macro expansion too large: the condition expands to more than ${limit} nodes${at.name ? ` at '${at.name}'` : ''} (is a macro used exponentially often?)`,
        range: at.range,
      });
      return null;
    }
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
        const macro = lookup(e.name);
        if (!macro) {
          res.unknown.push({ name: e.name, range: e.range });
          return null;
        }
        if (path.includes(e.name)) {
          res.errors.push({ message: `reference loop in macro '${e.name}'`, range: e.range });
          res.unknown.push({ name: e.name, range: e.range });
          return null;
        }
        if (path.length === 0) outer = { name: e.name, range: e.range };
        path.push(e.name);
        const sub = visit(macro);
        res.resolved.push(e.name);
        path.pop();
        const inlined = sub ?? macro;
        // The same object goes into every condition using the macro: compile and print it once.
        markShared(inlined);
        return inlined;
      }
      default:
        return null;
    }
  };

  res.ast = visit(ast) ?? ast;
  return res;
}
