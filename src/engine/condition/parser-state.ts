/**
 * Shared state of one parse: the lexer and libsinsp's recursion-depth counter.
 */
import { Lexer } from './lexer';
import { msg } from './vocabulary';

export const DEFAULT_MAX_DEPTH = 100;

export class ParserState {
  readonly lx: Lexer;
  depth = 0;

  constructor(readonly text: string, readonly maxDepth = DEFAULT_MAX_DEPTH) {
    this.lx = new Lexer(text);
  }

  /**
   * libsinsp's `depth_guard`: every production counts one level and the limit is reached when the
   * count *equals* the maximum. When the guard itself throws, the level is not given back (its
   * destructor never runs), which tryParseList relies on.
   */
  guarded<T>(fn: () => T): T {
    this.depth++;
    if (this.depth >= this.maxDepth) this.lx.fail(msg.maxDepth(this.maxDepth));
    const r = fn();
    this.depth--;
    return r;
  }
}

export function span(start: number, end: number) {
  return { start, end };
}
