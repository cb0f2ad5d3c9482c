import { parseCondition } from '../condition';
import type { Expr, Operand } from '../condition/ast';
import type { TraceNode } from '../eval/trace';
import type { FalcoEvent } from '../event/types';
import { fieldText, plainField, rhsValues } from './ast-util';
import { lintFieldValue } from './field-values';
import type { LintContext, ParsedCondition } from './types';

/**
 * Which sample rows a clause of a written condition actually applies to.
 *
 * A quick fix that rewrites one clause may only be informed by the rows on which that clause can
 * change the verdict: `proc.args contains "stop"` in the `service` block of the seed rule is never
 * evaluated for `systemctl stop falco` (its sibling `proc.name = service` is false there), so where
 * "stop" sits in that row's arguments says nothing about the `service` block.
 *
 * A row is taken as relevant to a clause when the evaluator reached the clause on it and no
 * sibling of the clause (in any enclosing `and`) was false. The evaluator's own trace decides
 * when the loader compiled the rule and its shape matches the written condition; otherwise (a
 * macro's condition, a file that did not load) a small evaluator over the fields the linter knows
 * decides, and whatever it cannot evaluate counts as "may hold": a row kept by mistake only makes
 * a fix more complete, never less.
 */
export type ClauseRows = (check: Expr, parents: Expr[], rows: Iterable<number>) => number[];

type Outcome = boolean | 'unevaluated';

export function clauseRows(ctx: LintContext, pc: ParsedCondition): ClauseRows {
  const trace = pc.item.kind === 'rule' ? ctx.ruleTraces.get(pc.item.name) : undefined;
  // Each row is traced at most once, and only when a clause asks about it (a clause only asks
  // about the rows where its token occurs at all).
  const traced = new Map<number, Map<Expr, Outcome> | undefined>();
  let shape: 'unknown' | 'condition' | 'first-child' | 'mismatch' = 'unknown';
  const outcomesAt = (i: number): Map<Expr, Outcome> | undefined => {
    if (!trace || shape === 'mismatch') return undefined;
    if (traced.has(i)) return traced.get(i);
    let out: Map<Expr, Outcome> | undefined;
    try {
      let root = trace(ctx.events[i].event);
      if (shape === 'unknown') {
        // A rule with exceptions compiles as `(condition) and not (...)`: the condition is the first child.
        if (sameShape(pc.ast, root.node)) shape = 'condition';
        else if (root.node.kind === 'and' && root.children?.length && sameShape(pc.ast, root.children[0].node)) shape = 'first-child';
        else shape = 'mismatch';
      }
      if (shape === 'first-child') root = root.children![0];
      if (shape !== 'mismatch') {
        out = new Map();
        record(pc.ast, root, out);
      }
    } catch {
      out = undefined;
    }
    traced.set(i, out);
    return out;
  };
  const staticMemo = new Map<Expr, Map<number, boolean | undefined>>();
  const staticAt = (n: Expr, i: number): boolean | undefined => {
    let m = staticMemo.get(n);
    if (!m) staticMemo.set(n, (m = new Map()));
    if (!m.has(i)) m.set(i, evalStatic(ctx, n, ctx.events[i].event, 0));
    return m.get(i);
  };
  /** False when the row certainly makes `n` false; a traced result wins over the static one. */
  const mayHold = (n: Expr, i: number): boolean => {
    const t = outcomesAt(i)?.get(n);
    return t !== undefined ? t !== false : staticAt(n, i) !== false;
  };
  return (check, parents, rows) => {
    const out: number[] = [];
    for (const i of rows) {
      if (outcomesAt(i)?.get(check) === 'unevaluated') continue;
      let ok = true;
      for (let d = 0; d < parents.length && ok; d++) {
        const p = parents[d];
        if (p.kind !== 'and') continue;
        const onPath = d + 1 < parents.length ? parents[d + 1] : check;
        for (const c of p.children) {
          if (c !== onPath && !mayHold(c, i)) {
            ok = false;
            break;
          }
        }
      }
      if (ok) out.push(i);
    }
    return out;
  };
}

/** Outcome of every written node of one row, read from the compiled rule's trace. */
function record(w: Expr, t: TraceNode, out: Map<Expr, Outcome>): void {
  out.set(w, t.result);
  // A macro reference stands for its whole body in the trace: nothing written below it here.
  if (w.kind === 'identifier') return;
  if ((w.kind === 'and' || w.kind === 'or') && t.children) w.children.forEach((c, k) => record(c, t.children![k], out));
  else if (w.kind === 'not' && t.children) record(w.child, t.children[0], out);
}

