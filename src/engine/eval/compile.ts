import type { Expr } from '../condition/ast';
import { isShared } from '../condition/shared';
import type { PluginMode } from '../fields/catalog';
import type { FalcoEvent } from '../event/types';
import { eventView, type EventView } from '../event/thread';
import type { Range } from '../text/range';
import { compileBinary, compileUnary, type CompiledCheck } from './check';
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

/**
 * A failed compile: `range` is the culprit (for highlighting), `check` the check or macro reference
 * it belongs to, whose start is where libsinsp reports the error (see CompileError.check; absent
 * for an internal error, reported like libsinsp's initial position, the start of the text).
 */
export interface CompileFailure { message: string; range: Range; check?: Range }

export type CompileResult =
  | { ok: true; filter: CompiledFilter; warnings: CompileWarning[] }
  | { ok: false; error: CompileFailure; warnings: CompileWarning[] };

/** A compiled node: its test, and its explanation as a method (see check.ts). */
interface Compiled {
  readonly test: (v: EventView) => boolean;
  trace(v: EventView): TraceNode;
}

/**
 * Compiles a condition AST into closures (no eval), applying every compile-time check of
 * sinsp_filter_compiler in its visiting order, so the first error reported is libsinsp's.
 */
export function compileCondition(ast: Expr, options: CompileOptions = {}): CompileResult {
  const warnings: CompileWarning[] = [];
  const ctx: OperandContext = { plugins: options.plugins ?? 'container', shared: new Map() };
  try {
    const filter = new Filter(compileExpr(ast, ctx, warnings));
    return { ok: true, filter, warnings };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, error: { message: e.message, range: e.range, ...(e.check ? { check: e.check } : {}) }, warnings };
    // Anything else is an engine bug; still report it as a value rather than escaping.
    return { ok: false, error: { message: `internal error: ${String(e)}`, range: ast.range }, warnings };
  }
}

/** A compiled condition; remembers the last event's view (one rule is often run on one event twice). */
class Filter implements CompiledFilter {
  private lastEv: FalcoEvent | undefined;
  private lastView: EventView | undefined;
  private readonly test: Test;

  constructor(private readonly root: Compiled) {
    this.test = root.test;
  }

  evaluate(ev: FalcoEvent): boolean {
    if (ev !== this.lastEv) {
      this.lastView = eventView(ev);
      this.lastEv = ev;
    }
    return this.test(this.lastView!);
  }

  trace(ev: FalcoEvent): TraceNode {
    return this.root.trace(eventView(ev));
  }
}

/**
 * Compiled shared subtrees (macro ASTs, condition/shared.ts) by node and plugin mode, with the
 * warnings compiling them gave (or the error), replayed in order: each macro is compiled once
 * instead of once per rule using it. A subtree's closures depend on nothing outside it (field
 * values live in per-event slots).
 */
type Subtree = { compiled: Compiled; warnings: CompileWarning[] } | { error: CompileError; warnings: CompileWarning[] };
const subtrees: Record<string, WeakMap<Expr, Subtree>> = { container: new WeakMap(), none: new WeakMap() };

function compileExpr(node: Expr, ctx: OperandContext, warnings: CompileWarning[]): Compiled {
  if (!isShared(node)) return compileNode(node, ctx, warnings);
  const memo = subtrees[ctx.plugins];
  const hit = memo.get(node);
  if (hit) {
    for (const w of hit.warnings) warnings.push(w);
    if ('error' in hit) throw hit.error;
    return hit.compiled;
  }
  const mark = warnings.length;
  try {
    const compiled = compileNode(node, ctx, warnings);
    memo.set(node, { compiled, warnings: warnings.slice(mark) });
    return compiled;
  } catch (e) {
    if (e instanceof CompileError) memo.set(node, { error: e, warnings: warnings.slice(mark) });
    throw e;
  }
}

