import type { Range } from '../text/range';

/**
 * Internal signal for a compile error: thrown inside the compiler only and always caught by
 * compileCondition / compileOperand, which return it as a value (the engine never throws for bad
 * user input).
 */
export class CompileError extends Error {
  constructor(message: string, readonly range: Range) {
    super(message);
  }
}

export interface CompileWarning {
  message: string;
  range: Range;
}
