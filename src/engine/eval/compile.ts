import type { Expr } from '../condition/ast';
import type { PluginMode } from '../fields/catalog';
import type { FalcoEvent } from '../event/types';
import { eventView, type EventView } from '../event/thread';
import type { Range } from '../text/range';
import { compileBinary, compileUnary } from './check';
import { CompileError, type CompileWarning } from './errors';
import type { OperandContext } from './operand';
import { unevaluated, type TraceNode } from './trace';

export interface CompileOptions {
  /** 'container' (default): the container plugin is loaded; 'none': container and k8s fields are unknown. */
  plugins?: PluginMode;
}

export interface CompiledFilter {
  /** True when the event matches. Allocation-free on the hot path; per-event values are cached. */
  evaluate(ev: FalcoEvent): boolean;
  /** The same evaluation, node by node, for explanations. */
  trace(ev: FalcoEvent): TraceNode;
}

export type CompileResult =
  | { ok: true; filter: CompiledFilter; warnings: CompileWarning[] }
  | { ok: false; error: { message: string; range: Range }; warnings: CompileWarning[] };

interface Compiled {
  test: (v: EventView) => boolean;
  trace: (v: EventView) => TraceNode;
}

/**
 * Compiles a condition AST into closures (no eval), applying every compile-time check of
 * sinsp_filter_compiler in its visiting order, so the first error reported is libsinsp's.
 */
export function compileCondition(ast: Expr, options: CompileOptions = {}): CompileResult {
  const warnings: CompileWarning[] = [];
  const ctx: OperandContext = { plugins: options.plugins ?? 'container', shared: new Map() };
  try {
    const root = compileExpr(ast, ctx, warnings);
    const test = root.test;
    let lastEv: FalcoEvent | undefined;
    let lastView: EventView | undefined;
    const filter: CompiledFilter = {
      evaluate: (ev) => {
        if (ev !== lastEv) {
          lastView = eventView(ev);
          lastEv = ev;
        }
        return test(lastView!);
      },
      trace: (ev) => root.trace(eventView(ev)),
    };
    return { ok: true, filter, warnings };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, error: { message: e.message, range: e.range }, warnings };
    // Anything else is an engine bug; still report it as a value rather than escaping.
    return { ok: false, error: { message: `internal error: ${String(e)}`, range: ast.range }, warnings };
  }
}

function compileExpr(node: Expr, ctx: OperandContext, warnings: CompileWarning[]): Compiled {
  switch (node.kind) {
    case 'and': return compileAnd(node, node.children.map((c) => compileExpr(c, ctx, warnings)));
    case 'or': return compileOr(node, node.children.map((c) => compileExpr(c, ctx, warnings)));
    case 'not': {
      const child = compileExpr(node.child, ctx, warnings);
      const t = child.test;
      return {
        test: (v) => !t(v),
        trace: (v) => {
          const c = child.trace(v);
          return { node, result: c.result === 'unevaluated' ? 'unevaluated' : !c.result, children: [c] };
        },
      };
    }
    case 'identifier':
      throw new CompileError(`filter error: unexpected identifier '${node.name}'`, node.range);
    case 'unaryCheck':
    case 'binaryCheck': {
      const chk = node.kind === 'unaryCheck' ? compileUnary(node, ctx) : compileBinary(node, ctx, warnings);
      const t = chk.test;
      return {
        test: t,
        trace: (v) => {
          const result = t(v);
          return { node, result, ...chk.trace(v, result) };
        },
      };
    }
  }
}

function compileAnd(node: Expr, kids: Compiled[]): Compiled {
  const tests = kids.map((k) => k.test);
  const n = tests.length;
  let test: (v: EventView) => boolean;
  if (n === 2) {
    const [a, b] = tests;
    test = (v) => a(v) && b(v);
  } else if (n === 3) {
    const [a, b, c] = tests;
    test = (v) => a(v) && b(v) && c(v);
  } else {
    test = (v) => {
      for (let i = 0; i < n; i++) if (!tests[i](v)) return false;
      return true;
    };
  }
  return {
    test,
    trace: (v) => {
      const children: TraceNode[] = [];
      let result = true;
      for (let i = 0; i < kids.length; i++) {
        if (!result) {
          children.push(unevaluated(childNode(node, i)));
          continue;
        }
        const c = kids[i].trace(v);
        children.push(c);
        if (c.result === false) result = false;
      }
      return { node, result, children };
    },
  };
}

function compileOr(node: Expr, kids: Compiled[]): Compiled {
  const tests = kids.map((k) => k.test);
  const n = tests.length;
  let test: (v: EventView) => boolean;
  if (n === 2) {
    const [a, b] = tests;
    test = (v) => a(v) || b(v);
  } else {
    test = (v) => {
      for (let i = 0; i < n; i++) if (tests[i](v)) return true;
      return false;
    };
  }
  return {
    test,
    trace: (v) => {
      const children: TraceNode[] = [];
      let result = false;
      for (let i = 0; i < kids.length; i++) {
        if (result) {
          children.push(unevaluated(childNode(node, i)));
          continue;
        }
        const c = kids[i].trace(v);
        children.push(c);
        if (c.result === true) result = true;
      }
      return { node, result, children };
    },
  };
}

function childNode(node: Expr, i: number): Expr {
  return (node as { children: Expr[] }).children[i];
}
