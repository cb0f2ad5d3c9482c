import type { Diagnostic } from '../diagnostics';
import { PASSWD, passwdName } from '../sample/context';
import { quoteWord } from '../sample/shell-words';
import { sampleToEvent } from '../sample/to-event';
import type { Sample } from '../sample/types';
import type { ImportResult } from './command-lines';

/**
 * Falco alerts as samples, to reproduce a false positive (or keep a true one as a regression
 * test). Reads Falco's `json_output: true` lines (`{output, priority, rule, time, output_fields}`)
 * and falcosidekick's forwarded payloads (the same plus `hostname`, `source`, `tags`, `uuid`),
 * one per line, or a JSON array, or one pretty-printed object. Only what the rule's output
 * printed is known: the sample is rebuilt from output_fields, and fields with no place in a
 * sample (fd.name ...) become explicit field values.
 */
export interface AlertImportOptions {
  /** Expect `no_alert` for the alert's rule (else `alert`). */
  asFalsePositives?: boolean;
}

/** Fields the sample rebuilds from its own keys; everything else becomes a field value. */
const MODELLED = new Set([
  'proc.cmdline', 'proc.exe', 'proc.args', 'proc.name', 'proc.exepath', 'proc.pname', 'proc.pcmdline', 'proc.cwd', 'proc.tty',
  'user.name', 'user.uid', 'user.loginuid', 'container.id', 'container.name', 'container.type', 'container.image',
  'container.image.repository', 'container.image.tag', 'k8s.ns.name', 'k8s.pod.name',
]);
/** When the alert happened, not what happened. */
const IGNORED = new Set(['evt.time', 'evt.time.s', 'evt.time.iso8601', 'evt.datetime', 'evt.datetime.s', 'evt.rawtime', 'evt.rawtime.s', 'evt.rawtime.ns', 'evt.hostname', 'evt.source']);

interface Located {
  value: unknown;
  line: number;
  range: { start: number; end: number };
}

export function importFalcoAlerts(text: string, options: AlertImportOptions = {}): ImportResult {
  const samples: Sample[] = [];
  const diagnostics: Diagnostic[] = [];
  const items = locateAlerts(text, diagnostics);
  for (const item of items) {
    const r = alertToSample(item.value, options);
    if (!r.ok) {
      diagnostics.push({ code: 'FRP_IMPORT_BAD_ALERT', severity: 'error', message: `Line ${item.line}: ${r.message}`, range: item.range });
      continue;
    }
    r.sample.id = `a${samples.length + 1}`;
    const check = sampleToEvent(r.sample);
    if (!check.ok) {
      diagnostics.push({ code: 'FRP_IMPORT_BAD_ALERT', severity: 'error', message: `Line ${item.line}: ${check.error.message}`, range: item.range });
      continue;
    }
    samples.push(r.sample);
  }
  return { samples, diagnostics };
}

/** JSON lines, or one JSON document (array or object) spread over several lines. */
function locateAlerts(text: string, diagnostics: Diagnostic[]): Located[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !trimmed.includes('}\n{') && trimmed.split('\n').length > 1)) {
    try {
      const doc: unknown = JSON.parse(trimmed);
      const start = text.indexOf(trimmed);
      const range = { start, end: start + trimmed.length };
      const line = text.slice(0, start).split('\n').length;
      return (Array.isArray(doc) ? doc : [doc]).map((value) => ({ value, line, range }));
    } catch {
      // fall through to line-by-line reading
    }
  }
  const out: Located[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, index) => {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (line === '') return;
    const range = { start, end: start + raw.length };
    try {
      out.push({ value: JSON.parse(line), line: index + 1, range });
    } catch {
      diagnostics.push({ code: 'FRP_IMPORT_BAD_ALERT', severity: 'error', message: `Line ${index + 1}: not a JSON alert.`, range });
    }
  });
  return out;
}

type Converted = { ok: true; sample: Sample } | { ok: false; message: string };

