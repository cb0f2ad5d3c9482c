import type { Scalar } from '../event/extract';
import { asciiLower, compileGlob } from './glob';
import type { PathSet } from './pmatch';
import { ipv4NetMatcher } from './ipnet';
import { utf8Bytes } from './values';

/**
 * Comparisons of one extracted value with the constants of a check (libsinsp filter_compare.cpp
 * flt_compare, sinsp_filter_check::compare_rhs / compare_rhs_with_mod). `span` gives the character
 * range a successful check matched, for explanations.
 *
 * Closures here are made once per check of every compiled condition, so they are returned by
 * small factories rather than written as named arrows: the `tsx` runner behind the CLI and the
 * benchmarks gives every named function a `name` property at creation (esbuild keepNames), which
 * cost a third of compile time. Spans, only needed for explanations, are computed by a method from
 * the comparator's data instead of one more closure per comparator.
 */
export type Cmp = (x: Scalar) => boolean;
export type Span = (x: string) => [number, number] | null;

/** How a successful test's matched range is computed (`none`: no range is reported). */
type SpanKind = 'none' | 'whole' | 'indexOf' | 'indexOfLower' | 'prefix' | 'suffix' | 'pmatch' | 'modifier';

/**
 * What a check can fuse with its field read (fused.ts): the comparison and its constant(s), when
 * the test is exactly `x !== null && <this comparison>`.
 */
export type Fusable =
  | { kind: 'eq' | 'ne' | 'contains' | 'startswith' | 'endswith'; s: string }
  | { kind: 'oneOfStrings'; values: string[] };

export class Comparator {
  constructor(
    readonly test: Cmp,
    private readonly spanKind: SpanKind = 'none',
    private readonly s = '',
    private readonly paths: PathSet | null = null,
    private readonly each: Comparator[] = [],
    readonly fusable: Fusable | null = null,
  ) {}

  /** Whether a successful test can report the range it matched. */
  get hasSpan(): boolean {
    return this.spanKind !== 'none';
  }

  span(x: string): [number, number] | null {
    const s = this.s;
    switch (this.spanKind) {
      case 'none': return null;
      case 'whole': return [0, x.length];
      case 'indexOf': return at(x.indexOf(s), s.length);
      case 'indexOfLower': return at(asciiLower(x).indexOf(s), s.length);
      case 'prefix': return [0, s.length];
      case 'suffix': return [x.length - s.length, x.length];
      case 'pmatch': return pathSpan(this.paths!, x);
      case 'modifier':
        // The first constant that matches and can say where.
        for (const c of this.each) if (c.test(x) && c.hasSpan) return c.span(x);
        return null;
    }
  }
}

const isStringType = (t: string) => t === 'CHARBUF' || t === 'FSPATH' || t === 'FSRELPATH';

