import type { Range } from '../text/range';

/**
 * Internal signal for a compile error: thrown inside the compiler only and always caught by
 * compileCondition / compileOperand, which return it as a value (the engine never throws for bad
 * user input).
 */
export class CompileError extends Error {
  /**
   * The check (or macro reference) being compiled when the error was raised, set by the compiler
   * as it leaves that check: where libsinsp's sinsp_filter_compiler reports a compile error (its
   * `m_pos`, which it updates only on visiting a check or an identifier). `range` stays the exact
   * culprit inside it (the operator, the value, the field), for highlighting.
   */
  check?: Range;

  constructor(message: string, readonly range: Range) {
    super(message);
  }
}

export interface CompileWarning {
  message: string;
  range: Range;
}
