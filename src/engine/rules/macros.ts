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
  /**
   * Nodes visited inside macro bodies: what inlining added to the condition (its own nodes apart).
   * The loader adds these up over a whole load against MAX_TOTAL_INLINED_NODES.
   */
  inlined: number;
  /** Nodes of the expanded condition (visited by the walk): its own and the inlined ones. */
  size: number;
  /**
   * Set when the walk stopped at `inlinedLimit` (what is left of the load's budget): the reference
   * in the condition being expanded when it ran out. The caller words the message (it knows the
   * budget); nothing is in `errors` for it.
   */
  overBudget?: { name: string; range: Range };
}

/**
 * A condition may expand to at most this many AST nodes once every macro is inlined. Falco has no
 * such cap (there a macro used exponentially often, `m2: m1 or m1`, `m3: m2 or m2` ..., exhausts
 * memory); here macro ASTs are shared, so inlining stays cheap, but compiling would walk 2^n nodes
 * and freeze the page: the loader stops with a message instead. Upstream rules stay far below.
 */
export const MAX_EXPANDED_NODES = 100_000;

/**
 * All the conditions of one load (every macro and rule, each counted once per compile pass) may
 * inline at most this many macro nodes in total. The per-condition limit alone let 300 rules each
 * expand a 65,000-node macro: 20 million nodes to resolve, compile and evaluate, a page frozen for
 * ~20 s. The three upstream rulesets loaded together inline 2,353 nodes (falco_rules.yaml alone
 * 375, the stock base with the seed 4; test/limits/limits.test.ts measures them), so this is
 * about a hundred times what they need. Once a condition is refused, every later condition that
 * inlines a macro is refused too (compiler.ts), so a load past the budget costs the budget's work
 * and no more: ~0.3 s in Node. Falco has no such limit (it clones macro ASTs until memory runs out).
 */
export const MAX_TOTAL_INLINED_NODES = 250_000;

export function resolveMacros(
  ast: Expr,
  macros: Map<string, Expr> | ((name: string) => Expr | undefined),
  limit = MAX_EXPANDED_NODES,
  inlinedLimit = Infinity,
): MacroResolution {
  const lookup = typeof macros === 'function' ? macros : (name: string) => macros.get(name);
  const res: MacroResolution = { ast, resolved: [], unknown: [], errors: [], inlined: 0, size: 0 };
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
    if (path.length > 0 && ++res.inlined > inlinedLimit) {
      overLimit = true;
      res.overBudget = outer ?? { name: '', range: e.range };
      return null;
    }
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
  res.size = visited;
  return res;
}
