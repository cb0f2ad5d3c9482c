/**
 * Structural comparison of condition ASTs, ignoring where things were written. Both helpers use an
 * explicit stack: `not not not …` runs can be arbitrarily long (the parser builds them in a loop).
 */
import type { Node } from './ast';

const SKIPPED = new Set(['range', 'opRange']);

type Container = Record<string, unknown> | unknown[];

/** A deep copy of `node` without `range` and `opRange` (everything else, spelling included, kept). */
export function stripRanges<T extends Node>(node: T): T {
  const root: Record<string, unknown> = {};
  const stack: Array<[Container, Container]> = [[node as unknown as Container, root]];
  while (stack.length > 0) {
    const [src, dst] = stack.pop()!;
    for (const [k, v] of Object.entries(src)) {
      if ((!Array.isArray(src) && SKIPPED.has(k)) || v === undefined) continue;
      let copy: unknown = v;
      if (v !== null && typeof v === 'object') {
        copy = Array.isArray(v) ? [] : {};
        stack.push([v as Container, copy as Container]);
      }
      if (Array.isArray(dst)) dst.push(copy);
      else dst[k] = copy;
    }
  }
  return root as unknown as T;
}

/** True when the two trees have the same shape and contents once ranges are ignored. */
export function astEquals(a: Node, b: Node): boolean {
  const stack: Array<[unknown, unknown]> = [[stripRanges(a), stripRanges(b)]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    const ry = y as Record<string, unknown>;
    for (const k of kx) {
      if (!(k in ry)) return false;
      stack.push([(x as Record<string, unknown>)[k], ry[k]]);
    }
  }
  return true;
}
