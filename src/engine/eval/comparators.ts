import type { Scalar } from '../event/extract';
import { asciiLower, compileGlob } from './glob';
import type { PathSet } from './pmatch';
import { ipv4NetMatcher } from './ipnet';
import { utf8Bytes } from './values';

/**
 * Comparisons of one extracted value with the constants of a check (libsinsp filter_compare.cpp
 * flt_compare, sinsp_filter_check::compare_rhs / compare_rhs_with_mod). `span` gives the character
 * range a successful check matched, for explanations.
 */
export type Cmp = (x: Scalar) => boolean;
export type Span = (x: string) => [number, number] | null;

export interface Comparator {
  test: Cmp;
  span?: Span;
}

const isStringType = (t: string) => t === 'CHARBUF' || t === 'FSPATH' || t === 'FSRELPATH';

/** strcmp order on UTF-8 bytes. */
function strcmp(a: string, b: string): number {
  const x = utf8Bytes(a);
  const y = utf8Bytes(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The scalar comparison `x <op> c` for one constant (flt_compare). */
export function scalarComparator(op: string, c: Scalar, type: string): Comparator {
  if (typeof c === 'string' && (isStringType(type) || type === 'BYTEBUF')) {
    const s = c;
    switch (op) {
      case '=': return { test: (x) => x === s, span: (x) => [0, x.length] };
      case '!=': return { test: (x) => x !== s };
      case '<': return { test: (x) => strcmp(String(x), s) < 0 };
      case '<=': return { test: (x) => strcmp(String(x), s) <= 0 };
      case '>': return { test: (x) => strcmp(String(x), s) > 0 };
      case '>=': return { test: (x) => strcmp(String(x), s) >= 0 };
      case 'contains': return { test: (x) => (x as string).includes(s), span: (x) => at(x.indexOf(s), s.length) };
      case 'icontains': {
        const ls = asciiLower(s);
        return { test: (x) => asciiLower(x as string).includes(ls), span: (x) => at(asciiLower(x).indexOf(ls), ls.length) };
      }
      case 'startswith': return { test: (x) => (x as string).startsWith(s), span: () => [0, s.length] };
      case 'endswith': return { test: (x) => (x as string).endsWith(s), span: (x) => [x.length - s.length, x.length] };
      case 'bcontains': return { test: (x) => utf8Bytes(x as string).includes(s) };
      case 'bstartswith': return { test: (x) => utf8Bytes(x as string).startsWith(s) };
      case 'glob': case 'iglob': {
        const g = compileGlob(s, op === 'iglob');
        return { test: (x) => g(x as string), span: (x) => [0, x.length] };
      }
      default: return { test: () => false };
    }
  }
  if (typeof c === 'number') {
    switch (op) {
      case '=': case 'in': case 'intersects': return { test: (x) => numEq(x, c) };
      case '!=': return { test: (x) => !numEq(x, c) };
      case '<': return { test: (x) => (x as number) < c };
      case '<=': return { test: (x) => (x as number) <= c };
      case '>': return { test: (x) => (x as number) > c };
      case '>=': return { test: (x) => (x as number) >= c };
      default: return { test: () => false };
    }
  }
  switch (op) {
    case '=': case 'in': case 'intersects': return { test: (x) => x === c };
    case '!=': return { test: (x) => x !== c };
    default: return { test: () => false };
  }
}

/** Numeric equality that also compares a bigint timestamp with a number by value. */
function numEq(x: Scalar, c: number): boolean {
  return x === c || (typeof x === 'bigint' && Number.isInteger(c) && x === BigInt(c));
}

const at = (i: number, n: number): [number, number] | null => (i < 0 ? null : [i, i + n]);

const NET_TYPES = new Set(['IPNET', 'IPV4NET', 'IPV6NET']);

export function baseComparator(op: string, consts: Scalar[], regexes: ((s: string) => boolean)[], paths: PathSet, type: string): Comparator {
  if (NET_TYPES.has(type)) {
    // Network fields are "eq only": = / in / intersects test membership in any listed network.
    const nets = consts.map((c) => ipv4NetMatcher(String(c)) ?? ((a: string) => a === String(c)));
    const any = (x: Scalar) => nets.some((m) => m(String(x)));
    return op === '!=' ? { test: (x) => !any(x) } : { test: any };
  }
  if (op === 'in' || op === 'intersects') {
    const set = new Set(consts);
    // A bigint timestamp is looked up by its numeric value.
    return { test: (x) => set.has(x) || (typeof x === 'bigint' && set.has(Number(x))), span: (x) => [0, x.length] };
  }
  if (op === 'pmatch') {
    return {
      test: (x) => paths.match(x as string),
      span: (x) => {
        const depth = paths.matchDepth(x);
        if (depth < 0) return null;
        // The span covers the matched leading components of the value.
        let pos = 0;
        let seen = 0;
        while (seen < depth && pos < x.length) {
          while (x[pos] === '/') pos++;
          while (pos < x.length && x[pos] !== '/') pos++;
          seen++;
        }
        return [0, pos];
      },
    };
  }
  if (op === 'regex') {
    const re = regexes[0];
    return { test: (x) => re(x as string), span: (x) => [0, x.length] };
  }
  if (consts.length === 0) return { test: () => false };
  return scalarComparator(op, consts[0], type);
}

/** oneof / anyof / allof (sinsp_filter_check::compare_rhs_with_mod). Empty RHS: false. */
export function withModifier(op: string, mod: string, consts: Scalar[], regexes: ((s: string) => boolean)[], type: string): Comparator {
  const each: Comparator[] = op === 'regex'
    ? regexes.map((r) => ({ test: (x: Scalar) => r(x as string), span: (x: string) => [0, x.length] as [number, number] }))
    : consts.map((c) => scalarComparator(op, c, type));
  if (each.length === 0) return { test: () => false };
  const spanOf = (x: string): [number, number] | null => {
    for (const c of each) if (c.test(x) && c.span) return c.span(x);
    return null;
  };
  switch (mod) {
    case 'oneof':
      return {
        test: (x) => {
          let n = 0;
          for (const c of each) if (c.test(x) && ++n > 1) return false;
          return n === 1;
        },
        span: spanOf,
      };
    case 'anyof':
      return { test: (x) => each.some((c) => c.test(x)), span: spanOf };
    default:
      return { test: (x) => each.every((c) => c.test(x)), span: spanOf };
  }
}

