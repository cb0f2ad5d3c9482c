import type { FalcoEvent, ProcessInfo } from './types';

/** The shape of an oracle case's `event` (../shared/oracle/README.md). */
export interface OracleProcess {
  exe: string;
  comm: string;
  exepath: string;
  args: string[];
  cwd: string;
  uid: number;
  loginuid: number;
  tty: number;
  env: string[];
  exe_flags?: number;
  user?: string;
  parent?: OracleProcess | null;
}

/**
 * The init process the oracle puts on top of every listed process tree: proc.aname[N] just above the
 * last listed parent is `systemd`, and the session leader (sid 0) is init.
 */
export const ORACLE_INIT: ProcessInfo = {
  exe: '/sbin/init', comm: 'systemd', exepath: '/usr/lib/systemd/systemd', args: [], cwd: '/',
  uid: 0, loginuid: 4294967295, tty: 0, env: [], exe_flags: 0, pid: 1, gid: 0, parent: null,
};

/** 2019-08-19T16:00:00Z: the base of the oracle harness's synthetic clock. */
export const ORACLE_EPOCH_MS = 1566230400000;

/** How many processes an oracle event lists (the process and its parents, init excluded). */
export function listedProcesses(e: OracleProcess): number {
  let n = 0;
  for (let p: OracleProcess | null | undefined = e; p; p = p.parent) n++;
  return n;
}

/**
 * Converts an oracle event to a FalcoEvent with explicit pids: init 1, the oldest listed ancestor
 * 100, then 101, ... toward the parent, the process itself 1000 (how the oracle builds its thread
 * table). gid is 0 everywhere. Pass `processesBefore` (the listed processes of the earlier events
 * of the same run, see listedProcesses) to reproduce the harness's process start times.
 */
export function fromOracleEvent(e: OracleProcess, options: { processesBefore?: number; eventTick?: number } = {}): FalcoEvent {
  const chain: OracleProcess[] = [];
  for (let p: OracleProcess | null | undefined = e; p; p = p.parent) chain.push(p);
  // The oracle's harness stamps each listed process it creates 10 ms after the previous one,
  // counting across the events of one run (init excluded): the oldest listed ancestor of this
  // event is process number processesBefore + 1, the process itself processesBefore + depth.
  const before = options.processesBefore ?? 0;
  const startMs = (k: number) => ORACLE_EPOCH_MS + 10 * (before + k);
  let parent: ProcessInfo = { ...ORACLE_INIT };
  for (let i = chain.length - 1; i >= 1; i--) {
    parent = convert(chain[i], 100 + (chain.length - 1 - i), parent);
    parent.startMs = startMs(chain.length - i);
  }
  const proc = convert(chain[0], 1000, parent);
  proc.startMs = startMs(chain.length);
  if (e.user !== undefined) proc.user = e.user;
  // The harness is libsinsp's sinsp_with_test_input: the thread table is handed over before the
  // inspector opens, so every process of the run takes a tick of its 10 ms clock first, and the
  // events then take the following ticks (increasing_ts()). Alone, an event comes right after its
  // own processes. (Assumption: no oracle case shows an event time; see oracle-requests/.)
  const tick = options.eventTick ?? before + chain.length + 1;
  return { type: 'execve', res: 'SUCCESS', num: 1, tsMs: ORACLE_EPOCH_MS + 10 * tick, proc, container: null };
}

function convert(p: OracleProcess, pid: number, parent: ProcessInfo): ProcessInfo {
  return {
    exe: p.exe, comm: p.comm, exepath: p.exepath, args: [...p.args], cwd: p.cwd, uid: p.uid,
    loginuid: p.loginuid, tty: p.tty, env: [...p.env], exe_flags: p.exe_flags ?? 0, pid, gid: 0, parent,
  };
}
