/**
 * The explanation tree of one evaluation: the evaluator's own trace (compiled filter `trace(ev)`,
 * the same closures that decide the verdict), laid over the conditions as written so that macros
 * keep their names and lists their names and items.
 *
 * The trace's AST is the rule's AST with every macro reference replaced by the macro's AST
 * (falco filter_macro_resolver.cpp) and list names replaced by their items. Walking the written
 * AST and the traced AST side by side, a macro reference on the written side stands exactly where
 * the traced side holds that macro's body. Where the shapes disagree (an appended condition the
 * written text does not show ...), the subtree is explained from the trace alone.
 */
import { printCondition, type Expr } from '../condition';
import type { TraceNode } from '../eval';
import type { Range } from '../text/range';
import { docRange, sourceText, type ConditionSource, type ExplainSources } from './sources';
import type { ClauseStatus, ExplainNode, ListRef } from './types';

export function statusOf(t: TraceNode): ClauseStatus {
  if (t.result === 'unevaluated') return 'not_evaluated';
  if (t.result === false && t.noValue) return 'no_value';
  return t.result ? 'true' : 'false';
}

interface Written {
  node: Expr;
  src: ConditionSource;
  /** Range to reveal for text outside the user's file (the macro reference that led here). */
  fallback?: Range;
  /** Macros on the way here (a reference loop cannot be traced, but guard anyway). */
  path: string[];
}

/** Explains `trace` (the root of a rule's trace) against the written rule condition. */
export function explainTrace(trace: TraceNode, sources: ExplainSources): ExplainNode {
  const rule = sources.rule;
  if (!rule) return fromTrace(trace, '0', sources, undefined);
  const written: Written = { node: rule.ast, src: rule, path: [] };
  if (!sameShape(rule.ast, trace.node, sources) && sources.hasExceptions && trace.node.kind === 'and'
    && trace.children && sameShape(rule.ast, trace.node.children[0], sources)) {
    // `(condition) and not (exception 1) and not (exception 2) ...` (falco rule_loader_compiler.cpp
    // build_rule_exception_infos): the first child is the written condition.
    const children = trace.children.map((c, i) => i === 0
      ? align(written, c, '0.0', sources)
      : { ...fromTrace(c, `0.${i}`, sources, undefined), kind: 'exception' as const });
    return { id: '0', kind: 'and', status: statusOf(trace), text: 'and', children };
  }
  return align(written, trace, '0', sources);
}

function align(w: Written, t: TraceNode, id: string, sources: ExplainSources): ExplainNode {
  const n = w.node;
  const range = docRange(w.src, n.range, w.fallback);
  if (n.kind === 'identifier') {
    const m = sources.macros.get(n.name);
    const node: ExplainNode = {
      id, kind: 'macro', status: statusOf(t), text: n.name, range,
      macro: m ? { name: n.name, file: m.file, condition: m.condition } : undefined,
    };
    const src = m && !w.path.includes(n.name) ? m.source() : null;
    const body: Written | null = src
      ? { node: src.ast, src, fallback: src.scalar ? undefined : range, path: [...w.path, n.name] }
      : null;
    node.children = [body && sameShape(body.node, t.node, sources)
      ? align(body, t, `${id}.0`, sources)
      : fromTrace(t, `${id}.0`, sources, range)];
    return node;
  }
  if (!sameShape(n, t.node, sources)) return fromTrace(t, id, sources, range);
  switch (n.kind) {
    case 'and':
    case 'or':
      return {
        id, kind: n.kind, status: statusOf(t), text: n.kind, range,
        children: n.children.map((c, i) => align({ ...w, node: c }, t.children![i], `${id}.${i}`, sources)),
      };
    case 'not':
      return {
        id, kind: 'not', status: statusOf(t), text: 'not', range,
        children: [align({ ...w, node: n.child }, t.children![0], `${id}.0`, sources)],
      };
    default:
      return checkNode(t, id, sourceText(w.src, n.range), range, listsOf(n, sources));
  }
}

/** A subtree explained from the trace alone (no macro names: they were inlined). */
function fromTrace(t: TraceNode, id: string, sources: ExplainSources, range: Range | undefined): ExplainNode {
  const n = t.node;
  switch (n.kind) {
    case 'and':
    case 'or':
    case 'not':
      return {
        id, kind: n.kind, status: statusOf(t), text: n.kind, range,
        children: (t.children ?? []).map((c, i) => fromTrace(c, `${id}.${i}`, sources, range)),
      };
    default:
      return checkNode(t, id, printCondition(n), range, listsOf(n, sources));
  }
}

/**
 * Operators whose match is a part of the value worth pointing at. The evaluator also reports a span
 * for `=` / `in` (the whole value), which says nothing the status does not already say.
 */
const SPAN_OPERATORS = new Set(['contains', 'icontains', 'bcontains', 'startswith', 'bstartswith', 'endswith', 'glob', 'iglob', 'regex']);

function checkNode(t: TraceNode, id: string, text: string, range: Range | undefined, lists: ListRef[]): ExplainNode {
  const node: ExplainNode = { id, kind: 'check', status: statusOf(t), text, range };
  if (lists.length) node.lists = lists;
  if (t.values) node.values = t.values;
  if (t.matches && t.node.kind === 'binaryCheck' && SPAN_OPERATORS.has(t.node.op)) node.matches = t.matches;
  return node;
}

/** List names written on a check's right-hand side (`in (shell_binaries, x)`, `in shell_binaries`). */
function listsOf(n: Expr, sources: ExplainSources): ListRef[] {
  if (n.kind !== 'binaryCheck') return [];
  const names = n.right.kind === 'list' ? n.right.values.filter((v) => !v.quoted).map((v) => v.value)
    : n.right.kind === 'identifier' ? [n.right.name]
    : [];
  const out: ListRef[] = [];
  for (const name of names) {
    const items = sources.lists.get(name);
    if (items && !out.some((l) => l.name === name)) out.push({ name, items });
  }
  return out;
}

/** Whether the written node `w` stands for the traced node `t` (macro references match anything). */
function sameShape(w: Expr, t: Expr, sources: ExplainSources): boolean {
  if (w.kind === 'identifier') return sources.macros.has(w.name);
  if (w.kind !== t.kind) return false;
  switch (w.kind) {
    case 'and':
    case 'or': {
      const tc = (t as typeof w).children;
      return w.children.length === tc.length;
    }
    case 'not':
      return true;
    case 'unaryCheck':
      return t.kind === 'unaryCheck' && w.op === t.op;
    case 'binaryCheck':
      return t.kind === 'binaryCheck' && w.op === t.op && w.modifier === t.modifier;
  }
}
