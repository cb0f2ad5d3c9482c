export type { FalcoEvent, ProcessInfo, ContainerInfo } from './types';
export { fromOracleEvent, ORACLE_INIT, type OracleProcess } from './oracle-event';
export { eventView, type EventView, type ThreadView } from './thread';
export {
  makeExtractor, makeAncestorValues, valueKind, renderExecveFlags,
  type Extracted, type Extractor, type Scalar, type ValueKind,
} from './extract';
export { CAPABILITY_NAMES, DEFAULT_CAPS } from './capabilities';
export { PASSWD, GROUPS, NA } from './passwd';