function alertToSample(value: unknown, options: AlertImportOptions): Converted {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'not a Falco alert object.' };
  const alert = value as Record<string, unknown>;
  const of = alert.output_fields;
  if (typeof of !== 'object' || of === null || Array.isArray(of)) return { ok: false, message: 'no output_fields (enable json_output and json_include_output_property).' };
  const f = of as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof f[k] === 'string' ? (f[k] as string) : typeof f[k] === 'number' ? String(f[k]) : undefined);
  const num = (k: string): number | undefined => (typeof f[k] === 'number' ? (f[k] as number) : typeof f[k] === 'string' && /^-?\d+$/.test(f[k] as string) ? Number(f[k]) : undefined);

  // proc.args is the argv joined by single spaces: quoting each space-separated piece gives a
  // command whose proc.args is that same string (the original argument boundaries are lost).
  let argv: string[];
  const exe = str('proc.exe');
  const args = str('proc.args');
  const cmdline = str('proc.cmdline');
  if (exe !== undefined && exe !== '') argv = [exe, ...(args ? args.split(' ') : [])];
  else if (cmdline !== undefined && cmdline !== '') argv = cmdline.split(' ');
  else return { ok: false, message: 'no proc.cmdline or proc.exe in output_fields: the command is unknown.' };
  const sample: Sample = { id: '', command: argv.map((w, i) => (i === 0 && w.includes('=') ? `'${w}'` : quoteWord(w))).join(' '), script: 'off' };

  const exepath = str('proc.exepath');
  if (exepath) sample.exepath = exepath;
  const pname = f['proc.pname'];
  const pcmdline = str('proc.pcmdline');
  if (pname === null) sample.parentMissing = true;
  else if (pcmdline) sample.parent = pcmdline;
  else if (typeof pname === 'string') sample.parent = pname;

  const uid = num('user.uid');
  const loginuid = num('user.loginuid');
  const name = str('user.name');
  const fields: Record<string, string | null> = {};
  const knownName = name !== undefined && name !== '<NA>' && (uid !== undefined ? passwdName(uid) === name : PASSWD.some((p) => p.name === name));
  if (uid !== undefined || loginuid !== undefined || knownName) {
    const user: { name?: string; uid?: number; loginuid?: number } = {};
    if (uid !== undefined) user.uid = uid;
    if (loginuid !== undefined) user.loginuid = loginuid;
    if (uid === undefined && knownName) user.name = name;
    sample.user = user;
  }
  // A name the fixed passwd would not give for that uid (`node`, or `<NA>` for an unknown uid).
  if (name !== undefined && !knownName && !(name === '<NA>' && uid !== undefined && passwdName(uid) === undefined)) fields['user.name'] = name;

  const cid = str('container.id');
  if (cid === 'host') sample.container = 'host';
  else if (cid) {
    const repo = str('container.image.repository');
    const tag = str('container.image.tag');
    const image = str('container.image') ?? (repo ? repo + (tag ? `:${tag}` : '') : undefined);
    sample.container = {
      id: cid,
      ...(image ? { image } : {}),
      ...(str('container.name') ? { name: str('container.name') } : {}),
      ...(str('container.type') ? { type: str('container.type') } : {}),
      ...(str('k8s.ns.name') ? { k8sNamespace: str('k8s.ns.name') } : {}),
      ...(str('k8s.pod.name') ? { k8sPod: str('k8s.pod.name') } : {}),
    };
  }
  const cwd = str('proc.cwd');
  if (cwd) sample.cwd = cwd.length > 1 ? cwd.replace(/\/$/, '') : cwd;
  const tty = num('proc.tty');
  if (tty !== undefined) sample.tty = tty;

  for (const [k, v] of Object.entries(f)) {
    if (MODELLED.has(k) || IGNORED.has(k)) continue;
    // defineProperty: a key named __proto__ stays a key (an assignment would set the prototype)
    Object.defineProperty(fields, k, { value: v === null ? null : typeof v === 'object' ? JSON.stringify(v) : String(v), enumerable: true, writable: true, configurable: true });
  }
  // What the rebuilt process would not show by itself is kept as explicit values.
  const probe = sampleToEvent({ ...sample, fields: {} });
  if (probe.ok) {
    const procName = str('proc.name');
    if (procName && procName !== probe.event.proc.comm) fields['proc.name'] = procName;
    if (typeof pname === 'string' && probe.event.proc.parent && pname !== probe.event.proc.parent.comm) fields['proc.pname'] = pname;
  }
  if (Object.keys(fields).length > 0) sample.fields = fields;

  const rule = typeof alert.rule === 'string' ? alert.rule : undefined;
  if (rule) sample.expect = { [rule]: options.asFalsePositives ? 'no_alert' : 'alert' };
  const note = [alert.time, alert.priority, rule, alert.hostname].filter((x): x is string => typeof x === 'string').join(' ');
  if (note) sample.note = `Imported alert: ${note}`;
  return { ok: true, sample };
}