/** strcmp order on UTF-8 bytes. */
function strcmp(a: string, b: string): number {
  const x = utf8Bytes(a);
  const y = utf8Bytes(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const never = new Comparator(() => false);

/** The scalar comparison `x <op> c` for one constant (flt_compare). */
export function scalarComparator(op: string, c: Scalar, type: string): Comparator {
  if (typeof c === 'string' && (isStringType(type) || type === 'BYTEBUF')) return stringComparator(op, c);
  if (typeof c === 'number') return numberComparator(op, c);
  switch (op) {
    case '=': case 'in': case 'intersects': return new Comparator(isSame(c));
    case '!=': return new Comparator(isNotSame(c));
    default: return never;
  }
}

function stringComparator(op: string, s: string): Comparator {
  switch (op) {
    case '=': return new Comparator(isSame(s), 'whole', s, null, [], { kind: 'eq', s });
    case '!=': return new Comparator(isNotSame(s), 'none', s, null, [], { kind: 'ne', s });
    case '<': case '<=': case '>': case '>=': return new Comparator(strcmpTest(op, s));
    case 'contains': return new Comparator(containsTest(s), 'indexOf', s, null, [], { kind: 'contains', s });
    case 'icontains': {
      const ls = asciiLower(s);
      return new Comparator(icontainsTest(ls), 'indexOfLower', ls);
    }
    case 'startswith': return new Comparator(startsTest(s), 'prefix', s, null, [], { kind: 'startswith', s });
    case 'endswith': return new Comparator(endsTest(s), 'suffix', s, null, [], { kind: 'endswith', s });
    case 'bcontains': return new Comparator(bytesContainTest(s));
    case 'bstartswith': return new Comparator(bytesStartTest(s));
    case 'glob': case 'iglob': return new Comparator(onString(compileGlob(s, op === 'iglob')), 'whole');
    default: return never;
  }
}

function numberComparator(op: string, c: number): Comparator {
  switch (op) {
    case '=': case 'in': case 'intersects': return new Comparator(numEqTest(c));
    case '!=': return new Comparator(numNeTest(c));
    case '<': case '<=': case '>': case '>=': return new Comparator(numOrderTest(op, c));
    default: return never;
  }
}

function isSame(c: Scalar): Cmp { return (x) => x === c; }
function isNotSame(c: Scalar): Cmp { return (x) => x !== c; }
function containsTest(s: string): Cmp { return (x) => (x as string).includes(s); }
function icontainsTest(ls: string): Cmp { return (x) => asciiLower(x as string).includes(ls); }
function startsTest(s: string): Cmp { return (x) => (x as string).startsWith(s); }
function endsTest(s: string): Cmp { return (x) => (x as string).endsWith(s); }
function bytesContainTest(s: string): Cmp { return (x) => utf8Bytes(x as string).includes(s); }
function bytesStartTest(s: string): Cmp { return (x) => utf8Bytes(x as string).startsWith(s); }
function onString(f: (s: string) => boolean): Cmp { return (x) => f(x as string); }
function numEqTest(c: number): Cmp { return (x) => numEq(x, c); }
function numNeTest(c: number): Cmp { return (x) => !numEq(x, c); }

function strcmpTest(op: string, s: string): Cmp {
  switch (op) {
    case '<': return (x) => strcmp(String(x), s) < 0;
    case '<=': return (x) => strcmp(String(x), s) <= 0;
    case '>': return (x) => strcmp(String(x), s) > 0;
    default: return (x) => strcmp(String(x), s) >= 0;
  }
}

function numOrderTest(op: string, c: number): Cmp {
  switch (op) {
    case '<': return (x) => (x as number) < c;
    case '<=': return (x) => (x as number) <= c;
    case '>': return (x) => (x as number) > c;
    default: return (x) => (x as number) >= c;
  }
}

/** Numeric equality that also compares a bigint timestamp with a number by value. */
function numEq(x: Scalar, c: number): boolean {
  return x === c || (typeof x === 'bigint' && Number.isInteger(c) && x === BigInt(c));
}

const at = (i: number, n: number): [number, number] | null => (i < 0 ? null : [i, i + n]);

/** The span of a pmatch: the matched leading components of the value. */
function pathSpan(paths: PathSet, x: string): [number, number] | null {
  const depth = paths.matchDepth(x);
  if (depth < 0) return null;
  let pos = 0;
  let seen = 0;
  while (seen < depth && pos < x.length) {
    while (x[pos] === '/') pos++;
    while (pos < x.length && x[pos] !== '/') pos++;
    seen++;
  }
  return [0, pos];
}

const NET_TYPES = new Set(['IPNET', 'IPV4NET', 'IPV6NET']);

export function baseComparator(op: string, consts: Scalar[], regexes: ((s: string) => boolean)[], paths: PathSet, type: string): Comparator {
  if (NET_TYPES.has(type)) {
    // Network fields are "eq only": = / in / intersects test membership in any listed network.
    const nets = consts.map((c) => ipv4NetMatcher(String(c)) ?? sameText(String(c)));
    return new Comparator(op === '!=' ? notInNets(nets) : inNets(nets));
  }
  if (op === 'in' || op === 'intersects') return setComparator(consts);
  if (op === 'pmatch') return new Comparator(pathsTest(paths), 'pmatch', '', paths);
  if (op === 'regex') return new Comparator(onString(regexes[0]), 'whole');
  if (consts.length === 0) return never;
  return scalarComparator(op, consts[0], type);
}

function sameText(c: string): (a: string) => boolean { return (a) => a === c; }
function inNets(nets: ((a: string) => boolean)[]): Cmp { return (x) => nets.some((m) => m(String(x))); }
function notInNets(nets: ((a: string) => boolean)[]): Cmp { return (x) => !nets.some((m) => m(String(x))); }
function pathsTest(paths: PathSet): Cmp { return (x) => paths.match(x as string); }

/**
 * `in` / `intersects` on a scalar: membership (SameValueZero, as a Set); a bigint timestamp is
 * looked up by its numeric value. With strings only, a bigint's Number can never be a member,
 * so the check is plain membership, which the fused check does with `===` on a short list.
 */
function setComparator(consts: Scalar[]): Comparator {
  const set = new Set(consts);
  const strings = consts.every((c) => typeof c === 'string');
  return new Comparator(setTest(set), 'whole', '', null, [], strings ? { kind: 'oneOfStrings', values: [...set] as string[] } : null);
}

function setTest(set: Set<Scalar>): Cmp {
  return (x) => set.has(x) || (typeof x === 'bigint' && set.has(Number(x)));
}

/** oneof / anyof / allof (sinsp_filter_check::compare_rhs_with_mod). Empty RHS: false. */
export function withModifier(op: string, mod: string, consts: Scalar[], regexes: ((s: string) => boolean)[], type: string): Comparator {
  const each: Comparator[] = op === 'regex'
    ? regexes.map((r) => new Comparator(onString(r), 'whole'))
    : consts.map((c) => scalarComparator(op, c, type));
  if (each.length === 0) return never;
  const tests = each.map((c) => c.test);
  switch (mod) {
    case 'oneof': return new Comparator(exactlyOne(tests), 'modifier', '', null, each);
    case 'anyof': return new Comparator(anyOf(tests), 'modifier', '', null, each);
    default: return new Comparator(allOf(tests), 'modifier', '', null, each);
  }
}

function exactlyOne(tests: Cmp[]): Cmp {
  return (x) => {
    let n = 0;
    for (const t of tests) if (t(x) && ++n > 1) return false;
    return n === 1;
  };
}
function anyOf(tests: Cmp[]): Cmp { return (x) => tests.some((t) => t(x)); }
function allOf(tests: Cmp[]): Cmp { return (x) => tests.every((t) => t(x)); }
