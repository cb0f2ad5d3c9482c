export { proposeException } from './propose';
export type { ExceptionProposal, ProposeInput, RowFlip } from './propose';
export { rulesLoader } from './loader';
export type { TuningLoader, TuningLoad, TuningFile } from './loader';
export { addExceptionEdit, exceptionEntryYaml, yamlScalar } from './yaml-edit';
export type { ExceptionEntry } from './yaml-edit';
