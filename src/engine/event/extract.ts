import type { ResolvedField } from '../fields/catalog';
import { EVENT_TABLE_NAME_COUNTS, EXECVE_EXIT_PARAMS } from '../fields/event-table-data';
import { DEFAULT_CAPS } from './capabilities';
import { evtArgs, execveParam, execveRawParam, groupName, rawRes, userName } from './execve-params';
export { renderExecveFlags } from './execve-params';
import { CONTAINER_BUILDERS } from './container-fields';
import { NA, PASSWD } from './passwd';
import {
  ancestor, argsJoined, cmdline, envJoined, envValue, findPid, type EventView, type ThreadView,
} from './thread';

/** A field's value: string types as text, numbers, booleans; null = no value. */
/** bigint carries 64-bit nanosecond timestamps that a double cannot hold exactly. */
export type Scalar = string | number | boolean | bigint;
export type Extracted = Scalar | null;
export type Extractor = (v: EventView) => Extracted;

export type ValueKind = 'str' | 'num' | 'bool' | 'other';
const STRING_TYPES = new Set(['CHARBUF', 'FSPATH', 'FSRELPATH', 'BYTEBUF']);
const OTHER_TYPES = new Set([
  'IPV4ADDR', 'IPV6ADDR', 'IPADDR', 'IPNET', 'IPV4NET', 'IPV6NET', 'SOCKADDR', 'SOCKTUPLE',
  'FDLIST', 'SIGSET', 'DYN', 'NONE', 'L4PROTO', 'SOCKFAMILY', 'CHARBUFARRAY', 'CHARBUF_PAIR_ARRAY',
]);
export function valueKind(type: string): ValueKind {
  if (STRING_TYPES.has(type)) return 'str';
  if (type === 'BOOL') return 'bool';
  if (OTHER_TYPES.has(type)) return 'other';
  return 'num';
}

/** Session leader: the process whose pid is the sid, else the eldest ancestor sharing the sid. */
function sessionLeader(v: EventView): ThreadView | null {
  const sid = v.self.sid;
  let leader: ThreadView | null = null;
  for (const t of v.chain) {
    if (t.pid === sid) return t;
    if (t.sid === sid) leader = t;
  }
  return leader;
}

/**
 * proc.loginshellid: pid of the eldest process, among the process and its ancestors, whose comm ends
 * in "sh" (TYPE_LOGINSHELLID tests only the last two characters, so `ssh` and `fish` count and
 * `busybox` does not).
 */
function loginShell(v: EventView): number | null {
  let pid: number | null = null;
  for (const t of v.chain) if (t.comm.endsWith('sh')) pid = t.pid;
  return pid;
}

function utf8Length(s: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : new TextEncoder().encode(s).length;
}

const MS = 1000000n;
function startNs(t: ThreadView): bigint | null {
  const ms = t.info.startMs;
  return ms === undefined ? null : BigInt(Math.round(ms)) * MS;
}
/**
 * Nanoseconds from a thread's start to the event (TYPE_DURATION, TYPE_PPID_DURATION). Without an
 * event time the exec is taken to happen when the process itself started, so proc.duration is 0
 * and proc.ppid.duration is the gap between the parent's and the process's start.
 */
function duration(t: ThreadView, v: EventView): number | bigint {
  const start = t.info.startMs;
  const ts = v.ev.tsMs ?? v.self.info.startMs;
  if (start === undefined || ts === undefined || ts === start) return 0;
  return BigInt(Math.round(ts - start)) * MS;
}

