/**
 * The event model the evaluator reads: one successful (or failed) execve exit, with the thread
 * table as libsinsp would have built it. The process fields mirror the oracle's event objects
 * (../shared/oracle/README.md) so oracle cases load without translation.
 */
export interface ProcessInfo {
  /** argv[0] exactly as passed (proc.exe). */
  exe: string;
  /** Task comm: basename of the executed path, at most 15 bytes (proc.name). */
  comm: string;
  /** Resolved executable (proc.exepath). */
  exepath: string;
  /** argv[1..]. */
  args: string[];
  cwd: string;
  uid: number;
  /** 4294967295 = unset (renders -1). */
  loginuid: number;
  /** Encoded device number, 0 = none; 34816 = /dev/pts/0. */
  tty: number;
  /** `NAME=value` entries. */
  env: string[];
  /** execve flags bits: 1 EXE_WRITABLE, 2 EXE_UPPER_LAYER, 4 EXE_FROM_MEMFD, 8 EXE_LOWER_LAYER. */
  exe_flags?: number;
  pid?: number;
  gid?: number;
  /** Resolved user.name for uid; when absent the fixed passwd table decides. */
  user?: string;
  /**
   * Process start (clone) time in milliseconds since the epoch; absent = unknown (proc.pid.ts and
   * the exe-inode durations then have no value).
   */
  startMs?: number;
  /** Parent process; null/absent = no known parent (proc.pname has no value). */
  parent?: ProcessInfo | null;
}

/** What the container plugin reports; null on FalcoEvent means "on the host". */
export interface ContainerInfo {
  id: string;
  name?: string;
  /** Full image reference, e.g. `docker.io/library/nginx:1.25`. */
  image?: string;
  repository?: string;
  tag?: string;
  digest?: string;
  type?: string;
  privileged?: boolean;
  k8sNamespace?: string;
  k8sPod?: string;
  labels?: Record<string, string>;
}

export interface FalcoEvent {
  /** `execve` unless the sample says otherwise. */
  type: string;
  /** `SUCCESS` or an errno name (ENOENT ...). */
  res: string;
  /** evt.num; events start at 1. */
  num: number;
  /** Event time in milliseconds since the epoch; absent = the moment the process started. */
  tsMs?: number;
  /** The process (with its ancestors through `parent`). */
  proc: ProcessInfo;
  container: ContainerInfo | null;
  /**
   * Explicit field values set by the user, keyed by the field as written in a condition
   * (`fd.name`, `proc.env[HOME]`). A string is rendered text; null means "no value".
   * An override wins over the derived value.
   */
  overrides?: Record<string, string | null>;
}