function compileNode(node: Expr, ctx: OperandContext, warnings: CompileWarning[]): Compiled {
  switch (node.kind) {
    case 'and': {
      const kids = node.children.map((c) => compileExpr(c, ctx, warnings));
      return new Junction(node, kids, allOf(kids.map((k) => k.test)), false);
    }
    case 'or': {
      const kids = node.children.map((c) => compileExpr(c, ctx, warnings));
      return new Junction(node, kids, anyOf(kids.map((k) => k.test)), true);
    }
    case 'not': {
      const child = compileExpr(node.child, ctx, warnings);
      return new Negation(node, child, negate(child.test));
    }
    case 'identifier': {
      const e = new CompileError(`filter error: unexpected identifier '${node.name}'`, node.range);
      e.check = node.range;
      throw e;
    }
    case 'unaryCheck':
    case 'binaryCheck':
      try {
        return new Check(node, node.kind === 'unaryCheck' ? compileUnary(node, ctx) : compileBinary(node, ctx, warnings));
      } catch (e) {
        // libsinsp reports any error raised while compiling a check at the check's position.
        if (e instanceof CompileError) e.check ??= node.range;
        throw e;
      }
  }
}

type Test = (v: EventView) => boolean;

function negate(t: Test): Test {
  return (v) => !t(v);
}

/** `and`: short-circuit, unrolled for the common small arities. */
function allOf(tests: Test[]): Test {
  const n = tests.length;
  const [a, b, c, d] = tests;
  switch (n) {
    case 1: return a;
    case 2: return (v) => a(v) && b(v);
    case 3: return (v) => a(v) && b(v) && c(v);
    case 4: return (v) => a(v) && b(v) && c(v) && d(v);
    default:
      return (v) => {
        for (let i = 0; i < n; i++) if (!tests[i](v)) return false;
        return true;
      };
  }
}

/** `or`: short-circuit, unrolled for the common small arities. */
function anyOf(tests: Test[]): Test {
  const n = tests.length;
  const [a, b, c, d] = tests;
  switch (n) {
    case 1: return a;
    case 2: return (v) => a(v) || b(v);
    case 3: return (v) => a(v) || b(v) || c(v);
    case 4: return (v) => a(v) || b(v) || c(v) || d(v);
    default:
      return (v) => {
        for (let i = 0; i < n; i++) if (tests[i](v)) return true;
        return false;
      };
  }
}

class Check implements Compiled {
  readonly test: Test;
  constructor(private readonly node: Expr, private readonly chk: CompiledCheck) {
    this.test = chk.test;
  }

  trace(v: EventView): TraceNode {
    const result = this.test(v);
    return { node: this.node, result, ...this.chk.trace(v, result) };
  }
}

class Negation implements Compiled {
  constructor(private readonly node: Expr, private readonly child: Compiled, readonly test: Test) {}

  trace(v: EventView): TraceNode {
    const c = this.child.trace(v);
    return { node: this.node, result: c.result === 'unevaluated' ? 'unevaluated' : !c.result, children: [c] };
  }
}

/** `and` (stopsOn = false) or `or` (stopsOn = true): children after the deciding one are unevaluated. */
class Junction implements Compiled {
  constructor(private readonly node: Expr, private readonly kids: Compiled[], readonly test: Test, private readonly stopsOn: boolean) {}

  trace(v: EventView): TraceNode {
    const children: TraceNode[] = [];
    let result = !this.stopsOn;
    let decided = false;
    for (let i = 0; i < this.kids.length; i++) {
      if (decided) {
        children.push(unevaluated(childNode(this.node, i)));
        continue;
      }
      const c = this.kids[i].trace(v);
      children.push(c);
      if (c.result === this.stopsOn) {
        result = this.stopsOn;
        decided = true;
      }
    }
    return { node: this.node, result, children };
  }
}

function childNode(node: Expr, i: number): Expr {
  return (node as { children: Expr[] }).children[i];
}
