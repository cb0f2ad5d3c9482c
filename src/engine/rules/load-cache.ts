/**
 * Work a caller can keep between loads of mostly the same files (analyze.ts keeps one for the
 * playground: every keystroke loads the same base files and a slightly changed user file).
 *
 *  - the YAML tree of a file, by its content (the tree is never mutated after parsing), with the
 *    file's line starts for message positions;
 *  - the MappedText of each scalar of such a tree, by node and file index, so an unchanged file
 *    yields the very same condition texts and the compiler's memos answer on identity;
 *  - one CompileCache per plugin mode (compile-cache.ts), since compilation depends on it.
 *
 * Everything is keyed on exact inputs and bounded: the YAML memo keeps the most recently used
 * files (a typist makes a new user text per keystroke; the base files stay in front).
 */
import { computeLineStarts } from '../text/line-starts';
import { COMPILE_CACHE_LIMITS, CompileCache, type CompileCacheLimits } from './compile-cache';
import type { MappedText } from './mapped-text';
import { parseYamlDocuments, type YNode, type YScalar, type YamlError } from './yaml-tree';

type ParsedYaml = { docs: YNode[]; error?: YamlError };

export interface LoadCacheLimits extends CompileCacheLimits {
  /** Parsed files kept (most recently used). */
  maxFiles: number;
  /** Their total size. */
  maxFileChars: number;
}

export const LOAD_CACHE_LIMITS: LoadCacheLimits = { ...COMPILE_CACHE_LIMITS, maxFiles: 12, maxFileChars: 16_000_000 };

export class LoadCache {
  private readonly files = new Map<string, { parsed: ParsedYaml; lineStarts?: number[] }>();
  private chars = 0;
  private readonly mappedTexts = new WeakMap<YScalar, { fileIndex: number; text: MappedText }>();
  private readonly compileCaches = new Map<string, CompileCache>();

  constructor(private readonly limits: LoadCacheLimits = LOAD_CACHE_LIMITS) {}

  compileCache(plugins: string): CompileCache {
    let c = this.compileCaches.get(plugins);
    if (!c) this.compileCaches.set(plugins, (c = new CompileCache(this.limits)));
    return c;
  }

  /** How much is held (for tests of the bounds). */
  stats(): { files: number; fileChars: number } {
    return { files: this.files.size, fileChars: this.chars };
  }

  yaml(content: string): ParsedYaml {
    return this.entry(content).parsed;
  }

  /** Offsets where each line of `content` starts (line 1 at 0). */
  lineStarts(content: string): number[] {
    const e = this.entry(content);
    return (e.lineStarts ??= computeLineStarts(content));
  }

  /** The MappedText of a scalar of a cached tree in file `fileIndex`, made once by `make`. */
  mapped(node: YScalar, fileIndex: number, make: () => MappedText): MappedText {
    const hit = this.mappedTexts.get(node);
    if (hit && hit.fileIndex === fileIndex) return hit.text;
    const text = make();
    this.mappedTexts.set(node, { fileIndex, text });
    return text;
  }

  private entry(content: string): { parsed: ParsedYaml; lineStarts?: number[] } {
    let e = this.files.get(content);
    if (e) {
      // Most recently used last: Map iteration order is insertion order.
      this.files.delete(content);
      this.files.set(content, e);
      return e;
    }
    e = { parsed: parseYamlDocuments(content) };
    this.files.set(content, e);
    this.chars += content.length;
    for (const [k] of this.files) {
      if (this.files.size <= this.limits.maxFiles && this.chars <= this.limits.maxFileChars) break;
      if (k === content) break;
      this.files.delete(k);
      this.chars -= k.length;
    }
    return e;
  }
}