/** Same boolean structure; a written macro reference matches whatever its body compiled to. */
function sameShape(w: Expr, t: Expr): boolean {
  if (w.kind === 'identifier') return true;
  if (w.kind !== t.kind) return false;
  if (w.kind === 'and' || w.kind === 'or') {
    const tc = (t as typeof w).children;
    return w.children.length === tc.length && w.children.every((c, k) => sameShape(c, tc[k]));
  }
  if (w.kind === 'not') return sameShape(w.child, (t as typeof w).child);
  return true;
}

/** Fields lintFieldValue derives; anything else is unknown to the static evaluator. */
const KNOWN_FIELDS = new Set(['proc.name', 'proc.exe', 'proc.exepath', 'proc.args', 'proc.cmdline', 'proc.exeline', 'proc.pname', 'proc.pcmdline', 'proc.pexe']);
const MAX_MACRO_DEPTH = 8;

/**
 * Three-valued evaluation (true, false, unknown) of a written condition on one event, with Falco's
 * rule that a comparison on a field without value is false (spec §2.1). Macros are followed through
 * their condition text; lists are expanded by name.
 */
function evalStatic(ctx: LintContext, n: Expr, ev: FalcoEvent, depth: number): boolean | undefined {
  switch (n.kind) {
    case 'and': {
      let unknown = false;
      for (const c of n.children) {
        const v = evalStatic(ctx, c, ev, depth);
        if (v === false) return false;
        if (v === undefined) unknown = true;
      }
      return unknown ? undefined : true;
    }
    case 'or': {
      let unknown = false;
      for (const c of n.children) {
        const v = evalStatic(ctx, c, ev, depth);
        if (v === true) return true;
        if (v === undefined) unknown = true;
      }
      return unknown ? undefined : false;
    }
    case 'not': {
      const v = evalStatic(ctx, n.child, ev, depth);
      return v === undefined ? undefined : !v;
    }
    case 'identifier':
      return depth < MAX_MACRO_DEPTH ? evalMacro(ctx, n.name, ev, depth + 1) : undefined;
    case 'unaryCheck': {
      const v = knownValue(n.left, ev);
      return v === undefined ? undefined : v !== null;
    }
    case 'binaryCheck': {
      const v = knownValue(n.left, ev);
      if (v === undefined || n.modifier) return undefined;
      if (n.right.kind === 'fieldTransformer') return undefined;
      if (v === null) return false;
      const items = n.right.kind === 'identifier' ? ctx.lists.get(n.right.name) : expand(ctx, rhsValues(n).map((x) => ({ value: x.value, quoted: x.quoted })));
      if (!items) return undefined;
      switch (n.op) {
        case '=': case '==': return items.length === 1 ? v === items[0] : undefined;
        case '!=': return items.length === 1 ? v !== items[0] : undefined;
        case 'in': case 'intersects': return items.includes(v);
        case 'contains': return items.length === 1 ? v.includes(items[0]) : undefined;
        case 'icontains': return items.length === 1 ? v.toLowerCase().includes(items[0].toLowerCase()) : undefined;
        case 'startswith': return items.length === 1 ? v.startsWith(items[0]) : undefined;
        case 'endswith': return items.length === 1 ? v.endsWith(items[0]) : undefined;
        default: return undefined;
      }
    }
  }
}

const macroAsts = new Map<string, Expr | null>();

function evalMacro(ctx: LintContext, name: string, ev: FalcoEvent, depth: number): boolean | undefined {
  const body = ctx.macros.get(name);
  if (body === undefined) return undefined;
  let ast = macroAsts.get(body);
  if (ast === undefined) {
    ast = parseMacro(body);
    if (macroAsts.size > 2000) macroAsts.clear();
    macroAsts.set(body, ast);
  }
  return ast ? evalStatic(ctx, ast, ev, depth) : undefined;
}

function parseMacro(body: string): Expr | null {
  const r = parseCondition(body, { maxDepth: 1000 });
  return r.ok ? r.ast : null;
}

/** Values of a list literal with list names replaced by their items (textual in Falco, spec §5.4). */
function expand(ctx: LintContext, vals: { value: string; quoted: boolean }[]): string[] {
  const out: string[] = [];
  for (const v of vals) {
    const list = v.quoted ? undefined : ctx.lists.get(v.value);
    if (list) out.push(...list.map((x) => x.replace(/^(["'])(.*)\1$/s, '$2')));
    else out.push(v.value);
  }
  return out;
}

function knownValue(op: Operand, ev: FalcoEvent): string | null | undefined {
  const f = plainField(op);
  if (!f) return undefined;
  const name = fieldText(f);
  if (ev.overrides && name in ev.overrides) return ev.overrides[name] ?? null;
  if (!KNOWN_FIELDS.has(name)) return undefined;
  return lintFieldValue(ev, name);
}
