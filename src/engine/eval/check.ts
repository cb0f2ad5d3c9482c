import type { BinaryCheckExpr, UnaryCheckExpr, ValueExpr } from '../condition/ast';
import { operatorsFor } from '../fields/catalog';
import type { Scalar } from '../event/extract';
import type { EventView } from '../event/thread';
import { CompileError, type CompileWarning } from './errors';
import { baseComparator, Comparator, scalarComparator, withModifier } from './comparators';
import { scalarTest } from './fused';
import { compileOperandNode, compileTransformer, typeName, type CompiledOperand, type OperandContext } from './operand';
import { PathSet } from './pmatch';
import { compileRegex } from './regex';
import { renderScalar } from './render';
import type { TraceNode } from './trace';
import { parseValue, unhex } from './values';
import { valueWarnings } from './warnings';

export type CheckTrace = Omit<TraceNode, 'node' | 'result'>;

/**
 * One compiled check: the evaluation closure, and what explanations need as a method (made only
 * when someone asks for an explanation, not one more closure per check at compile time).
 */
export interface CompiledCheck {
  readonly test: (v: EventView) => boolean;
  trace(v: EventView, result: boolean): CheckTrace;
}

const NUMERIC_MSG = 'numeric';
function opCategory(type: string): string {
  switch (type) {
    case 'BOOL': return NUMERIC_MSG;
    case 'CHARBUF': case 'FSPATH': case 'FSRELPATH': return 'string';
    case 'BYTEBUF': return 'buffer';
    case 'IPV4ADDR': case 'IPV4NET': case 'IPV6ADDR': case 'IPV6NET': case 'IPADDR': case 'IPNET':
      return 'ip address and network';
    default: return NUMERIC_MSG;
  }
}

/** flt_is_comparable (filter_compare.cpp), with its exact messages. */
function checkOperator(op: string, lhs: CompiledOperand, range: { start: number; end: number }): void {
  if (op === 'exists') return;
  if (lhs.list) {
    if (!['CHARBUF', 'UINT64', 'RELTIME', 'ABSTIME', 'BOOL', 'IPADDR', 'IPNET'].includes(lhs.type)) {
      throw new CompileError(`filter error: list filters are not supported for type '${typeName(lhs.type)}'`, range);
    }
    if (!['in', 'intersects'].includes(op)) {
      throw new CompileError(`filter error: '${op}' operator not supported list filters`, range);
    }
    return;
  }
  const allowed = operatorsFor(lhs.type, false);
  if (allowed.includes(op)) return;
  const known = ['IPV4ADDR', 'IPV4NET', 'IPV6ADDR', 'IPV6NET', 'IPADDR', 'IPNET', 'CHARBUF', 'FSPATH', 'FSRELPATH', 'BYTEBUF', 'BOOL'];
  const numeric = !known.includes(lhs.type) && !['NONE', 'SOCKADDR', 'SOCKTUPLE', 'FDLIST', 'L4PROTO', 'SOCKFAMILY', 'UID', 'GID', 'SIGSET', 'CHARBUFARRAY', 'CHARBUF_PAIR_ARRAY', 'FD32', 'PID32', 'DYN'].includes(lhs.type);
  if (!known.includes(lhs.type) && !numeric) {
    throw new CompileError(`filter error: '${op}' operator not supported for type '${typeName(lhs.type)}'`, range);
  }
  throw new CompileError(`filter error: '${op}' operator not supported for ${opCategory(lhs.type)} filters`, range);
}

function renderValue(op: CompiledOperand, x: Scalar | Scalar[] | null): string | null {
  if (x === null) return null;
  if (Array.isArray(x)) return op.list ? '(' + x.map((e) => renderScalar(e, op.type, op.printFormat)).join(',') + ')' : x.map((e) => renderScalar(e, op.type, op.printFormat)).join(' ');
  return renderScalar(x, op.type, op.printFormat);
}

export function compileUnary(e: UnaryCheckExpr, ctx: OperandContext): CompiledCheck {
  const lhs = compileOperandNode(e.left, ctx);
  const anc = lhs.ancestorAny;
  return new UnaryCheck(anc ? hasAncestors(anc) : isRawarg(lhs) ? hasRawValue(lhs.extract) : hasValue(lhs.extract), lhs);
}

/** evt.rawarg: a zero-length raw value counts as none (compare_nocache). */
function hasRawValue(ex: CompiledOperand['extract']): (v: EventView) => boolean {
  return (v) => {
    const x = ex(v);
    return x !== null && x !== '';
  };
}

function hasAncestors(anc: (v: EventView) => Scalar[]): (v: EventView) => boolean {
  return (v) => anc(v).length > 0;
}

function hasValue(ex: CompiledOperand['extract']): (v: EventView) => boolean {
  return (v) => ex(v) !== null;
}

/** `exists` (and a bare field): has a value. */
class UnaryCheck implements CompiledCheck {
  constructor(readonly test: (v: EventView) => boolean, private readonly lhs: CompiledOperand) {}

