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
