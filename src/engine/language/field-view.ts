/**
 * The field catalog as the editor presents it: which fields exist for the current plugin setting,
 * readable type names, and resolution of a field as written (with its argument).
 */
import { FIELDS, lookupField, type FieldInfo, type PluginMode } from '../fields';

/** Readable names for libsinsp's PT_* types. */
const TYPE_NAMES: Record<string, string> = {
  CHARBUF: 'string', FSPATH: 'path', FSRELPATH: 'relative path', BYTEBUF: 'byte buffer', BOOL: 'bool',
  INT8: 'int8', INT16: 'int16', INT32: 'int32', INT64: 'int64', UINT8: 'uint8', UINT16: 'uint16',
  UINT32: 'uint32', UINT64: 'uint64', RELTIME: 'duration (ns)', ABSTIME: 'timestamp (ns)',
  IPADDR: 'IP address', IPNET: 'IP network', PORT: 'port', DOUBLE: 'double', DYN: 'type of the parameter',
  NONE: 'none',
};

export function typeLabel(f: FieldInfo): string {
  const base = TYPE_NAMES[f.type] ?? f.type.toLowerCase();
  return f.list ? `list of ${base}` : base;
}

/** How the field's argument is written, for completion details (`proc.aname[N]`, `proc.env[NAME]`). */
export function argHint(f: FieldInfo): string {
  if (f.args === 'none') return '';
  if (f.name === 'evt.arg') return '[N] or .NAME';
  if (f.name === 'evt.rawarg' || f.name === 'evt.type.is' || f.name === 'thread.cgroup') return '.NAME';
  if (f.name === 'evt.abspath') return '(.src / .dst)';
  if (f.args === 'index') return '[N]';
  if (f.args === 'key') return '[KEY]';
  return '[N or KEY]';
}

/** Fields available with the given plugins, hidden classes (util) left out. */
export function availableFields(plugins: PluginMode = 'container'): FieldInfo[] {
  return FIELDS.filter((f) => (plugins === 'container' || !f.plugin) && f.cls !== 'util');
}

/**
 * The catalog entry of a field as written (`proc.aname` + `2`, or `evt.arg.flags`), or undefined
 * when libsinsp would not know it.
 */
export function resolveField(name: string, arg: string | undefined, plugins: PluginMode = 'container'): FieldInfo | undefined {
  const r = lookupField(name, arg, { plugins });
  if (r.ok) return r.field.info;
  // Still describe a known field written without its required argument (`proc.aname` is fine,
  // `evt.arg` alone is not, but the hover should explain it).
  return FIELDS.find((f) => f.name === name && (plugins === 'container' || !f.plugin));
}

/**
 * Fields most rules are written with, most used first; completion ranks them ahead of the rest.
 * (Order from how often each appears in the conditions of Falco's published rules.)
 */
export const COMMON_FIELDS = [
  'proc.name', 'evt.type', 'proc.cmdline', 'fd.name', 'proc.pname', 'container.id', 'proc.exepath',
  'proc.args', 'user.name', 'proc.aname', 'fd.directory', 'container.image.repository',
  'proc.pcmdline', 'fd.filename', 'proc.exe', 'user.uid', 'evt.arg', 'proc.tty', 'fd.sip', 'fd.sport',
  'evt.rawres', 'proc.cwd', 'fd.typechar', 'proc.env', 'k8s.ns.name', 'k8s.pod.name', 'user.loginuid',
  'container.privileged', 'proc.is_exe_upper_layer', 'proc.sname', 'proc.vpid', 'evt.res',
];