  trace(v: EventView): CheckTrace {
    const lhs = this.lhs;
    const anc = lhs.ancestorAny;
    const x = anc ? anc(v) : lhs.extract(v);
    const noValue = anc ? (x as Scalar[]).length === 0 : x === null;
    return { noValue, values: [{ field: lhs.text, value: anc ? renderValue(lhs, lhs.extract(v)) : renderValue(lhs, x) }] };
  }
}

export function compileBinary(e: BinaryCheckExpr, ctx: OperandContext, warnings: CompileWarning[]): CompiledCheck {
  const lhs = compileOperandNode(e.left, ctx);
  const op = e.op === '==' ? '=' : e.op;
  const mod = e.modifier;
  checkOperator(op, lhs, e.opRange);
  if (lhs.resolved?.info.name === 'evt.around' && op !== '=') {
    throw new CompileError("evt.around supports only '=' comparison operator", e.opRange);
  }

  // Right-hand side field: `val(x)` or a transformer (sinsp_filter_check::add_filter_value(rhs)).
  if (e.right.kind === 'fieldTransformer') {
    const rhs = compileTransformer(e.right, ctx);
    if (op === 'pmatch' || op === 'regex') {
      throw new CompileError(`operator '${op.toUpperCase()}' doesn't support right-hand side fields`, e.right.range);
    }
    if (['IPNET', 'IPV4NET', 'IPV6NET'].includes(lhs.type)) {
      throw new CompileError("field type 'IPNET' doesn't support right-hand side fields", e.right.range);
    }
    if (lhs.noRhs) throw new CompileError(`field '${lhs.name}' doesn't support right-hand side fields`, e.right.range);
    if (rhs.noRhs) throw new CompileError(`field '${rhs.name}' can't be used as a right-hand side field`, e.right.range);
    if (lhs.type !== rhs.type || lhs.list !== rhs.list) {
      throw new CompileError(
        `field '${lhs.name}' has type '${typeName(lhs.type)}${lhs.list ? ' (list)' : ''}' while the right-hand side field '${rhs.name}' has incompatible type '${typeName(rhs.type)}${rhs.list ? ' (list)' : ''}'`,
        e.right.range,
      );
    }
    return new RhsFieldCheck(rhsFieldTest(op, mod, lhs, rhs), lhs, rhs);
  }

  const valueNodes: ValueExpr[] =
    e.right.kind === 'value' ? [e.right]
      : e.right.kind === 'list' ? e.right.values
        : [{ kind: 'value', value: e.right.name, raw: e.right.name, quoted: false, range: e.right.range }];

  const consts: Scalar[] = [];
  const regexes: ((s: string) => boolean)[] = [];
  const paths = new PathSet();
  for (const vn of valueNodes) {
    for (const w of valueWarnings(op, vn.value, ctx.plugins)) warnings.push({ message: w, range: vn.range });
    if (op === 'bcontains' || op === 'bstartswith') {
      const bytes = unhex(vn.value);
      if (bytes === null) throw new CompileError('filter error: bcontains and bstartswith operator support hex strings only', vn.range);
      consts.push(bytes);
      continue;
    }
    const p = parseValue(vn.value, lhs.type, lhs.resolved?.info.name);
    if (!p.ok) throw new CompileError(p.message, vn.range);
    consts.push(p.value);
    if (op === 'pmatch') paths.add(String(p.value));
    if (op === 'regex') {
      const r = compileRegex(String(p.value));
      if (!r.ok) throw new CompileError(r.message, vn.range);
      regexes.push(r.test);
    }
  }

  const base = baseComparator(op, consts, regexes, paths, lhs.type);
  let cmp: Comparator = base;
  if (mod) cmp = withModifier(op, mod, consts, regexes, lhs.type);

  if (lhs.list) return new ListCheck(listTest(op, lhs.extract, new Set(consts)), lhs);
  if (lhs.ancestorAny) return new AncestorCheck(anyAncestorTest(lhs.ancestorAny, base.test), lhs, base);
  if (isRawarg(lhs)) {
    const raw = rawargComparator(op, consts, base, lhs.type);
    return new ScalarCheck(scalarTest(lhs, raw), lhs, raw);
  }
  return new ScalarCheck(scalarTest(lhs, cmp), lhs, cmp);
}

const isRawarg = (lhs: CompiledOperand) => lhs.resolved?.info.name === 'evt.rawarg';

/**
 * evt.rawarg (sinsp_filter_check_event::compare_nocache): a zero-length raw value never matches,
 * and the value goes to the single-value compare_rhs without its length, so a byte buffer compares
 * as empty, a number's set lookup (in, intersects) misses, and modifiers are ignored (first item).
 */
function rawargComparator(op: string, consts: Scalar[], base: Comparator, type: string): Comparator {
  const nonEmpty = (t: (x: Scalar) => boolean) => new Comparator((x: Scalar) => x !== '' && t(x));
  if (type === 'BYTEBUF') {
    const empty = consts.length > 0 && consts[0] === '';
    switch (op) {
      case '=': case 'contains': case 'bcontains': case 'startswith': case 'bstartswith': case 'endswith':
        return nonEmpty(() => empty);
      case '!=': return nonEmpty(() => !empty);
      case 'in': case 'intersects': return nonEmpty(() => consts.includes(''));
      default: return nonEmpty(base.test);
    }
  }
  if ((op === 'in' || op === 'intersects') && !['CHARBUF', 'FSPATH', 'FSRELPATH'].includes(type)) return new Comparator(() => false);
  return nonEmpty(base.test);
}

