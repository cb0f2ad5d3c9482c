/**
 * Where a load problem is reported: Falco's innermost `rule_loader::context` (rule_loader.h). The
 * position is a node of the YAML file (an item, a value, an override key), and `itemType`/`itemName`
 * are the kind and name Falco prints for it (`rule`/`X`, `value for`/``, `exception`/`e1` ...).
 */
import type { Range } from '../text/range';
import { computeLineStarts } from '../text/line-starts';

export interface LoadContext {
  fileIndex: number;
  file: string;
  range: Range;
  itemType: string;
  itemName: string;
}

export interface LoadMessage {
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  itemType: string;
  itemName: string;
  severity: 'error' | 'warning';
  range: Range;
}

/** A problem that stops reading or compiling (Falco throws `rule_load_exception`). Internal only. */
export class LoadProblem {
  constructor(readonly code: string, readonly message: string, readonly ctx: LoadContext, readonly range?: Range) {}
}

export interface FileText { name: string; content: string }

export class MessageSink {
  readonly errors: LoadMessage[] = [];
  readonly warnings: LoadMessage[] = [];
  /** `lineStartsOf` gives a file's line starts (a cache may keep them between loads). */
  constructor(private readonly files: FileText[], private readonly lineStartsOf: (content: string) => number[] = computeLineStarts) {}

  /** Line start offsets per file, built on first use: a scan per message made big files quadratic. */
  private readonly lineStarts = new Map<number, number[]>();

  private position(fileIndex: number, offset: number): { line: number; column: number } {
    let starts = this.lineStarts.get(fileIndex);
    if (!starts) {
      starts = this.lineStartsOf(this.files[fileIndex]?.content ?? '');
      this.lineStarts.set(fileIndex, starts);
    }
    // The last line starting at or before `offset` (same answer as yaml-tree's lineColumn).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  private make(code: string, message: string, ctx: LoadContext, severity: 'error' | 'warning', range?: Range): LoadMessage {
    const { line, column } = this.position(ctx.fileIndex, ctx.range.start);
    return { code, message, file: ctx.file, line, column, itemType: ctx.itemType, itemName: ctx.itemName, severity, range: range ?? ctx.range };
  }

  error(code: string, message: string, ctx: LoadContext, range?: Range): LoadMessage {
    const m = this.make(code, message, ctx, 'error', range);
    this.errors.push(m);
    return m;
  }

  warning(code: string, message: string, ctx: LoadContext, range?: Range): LoadMessage {
    const m = this.make(code, message, ctx, 'warning', range);
    this.warnings.push(m);
    return m;
  }
}
