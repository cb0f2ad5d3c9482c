export { compileCondition, type CompileOptions, type CompileResult, type CompiledFilter } from './compile';
export { compileOperand, fieldValueString, parseOperandText, type CompiledRender } from './render-operand';
export type { TraceNode } from './trace';
export type { CompileWarning } from './errors';
export { renderScalar, renderList } from './render';
export { compileGlob } from './glob';
export { compileRegex } from './regex';
export { PathSet } from './pmatch';
export { parseValue, isKnownEventType } from './values';
