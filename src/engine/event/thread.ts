import type { FalcoEvent, ProcessInfo } from './types';

/**
 * One entry of the thread table built for an event, with the derived strings libsinsp computes
 * (threadinfo.cpp). Built once per event and cached; extractors read these properties.
 */
export interface ThreadView {
  info: ProcessInfo;
  pid: number;
  ptid: number;
  sid: number;
  vpgid: number;
  gid: number;
  comm: string;
  exe: string;
  /** exepath with the kernel's ` (deleted)` suffix removed (sinsp_threadinfo::set_exepath). */
  exepath: string;
  args: string[];
  parent: ThreadView | null;
  /** Lazily filled caches. */
  _argsJoined?: string;
  _cmdline?: string;
  _env?: string;
}

export interface EventView {
  ev: FalcoEvent;
  /** The process itself, then parent, grandparent ... (init last when known). */
  chain: ThreadView[];
  self: ThreadView;
  /** Extracted field values by slot (field-slots.ts); undefined = not extracted yet. */
  vals: unknown[];
}

const DELETED = ' (deleted)';
/**
 * The view is memoized on the event object under a non-enumerable symbol (invisible to JSON and
 * structured clone's enumerable copy); a WeakMap costs several times more in GC when many short-lived
 * events are evaluated.
 */
const VIEW = Symbol('frp.eventView');
type WithView = FalcoEvent & { [VIEW]?: EventView };

/** The per-event view, built once per FalcoEvent object (events are treated as immutable). */
export function eventView(ev: FalcoEvent): EventView {
  const e = ev as WithView;
  let v = e[VIEW];
  if (v === undefined || v.ev !== ev) {
    v = buildView(ev);
    if (Object.isExtensible(ev)) Object.defineProperty(ev, VIEW, { value: v, enumerable: false, configurable: true, writable: true });
  }
  return v;
}

function buildView(ev: FalcoEvent): EventView {
  const infos: ProcessInfo[] = [];
  for (let p: ProcessInfo | null | undefined = ev.proc; p && infos.length < 64; p = p.parent) infos.push(p);
  // pids as the oracle assigns them when the sample does not say: the process 1000, the oldest
  // listed ancestor without a pid 100, then upwards toward the parent.
  const pids: number[] = [];
  let next = 100;
  for (let i = infos.length - 1; i >= 0; i--) {
    const given = infos[i].pid;
    pids[i] = given !== undefined ? given : i === 0 ? 1000 : next++;
  }
  const chain: ThreadView[] = infos.map((p, i) => ({
    info: p,
    pid: pids[i],
    ptid: i + 1 < infos.length ? pids[i + 1] : 0,
    sid: 0,
    vpgid: i + 1 < infos.length ? pids[i + 1] : pids[i],
    gid: p.gid ?? 0,
    comm: p.comm,
    exe: p.exe,
    exepath: p.exepath.endsWith(DELETED) ? p.exepath.slice(0, -DELETED.length) : p.exepath,
    args: threadArgs(p.args),
    parent: null,
  }));
  for (let i = 0; i + 1 < chain.length; i++) chain[i].parent = chain[i + 1];
  return { ev, chain, self: chain[0], vals: [] };
}

/**
 * The thread's argument list as libsinsp stores it: the NUL-delimited buffer (each argument followed
 * by a NUL) loses its final NUL and is split on NULs (sinsp_threadinfo::set_args), and sinsp_split
 * returns no element for an empty buffer, so a lone empty argument disappears: `[""]` reads as no
 * argument at all, while `["", ""]` stays two empty arguments.
 */
export function threadArgs(args: string[]): string[] {
  return args.length === 1 && args[0] === '' ? [] : args;
}

/** argv[1..] joined by single spaces (sinsp_threadinfo::populate_args). */
export function argsJoined(t: ThreadView): string {
  return (t._argsJoined ??= t.args.join(' '));
}

/** comm followed by the args (sinsp_threadinfo::populate_cmdline). */
export function cmdline(t: ThreadView): string {
  return (t._cmdline ??= t.args.length ? `${t.comm} ${argsJoined(t)}` : t.comm);
}

/** All env entries joined by spaces (sinsp_threadinfo::concatenate_all_env). */
export function envJoined(t: ThreadView): string {
  return (t._env ??= t.info.env.join(' '));
}

/**
 * Value of one variable (sinsp_threadinfo::get_env): the first `NAME=value` entry with a non-empty
 * value (an entry `NAME=` is skipped, so a later `NAME=x` still counts), with spaces (only ' ', not
 * tabs or newlines) stripped from both ends of the value; "" when unset.
 */
export function envValue(t: ThreadView, name: string): string {
  const prefix = name + '=';
  for (const e of t.info.env) {
    if (e.length > prefix.length && e.startsWith(prefix)) return trimSpaces(e.slice(prefix.length));
  }
  return '';
}

function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === ' ') a++;
  while (b > a && s[b - 1] === ' ') b--;
  return s.slice(a, b);
}

/** Ancestor at level n: 0 = the process itself (thread_manager::get_ancestor_process). */
export function ancestor(v: EventView, n: number): ThreadView | null {
  return n >= 0 && n < v.chain.length ? v.chain[n] : null;
}

/** The process whose pid is `pid` among the chain, or null. */
export function findPid(v: EventView, pid: number): ThreadView | null {
  for (const t of v.chain) if (t.pid === pid) return t;
  return null;
}
