import type { FalcoEvent, ProcessInfo } from '../event/types';

/**
 * The few string fields the linter needs to explain a hint with sample rows, derived exactly as
 * libsinsp does (threadinfo.cpp populate_cmdline / populate_args): args joined by single spaces,
 * cmdline = comm + args. Field overrides on the event win, as in the evaluator.
 */
export function lintFieldValue(ev: FalcoEvent, field: string): string | null {
  if (ev.overrides && field in ev.overrides) return ev.overrides[field] ?? null;
  const p = ev.proc;
  const parent = p.parent ?? null;
  switch (field) {
    case 'proc.name': return p.comm;
    case 'proc.exe': return p.exe;
    case 'proc.exepath': return p.exepath;
    case 'proc.args': return p.args.join(' ');
    case 'proc.cmdline': return cmdline(p);
    case 'proc.exeline': return `${p.exe} ${p.args.join(' ')}`;
    case 'proc.pname': return parent ? parent.comm : null;
    case 'proc.pcmdline': return parent ? cmdline(parent) : null;
    case 'proc.pexe': return parent ? parent.exe : null;
    default: return null;
  }
}

function cmdline(p: ProcessInfo): string {
  return p.args.length ? `${p.comm} ${p.args.join(' ')}` : p.comm;
}

/** user.name as libsinsp renders it from the fixed passwd of the playground (spec §3.2). */
const PASSWD_NAMES: Record<number, string> = { 0: 'root', 1: 'daemon', 33: 'www-data', 1000: 'user', 65534: 'nobody' };

/** Field values used to single out a sample when proposing exceptions (strings as Falco renders them). */
export function tuningFieldValue(ev: FalcoEvent, field: string): string | null {
  if (ev.overrides && field in ev.overrides) return ev.overrides[field] ?? null;
  switch (field) {
    case 'user.name':
      return ev.proc.user ?? PASSWD_NAMES[ev.proc.uid] ?? '<NA>';
    case 'container.image.repository':
      return ev.container ? ev.container.repository ?? null : '';
    case 'proc.aname[2]': {
      const gp = ev.proc.parent?.parent;
      return gp ? gp.comm : null;
    }
    default:
      return lintFieldValue(ev, field);
  }
}
