import { compileGlob } from './glob';

/**
 * `pmatch`: libsinsp's path_prefix_search (prefix_search.h). RHS paths are split on '/' with empty
 * components dropped; a value matches when some RHS path is a whole-component prefix of it. A
 * component containing `?`, `*` or `[` is an fnmatch glob for that one component.
 */
export function splitPath(p: string): string[] {
  return p.split('/').filter((c) => c !== '');
}

export class PathSet {
  private paths: ((comps: string[]) => number)[] = [];

  add(path: string): void {
    const parts = splitPath(path).map((c) => (/[?*[]/.test(c) ? compileGlob(c) : (x: string) => x === c));
    // Returns the number of value components the path consumed, or -1.
    this.paths.push((comps) => {
      if (parts.length > comps.length) return -1;
      for (let i = 0; i < parts.length; i++) if (!parts[i](comps[i])) return -1;
      return parts.length;
    });
  }

  get size(): number {
    return this.paths.length;
  }

  /** Number of leading value components matched by the first matching path, or -1. */
  matchDepth(value: string): number {
    const comps = splitPath(value);
    for (const p of this.paths) {
      const n = p(comps);
      if (n >= 0) return n;
    }
    return -1;
  }

  match(value: string): boolean {
    return this.paths.length > 0 && this.matchDepth(value) >= 0;
  }
}
