export { importCommandLines, type ImportResult } from './command-lines';
export { importFalcoAlerts, type AlertImportOptions } from './falco-alerts';
/** Export is the samples file writer. */
export { serializeSamplesYaml as exportSamplesYaml } from '../sample/yaml';
