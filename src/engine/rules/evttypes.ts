/**
 * The event types a condition can match (libs filter/ppm_codes.cpp): `and` intersects, `or` unites,
 * `not` is pushed to the leaves (De Morgan); only `evt.type` with `=`, `==`, `!=`, `in` restricts;
 * `evt.num` checks with a known answer (`evt.num = 0` can never hold) are empty or universal;
 * every other check matches all types, negated or not.
 *
 * Sets are kept as names; `complement: true` means "all types except `names`".
 */
import type { Expr, BinaryCheckExpr } from '../condition/ast';

export interface EvtSet { complement: boolean; names: Set<string> }

const ALL = (): EvtSet => ({ complement: true, names: new Set() });
const NONE = (): EvtSet => ({ complement: false, names: new Set() });

function intersect(a: EvtSet, b: EvtSet): EvtSet {
  if (a.complement && b.complement) return { complement: true, names: new Set([...a.names, ...b.names]) };
  if (a.complement) return { complement: false, names: new Set([...b.names].filter((n) => !a.names.has(n))) };
  if (b.complement) return { complement: false, names: new Set([...a.names].filter((n) => !b.names.has(n))) };
  return { complement: false, names: new Set([...a.names].filter((n) => b.names.has(n))) };
}

function union(a: EvtSet, b: EvtSet): EvtSet {
  if (a.complement && b.complement) return { complement: true, names: new Set([...a.names].filter((n) => b.names.has(n))) };
  if (a.complement) return { complement: true, names: new Set([...a.names].filter((n) => !b.names.has(n))) };
  if (b.complement) return { complement: true, names: new Set([...b.names].filter((n) => !a.names.has(n))) };
  return { complement: false, names: new Set([...a.names, ...b.names]) };
}

function invert(s: EvtSet): EvtSet {
  return { complement: !s.complement, names: new Set(s.names) };
}

function isU64(v: string): boolean { return /^[0-9]+$/.test(v); }

function evtNumInvariant(e: BinaryCheckExpr): 'empty' | 'all' | null {
  if (e.left.kind !== 'field' || e.left.name !== 'evt.num' || e.left.arg !== undefined) return null;
  if (e.op === 'in') {
    if (e.right.kind !== 'list') return null;
    if (e.right.values.length === 0) return 'empty';
    return e.right.values.every((v) => isU64(v.value) && Number(v.value) === 0) ? 'empty' : null;
  }
  if (e.right.kind !== 'value' || !isU64(e.right.value)) return null;
  const n = Number(e.right.value);
  switch (e.op) {
    case '=': case '==': return n === 0 ? 'empty' : null;
    case '!=': return n === 0 ? 'all' : null;
    case '<': return n <= 1 ? 'empty' : null;
    case '<=': return n === 0 ? 'empty' : null;
    case '>': return n === 0 ? 'all' : null;
    case '>=': return n <= 1 ? 'all' : null;
    default: return null;
  }
}

function leaf(e: Expr, negated: boolean): EvtSet {
  if (e.kind === 'binaryCheck') {
    const inv = evtNumInvariant(e);
    if (inv) {
      const s = inv === 'empty' ? NONE() : ALL();
      return negated ? invert(s) : s;
    }
    const isEvtType = e.left.kind === 'field' && (e.left.name === 'evt.type' || e.left.name === 'syscall.type') && e.left.arg === undefined;
    if (isEvtType && (e.op === '=' || e.op === '==' || e.op === '!=' || e.op === 'in')) {
      let names: string[] = [];
      if (e.right.kind === 'value') names = [e.right.value];
      else if (e.right.kind === 'list') names = e.right.values.map((v) => v.value);
      else if (e.right.kind === 'identifier') names = [e.right.name];
      let s: EvtSet = { complement: false, names: new Set(names) };
      if (negated) s = invert(s);
      if (e.op === '!=') s = invert(s);
      return s;
    }
  }
  return ALL();
}

function visit(e: Expr, negated: boolean): EvtSet {
  switch (e.kind) {
    case 'and':
    case 'or': {
      const conj = (e.kind === 'and') !== negated;
      let acc = conj ? ALL() : NONE();
      for (const c of e.children) acc = conj ? intersect(acc, visit(c, negated)) : union(acc, visit(c, negated));
      return acc;
    }
    case 'not':
      return visit(e.child, !negated);
    default:
      return leaf(e, negated);
  }
}

export function conditionEventTypes(ast: Expr): EvtSet {
  return visit(ast, false);
}

/**
 * Whether Falco would warn LOAD_NO_EVTTYPE (more than 100 event codes). Every syscall name maps to
 * an enter and an exit code (several for syscalls with old versions), so a complement set is always
 * far above 100 and a positive set is approximated as two codes per name.
 */
export function matchesTooManyTypes(s: EvtSet): boolean {
  if (s.complement) return true;
  return s.names.size * 2 > 100;
}

export function setContains(s: EvtSet, type: string): boolean {
  return s.complement ? !s.names.has(type) : s.names.has(type);
}