/** Event time as sinsp_utils::ts_to_string / ts_to_iso_8601 print it, in UTC. */
function timeText(ms: number, date: boolean, ns: boolean, iso = false): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const nsec = String(Math.round((ms - Math.floor(ms / 1000) * 1000) * 1e6)).padStart(9, '0');
  const day = `${String(d.getUTCFullYear()).padStart(4, '0')}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  const clock = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  if (iso) return `${day}T${clock}.${nsec}+0000`;
  return `${date ? day + ' ' : ''}${clock}${ns ? '.' + nsec : ''}`;
}
const atTime = (fn: (ms: number) => Extracted): Builder => () => (v) => (v.ev.tsMs === undefined ? null : fn(v.ev.tsMs));

export type Builder = (f: ResolvedField) => Extractor;
const self = (fn: (t: ThreadView, v: EventView) => Extracted): Builder => () => (v) => fn(v.self, v);
const parentOf = (fn: (t: ThreadView) => Extracted): Builder => () => (v) => {
  const p = v.self.parent;
  return p ? fn(p) : null;
};
const byPid = (which: 'sid' | 'vpgid', fn: (t: ThreadView) => Extracted): Builder => () => (v) => {
  const t = which === 'sid' ? sessionLeader(v) : findPid(v, v.self.vpgid);
  return t ? fn(t) : null;
};
/**
 * Indexed ancestor field: [N] reads one level. Without an index, the ancestors' values (parent
 * first) are concatenated, a space being added before a value only when the text so far is not
 * empty, and an empty result is no value (TYPE_ANAME, TYPE_AARGS ... visitors): ancestors without
 * arguments add nothing to proc.aargs.
 */
const ancestorField = (fn: (t: ThreadView) => string): Builder => (f) => {
  const n = f.index ?? -1;
  if (n === -1) {
    return (v) => {
      let s = '';
      for (let i = 1; i < v.chain.length; i++) {
        if (s !== '') s += ' ';
        s += fn(v.chain[i]);
      }
      return s === '' ? null : s;
    };
  }
  return (v) => {
    const t = ancestor(v, n);
    return t ? fn(t) : null;
  };
};
const isExe = (bit: number): Builder => self((t) => ((t.info.exe_flags ?? 0) & bit) !== 0);

const BUILDERS: Record<string, Builder> = {
  // evt.*
  'evt.num': () => (v) => v.ev.num,
  // Time fields of the event (sinsp_filtercheck_gen_event.cpp); no value when the event has no time.
  'evt.time': atTime((ms) => timeText(ms, false, true)),
  'evt.time.s': atTime((ms) => timeText(ms, false, false)),
  'evt.time.iso8601': atTime((ms) => timeText(ms, true, true, true)),
  'evt.datetime': atTime((ms) => timeText(ms, true, true)),
  'evt.datetime.s': atTime((ms) => timeText(ms, true, false)),
  // evt.outputtime follows the inspector's time output mode, 'h' by default: like evt.time.
  'evt.outputtime': atTime((ms) => timeText(ms, false, true)),
  'evt.rawtime': atTime((ms) => BigInt(Math.round(ms)) * MS),
  'evt.rawtime.s': atTime((ms) => Math.floor(ms / 1000)),
  'evt.rawtime.ns': atTime((ms) => Math.round((ms - Math.floor(ms / 1000) * 1000) * 1e6)),
  'evt.type': () => (v) => v.ev.type,
  // execve/execveat are syscall events: syscall.type is their name (TYPE_SYSCALL_TYPE).
  'syscall.type': () => (v) => v.ev.type,
  // A per-filtercheck counter incremented on each extraction (sinsp_filtercheck_utils.cpp): 1 the
  // first time.
  'util.cnt': () => () => 1,
  'evt.dir': () => () => '<',
  'evt.res': () => (v) => v.ev.res,
  'evt.rawres': () => (v) => rawRes(v.ev.res),
  'evt.failed': () => (v) => v.ev.res !== 'SUCCESS',
  'evt.category': () => () => 'process',
  'evt.source': () => () => 'syscall',
  'evt.is_async': () => () => false,
  'evt.cpu': () => () => 0,
  'evt.is_io': () => () => false,
  'evt.is_io_read': () => () => false,
  'evt.is_io_write': () => () => false,
  'evt.is_wait': () => () => false,
  'evt.is_syslog': () => () => false,
  'evt.is_open_read': () => () => false,
  'evt.is_open_write': () => () => false,
  'evt.is_open_exec': () => () => false,
  'evt.is_open_create': () => () => false,
  'evt.count': () => () => 1,
  // Error counters of an event with a return value: 1 when it failed. execve has no fd and is not
  // a memory event, so only the "other" class applies (TYPE_COUNT_ERROR_*); it is an exit event.
  'evt.count.error': () => (v) => (rawRes(v.ev.res) < 0 ? 1 : 0),
  'evt.count.error.other': () => (v) => (rawRes(v.ev.res) < 0 ? 1 : 0),
  'evt.count.exit': () => () => 1,
  'evt.count.procinfo': () => () => 0,
  'evt.count.threadinfo': () => () => 0,
  // Exit events carry no enter event to measure from (only exit events exist since Falco 0.42).
  'evt.latency': () => () => 0,
  'evt.latency.s': () => () => 0,
  'evt.latency.ns': () => () => 0,
  // A filtercheck's first evt.deltatime extraction is 0 (TYPE_DELTA keeps the previous timestamp
  // in the check), and Falco builds a new formatter for every alert (falco_formats::format_event),
  // so outputs always print 0. evt.reltime counts from the inspector's first event: 0 for it.
  'evt.deltatime': () => () => 0,
  'evt.deltatime.s': () => () => 0,
  'evt.deltatime.ns': () => () => 0,
  'evt.reltime': () => () => 0,
  'evt.reltime.s': () => () => 0,
  'evt.reltime.ns': () => () => 0,
  'evt.latency.quantized': () => () => 0,
  'evt.wait_latency': () => () => 0,
  'evt.latency.human': () => () => '0ns',
  'evt.args': () => evtArgs,
  // TYPE_INFO falls through to TYPE_ARGS for syscall events.
  'evt.info': () => evtArgs,
  // Only the first enter/exit pair of a name is recognised (extract_type): execve has eight
  // versions, so evt.type.is.execve is 0 for a current execve exit event; execveat has one.
  'evt.type.is': (f) => {
    const name = f.key ?? '';
    const single = (EVENT_TABLE_NAME_COUNTS[name] ?? 0) <= 2;
    return (v) => (single && v.ev.type === name ? 1 : 0);
  },
  'evt.rawarg': (f) => {
    const name = f.key ?? '';
    return (v) => (v.ev.type === 'execve' || v.ev.type === 'execveat' ? execveRawParam(v, name) : null);
  },
  'evt.arg': (f) => {
    const name = f.key ?? (f.index !== undefined ? EXECVE_EXIT_PARAMS[f.index]?.[0] : undefined);
    if (name === undefined) return () => null;
    return (v) => (v.ev.type === 'execve' || v.ev.type === 'execveat' ? execveParam(v, name) : null);
  },
  // proc.* of the process itself
  'proc.exe': self((t) => t.exe),
  'proc.exepath': self((t) => t.exepath),
  'proc.name': self((t) => t.comm),
  'proc.args': (f) => {
    if (f.index === undefined || f.index === -1) return (v) => argsJoined(v.self);
    const n = f.index;
    // argv[N+1]; "" (not null) when out of range (sinsp_filter_check_thread TYPE_ARGS).
    return (v) => v.self.args[n] ?? '';
  },
  'proc.cmdline': self((t) => cmdline(t)),
  'proc.exeline': self((t) => `${t.exe} ${argsJoined(t)}`),
  'proc.cmdnargs': self((t) => t.args.length),
  // Sum of the arguments' byte lengths (std::string::length on the UTF-8 text).
  'proc.cmdlenargs': self((t) => t.args.reduce((n, a) => n + utf8Length(a), 0)),
  'proc.env': (f) => {
    // An empty name (`proc.env[""]`) leaves m_argname empty: the whole environment.
    if (f.key !== undefined && f.key !== '') {
      const key = f.key;
      return (v) => envValue(v.self, key);
    }
    return (v) => envJoined(v.self);
  },
  'proc.aenv': (f) => {
    if (f.key !== undefined && f.key !== '') {
      const key = f.key;
      // First ancestor (parent first, up to 20 levels) that defines the variable.
      return (v) => {
        for (let i = 1; i <= 20 && i < v.chain.length; i++) {
          const s = envValue(v.chain[i], key);
          if (s !== '') return s;
        }
        return '';
      };
    }
    const n = f.index ?? 0;
    if (n < 1) return (v) => envJoined(v.self);
    return (v) => {
      const t = ancestor(v, n);
      return t ? envJoined(t) : null;
    };
  },
  // libsinsp appends '/' to the cwd it stores (sinsp_threadinfo::set_cwd).
  'proc.cwd': self((t) => (t.info.cwd.endsWith('/') ? t.info.cwd : t.info.cwd + '/')),
  'proc.tty': self((t) => t.info.tty),
  'proc.pid': self((t) => t.pid),
  'proc.vpid': self((t) => t.pid),
  'thread.tid': self((t) => t.pid),
  'thread.vtid': self((t) => t.pid),
  'thread.ismain': () => () => true,
  // comm followed by the tid (TYPE_NAMETID).
  'thread.nametid': self((t) => `${t.comm}${t.pid}`),
  // Only scheduler switch events carry execution time; any other event reads 0.
  'thread.exectime': () => () => 0,
  'thread.totexectime': () => () => 0,
  'proc.ppid': self((t) => (t.parent ? t.parent.pid : t.ptid)),
  'proc.pvpid': self((t) => (t.parent ? t.parent.pid : t.ptid)),
  'proc.sid': self((t) => t.sid),
  'proc.vpgid': self((t) => t.vpgid),
  'proc.pgid': self((t) => t.vpgid),
  'proc.loginshellid': () => (v) => loginShell(v),
  'proc.sname': byPid('sid', (t) => t.comm),
  'proc.sid.exe': byPid('sid', (t) => t.exe),
  'proc.sid.exepath': byPid('sid', (t) => t.exepath),
  'proc.vpgid.name': byPid('vpgid', (t) => t.comm),
  'proc.vpgid.exe': byPid('vpgid', (t) => t.exe),
  'proc.vpgid.exepath': byPid('vpgid', (t) => t.exepath),
  'proc.pgid.name': byPid('vpgid', (t) => t.comm),
  'proc.pgid.exe': byPid('vpgid', (t) => t.exe),
  'proc.pgid.exepath': byPid('vpgid', (t) => t.exepath),
  'proc.is_sid_leader': self((t) => t.sid === t.pid),
  'proc.is_vpgid_leader': self((t) => t.vpgid === t.pid),
  'proc.is_pgid_leader': self((t) => t.vpgid === t.pid),
  'proc.is_exe_writable': isExe(1),
  'proc.is_exe_upper_layer': isExe(2),
  'proc.is_exe_from_memfd': isExe(4),
  'proc.is_exe_lower_layer': isExe(8),
  // Nanoseconds since the process started; without an event time the exec is the start itself.
  'proc.duration': self((t, v) => duration(t, v)),
  'proc.ppid.duration': self((t, v) => (t.parent ? duration(t.parent, v) : null)),
  'proc.pid.ts': self((t) => startNs(t)),
  'proc.ppid.ts': self((t) => (t.parent ? startNs(t.parent) : null)),
  // The exe inode's ctime is unknown (0), so "ctime to process start" is the start time itself
  // (sinsp_threadinfo m_exe_ino_ctime_duration_clone_ts), as the oracle's outputs show.
  'proc.exe_ino.ctime_duration_proc_start': self((t) => startNs(t)),
  // The sample carries no inode facts: libsinsp reports no value for a zero ino / ctime / mtime.
  'proc.exe_ino': () => () => null,
  'proc.exe_ino.ctime': () => () => null,
  'proc.exe_ino.mtime': () => () => null,
  'thread.cap_effective': () => () => DEFAULT_CAPS.effective,
  'thread.cap_permitted': () => () => DEFAULT_CAPS.permitted,
  'thread.cap_inheritable': () => () => DEFAULT_CAPS.inheritable,
  'proc.nthreads': () => () => 1,
  'proc.nchilds': () => () => 0,
  'proc.fdlimit': () => () => 1024,
  // The synthetic threads have an empty fd table: nothing open, 0% of the limit (PT_DOUBLE).
  'proc.fdopencount': () => () => 0,
  'proc.fdusage': () => () => 0,
  // Memory and fault counters of a just-executed synthetic process.
  'proc.vmsize': () => () => 0,
  'proc.vmrss': () => () => 0,
  'proc.vmswap': () => () => 0,
  'thread.vmsize': () => () => 0,
  'thread.vmrss': () => () => 0,
  'thread.vmsize.b': () => () => 0,
  'thread.vmrss.b': () => () => 0,
  'thread.pfmajor': () => () => 0,
  'thread.pfminor': () => () => 0,
  // No cgroups were reported for the thread: TYPE_CGROUPS has no value then.
  'thread.cgroups': () => () => null,
  // parent and ancestors
  'proc.pname': parentOf((t) => t.comm),
  'proc.pexe': parentOf((t) => t.exe),
  'proc.pexepath': parentOf((t) => t.exepath),
  'proc.pcmdline': parentOf((t) => cmdline(t)),
  'proc.aname': ancestorField((t) => t.comm),
  'proc.aexe': ancestorField((t) => t.exe),
  'proc.aexepath': ancestorField((t) => t.exepath),
  'proc.acmdline': ancestorField((t) => cmdline(t)),
  'proc.aargs': ancestorField((t) => argsJoined(t)),
  'proc.apid': (f) => {
    // Without an index the rendered value is the process's own pid (TYPE_APID, argid -1 -> 0).
    const n = f.index === undefined || f.index === -1 ? 0 : f.index;
    return (v) => ancestor(v, n)?.pid ?? null;
  },
  // user.* / group.*
  'user.uid': self((t) => t.info.uid),
  'user.name': self((t) => userName(t.info.uid, t.info.user)),
  'user.homedir': self((t) => PASSWD[t.info.uid]?.home ?? NA),
  'user.shell': self((t) => PASSWD[t.info.uid]?.shell ?? NA),
  // user.loginuid is int64: the unset value 4294967295 reads as -1.
  'user.loginuid': self((t) => (t.info.loginuid === 4294967295 ? -1 : t.info.loginuid)),
  'user.loginname': self((t) => (t.info.loginuid === 4294967295 ? NA : userName(t.info.loginuid))),
  'group.gid': self((t) => t.gid),
  'group.name': self((t) => groupName(t.gid)),
  ...CONTAINER_BUILDERS,
};

/**
 * Builds the extractor of a resolved field. Fields the sample cannot carry (fd.*, net, plugin fields
 * we do not model) have no value unless the event's `overrides` sets them by their text.
 */
export function makeExtractor(f: ResolvedField): Extractor {
  const builder = BUILDERS[f.info.name];
  const derived: Extractor = builder ? builder(f) : () => null;
  const key = f.text;
  const kind = valueKind(f.info.type);
  return (v) => {
    const o = v.ev.overrides;
    if (o !== undefined && key in o) return parseOverride(o[key], kind);
    return derived(v);
  };
}

/** Override texts are rendered values: numbers and booleans are read back into their kind. */
function parseOverride(s: string | null, kind: ValueKind): Extracted {
  if (s === null) return null;
  if (kind === 'num') {
    const t = s.trim();
    const n = Number(t);
    if (!Number.isFinite(n) || t === '') return null;
    // 64-bit values (nanosecond timestamps) beyond 2^53 stay exact as bigint.
    return Number.isSafeInteger(n) || !/^-?\d+$/.test(t) ? n : BigInt(t);
  }
  if (kind === 'bool') return s === 'true' ? true : s === 'false' ? false : null;
  return s;
}

/**
 * Ancestor fields without an index compare against each ancestor (parent first, the process
 * excluded) and are true if any matches (sinsp_filter_check_thread::compare_full_a*). Returns the
 * per-ancestor values, or undefined when the field is not such a field.
 */
export function makeAncestorValues(f: ResolvedField): ((v: EventView) => Scalar[]) | undefined {
  const n = f.index ?? -1;
  const name = f.info.name;
  if (name === 'proc.aenv' && !f.key) return any((t) => envJoined(t));
  if (n !== -1) return undefined;
  switch (name) {
    case 'proc.aname': return any((t) => t.comm);
    case 'proc.aexe': return any((t) => t.exe);
    case 'proc.aexepath': return any((t) => t.exepath);
    case 'proc.acmdline': return any((t) => cmdline(t));
    case 'proc.apid': return any((t) => t.pid);
    default: return undefined;
  }
}

/** fn of every ancestor, parent first (the process itself excluded). */
function any(fn: (t: ThreadView) => Scalar): (v: EventView) => Scalar[] {
  return (v) => {
    const out: Scalar[] = [];
    for (let i = 1; i < v.chain.length; i++) out.push(fn(v.chain[i]));
    return out;
  };
}
