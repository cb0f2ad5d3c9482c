/**
 * One coordinate space for every condition text parsed during a load.
 *
 * Falco inlines macros by cloning their ASTs into the rule's AST (filter_macro_resolver.cpp), so a
 * compile error can sit on a node that was parsed from a macro's text. Each parsed text gets its own
 * base offset here and its AST ranges are shifted by it; clones keep the shifted ranges, so any range
 * the compiler reports leads back to the text (and through MappedText to the file) it came from.
 */
import type { Range } from '../text/range';
import type { MappedText } from './mapped-text';

/**
 * A registered text. `text` may be replaced by the same characters from other file positions
 * (parse-memo.ts reuses an AST when an edit above a condition moved it): the AST's ranges then lead
 * to where the text is now.
 */
export interface Segment { readonly base: number; text: MappedText }

export class ConditionSpace {
  private readonly segments: Segment[] = [];
  private next = 0;

  /** Total length registered so far (what the space holds on to). */
  get size(): number {
    return this.next;
  }

  register(text: MappedText): Segment {
    const segment: Segment = { base: this.next, text };
    this.segments.push(segment);
    this.next += text.length + 1;
    return segment;
  }

  /** Maps a range in the shared space to a file range (null when it is nowhere the user can see). */
  toFile(range: Range): { fileIndex: number; start: number; end: number } | null {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found: Segment | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid].base <= range.start) { found = this.segments[mid]; lo = mid + 1; } else hi = mid - 1;
    }
    if (!found) return null;
    const local = range.start - found.base;
    const localEnd = Math.max(local + 1, range.end - found.base);
    return found.text.mapRange(local, Math.min(localEnd, found.text.length));
  }
}

/** Adds `delta` to every `range`/`opRange` of a freshly parsed AST, in place; returns it. */
export function shiftRanges<T>(node: T, delta: number): T {
  if (delta === 0) return node;
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) { for (const x of n) stack.push(x); continue; }
    if (n === null || typeof n !== 'object') continue;
    const rec = n as Record<string, unknown>;
    for (const k in rec) {
      const v = rec[k];
      if ((k === 'range' || k === 'opRange') && v && typeof v === 'object' && 'start' in v) {
        const r = v as Range;
        rec[k] = { start: r.start + delta, end: r.end + delta };
      } else if (v !== null && typeof v === 'object') {
        stack.push(v);
      }
    }
  }
  return node;
}