class ScalarCheck implements CompiledCheck {
  constructor(readonly test: (v: EventView) => boolean, private readonly lhs: CompiledOperand, private readonly cmp: Comparator) {}

  trace(v: EventView, result: boolean): CheckTrace {
    const lhs = this.lhs;
    const x = lhs.extract(v);
    const out: CheckTrace = {
      noValue: x === null,
      values: [{ field: lhs.text, value: renderValue(lhs, x) }],
    };
    if (result && typeof x === 'string' && this.cmp.hasSpan) {
      const s = this.cmp.span(x);
      if (s) out.matches = [{ field: lhs.text, value: x, start: s[0], end: s[1] }];
    }
    return out;
  }
}

/**
 * Ancestor fields without index: any ancestor satisfying the plain comparison (modifiers are not
 * applied there; compare_full_a* calls the single-value compare_rhs).
 */
function anyAncestorTest(anc: (v: EventView) => Scalar[], t: (x: Scalar) => boolean): (v: EventView) => boolean {
  return (v) => {
    for (const x of anc(v)) if (t(x)) return true;
    return false;
  };
}

class AncestorCheck implements CompiledCheck {
  constructor(readonly test: (v: EventView) => boolean, private readonly lhs: CompiledOperand, private readonly cmp: Comparator) {}

  trace(v: EventView, result: boolean): CheckTrace {
    const lhs = this.lhs;
    const cmp = this.cmp;
    const xs = lhs.ancestorAny!(v);
    const out: CheckTrace = {
      noValue: xs.length === 0,
      values: [{ field: lhs.text, value: xs.length ? xs.map((x) => renderScalar(x, lhs.type)).join(' ') : null }],
    };
    if (result && cmp.hasSpan) {
      for (const x of xs) {
        if (typeof x === 'string' && cmp.test(x)) {
          const s = cmp.span(x);
          if (s) out.matches = [{ field: lhs.text, value: x, start: s[0], end: s[1] }];
          break;
        }
      }
    }
    return out;
  }
}

/** List-valued fields: `in` = every element in the set, `intersects` = some element. */
function listTest(op: string, ex: CompiledOperand['extract'], set: Set<Scalar>): (v: EventView) => boolean {
  return (v) => {
    const x = ex(v);
    if (x === null) return false;
    const xs = Array.isArray(x) ? x : [x];
    return op === 'in' ? xs.every((e) => set.has(e)) : xs.some((e) => set.has(e));
  };
}

class ListCheck implements CompiledCheck {
  constructor(readonly test: (v: EventView) => boolean, private readonly lhs: CompiledOperand) {}

  trace(v: EventView): CheckTrace {
    const x = this.lhs.extract(v);
    return { noValue: x === null, values: [{ field: this.lhs.text, value: renderValue(this.lhs, x) }] };
  }
}

/** Field-to-field comparison: the RHS field's value(s) become the comparison values per event. */
function rhsFieldTest(op: string, mod: string | undefined, lhs: CompiledOperand, rhs: CompiledOperand): (v: EventView) => boolean {
  const compare = rhsCompare(op, mod, lhs.type);
  const anc = lhs.ancestorAny;
  return (v) => {
    const x = anc ? anc(v) : lhs.extract(v);
    if (x === null) return false;
    const r = rhs.extract(v);
    if (r === null) return false;
    if (anc) return (x as Scalar[]).some((e) => compare(e, r));
    return compare(x, r);
  };
}

function rhsCompare(op: string, mod: string | undefined, type: string): (x: Scalar | Scalar[], r: Scalar | Scalar[]) => boolean {
  return (x, r) => {
    const rs = Array.isArray(r) ? r : [r];
    if (Array.isArray(x)) {
      const set = new Set(rs);
      return op === 'in' ? x.every((e) => set.has(e)) : op === 'intersects' ? x.some((e) => set.has(e)) : false;
    }
    if (op === 'in' || op === 'intersects') return rs.includes(x);
    if (mod) return withModifier(op, mod, rs, [], type).test(x);
    return rs.length > 0 && scalarComparator(op, rs[0], type).test(x);
  };
}

class RhsFieldCheck implements CompiledCheck {
  constructor(readonly test: (v: EventView) => boolean, private readonly lhs: CompiledOperand, private readonly rhs: CompiledOperand) {}

  trace(v: EventView): CheckTrace {
    const x = this.lhs.extract(v);
    const r = this.rhs.extract(v);
    return {
      noValue: x === null || r === null,
      values: [
        { field: this.lhs.text, value: renderValue(this.lhs, x) },
        { field: this.rhs.text, value: renderValue(this.rhs, r) },
      ],
    };
  }
}
