export { FIELDS, fieldInfo, lookupField, operatorsFor, scanInt } from './catalog';
export type { FieldInfo, ResolvedField, LookupResult, PluginMode } from './catalog';
export { EVENT_TYPE_NAMES, EVENT_PARAM_NAMES, EXECVE_EXIT_PARAMS } from './event-table-data';
export { fieldDescriptions } from './descriptions';
